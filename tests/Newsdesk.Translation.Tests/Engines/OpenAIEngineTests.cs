using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newsdesk.Model;
using Newsdesk.Tests.Support;
using Newsdesk.Translation;
using Newsdesk.Translation.OpenAI;

namespace Newsdesk.Tests.Engines;

/// <summary>OpenAI-compatible chat completions against a local server that answers like Ollama / vLLM / llama.cpp do.</summary>
public sealed class OpenAIEngineTests
{
    private const string Key = "sk-test";

    /// <summary>A chat-completions server; <paramref name="answer"/> gets the call number and the request's segments and returns the message content and finish reason.</summary>
    private static async Task<FakeServer> StartAsync(Func<int, List<(int Id, string Text)>, (string Content, string Finish)>? answer = null,
        Func<HttpContext, int, Task<bool>>? behaviour = null, int delayMs = 0)
    {
        var calls = 0;
        return await FakeServer.StartAsync(app => app.MapPost("/v1/chat/completions", async context =>
        {
            var call = Interlocked.Increment(ref calls);
            if (context.Request.Headers.Authorization.ToString() != $"Bearer {Key}")
            {
                await FakeServer.JsonAsync(context, 401, new { error = new { message = "Incorrect API key provided: wrong.", type = "invalid_request_error", param = (string?)null, code = "invalid_api_key" } });
                return;
            }
            if (delayMs > 0)
            {
                await Task.Delay(delayMs, context.RequestAborted);
            }
            if (behaviour is not null && await behaviour(context, call))
            {
                return;
            }
            var root = (await JsonDocument.ParseAsync(context.Request.Body)).RootElement;
            var user = root.GetProperty("messages").EnumerateArray().Last(m => m.GetProperty("role").GetString() == "user").GetProperty("content").GetString()!;
            var segments = JsonDocument.Parse(user).RootElement.GetProperty("segments").EnumerateArray()
                .Select(s => (s.GetProperty("id").GetInt32(), s.GetProperty("text").GetString()!)).ToList();
            var (content, finish) = answer?.Invoke(call, segments) ?? (Translate(segments), "stop");
            await FakeServer.JsonAsync(context, 200, new
            {
                id = "chatcmpl-1",
                @object = "chat.completion",
                created = 1764324000,
                model = root.GetProperty("model").GetString(),
                choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = finish } },
                usage = new { prompt_tokens = 100, completion_tokens = 20, total_tokens = 120 },
            });
        }));
    }

    private static string Translate(List<(int Id, string Text)> segments) =>
        JsonSerializer.Serialize(new { segments = segments.Select(s => new { id = s.Id, text = ScriptedEngine.UpperText(s.Text) }) });

    private static ITranslationEngine Engine(FakeServer server, Action<OpenAIOptions>? configure = null) =>
        EngineServices.Build(s => s.AddOpenAITranslation(o =>
        {
            o.BaseUrl = new Uri(server.Url, "v1");
            o.Model = "qwen2.5:7b-instruct";
            o.ApiKey = Key;
            o.Languages = ["fr", "de", "en"];
            configure?.Invoke(o);
        }));

    private static TranslationBatch Batch(params string[] segments) => new(LanguagePair.Parse("fr->de"), segments.Length > 0 ? segments : ["Un <b>mot</b>.", "Deux <x-k i=\"1\"/>.", "Trois."]);

    [Fact]
    public async Task TranslateAsync_Batch_NumberedBlocksWithJsonSchemaComeBackInPlace()
    {
        await using var server = await StartAsync();
        var result = await Engine(server).TranslateAsync(Batch(), TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.Equal(["UN <b>MOT</b>.", "DEUX <x-k i=\"1\"/>.", "TROIS."], result.Segments);
        Assert.Equal(new TranslationCost(0, 100, 20, 1), result.Cost);
        var request = Assert.Single(server.Requests).Json;
        Assert.Equal("qwen2.5:7b-instruct", request.GetProperty("model").GetString());
        Assert.Equal("json_schema", request.GetProperty("response_format").GetProperty("type").GetString());
        Assert.True(request.GetProperty("response_format").GetProperty("json_schema").GetProperty("strict").GetBoolean());
    }

    [Fact]
    public async Task TranslateAsync_ChattyAnswerFirst_RefusedAndAskedAgain()
    {
        await using var server = await StartAsync((call, segments) =>
            (call == 1 ? "Sure, here is the translation: " + Translate(segments) : Translate(segments), "stop"));
        var result = await Engine(server).TranslateAsync(Batch(), TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.Equal(new TranslationCost(0, 200, 40, 2), result.Cost);
        var retry = server.Requests.Last().Json.GetProperty("messages")[0].GetProperty("content").GetString();
        Assert.Contains("refused because the answer is not the JSON object", retry, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("merged")]
    [InlineData("missing")]
    [InlineData("extra")]
    [InlineData("chatty-block")]
    [InlineData("empty")]
    public async Task TranslateAsync_BadBlocksEveryTime_RefusedAsTransientFailure(string defect)
    {
        await using var server = await StartAsync((_, segments) =>
        {
            var blocks = segments.Select(s => new { id = s.Id, text = ScriptedEngine.UpperText(s.Text) }).ToList();
            switch (defect)
            {
                case "merged":
                    blocks[0] = blocks[0] with { text = blocks[0].text + " " + blocks[1].text };
                    blocks.RemoveAt(1);
                    break;
                case "missing":
                    blocks.RemoveAt(2);
                    break;
                case "extra":
                    blocks.Add(new { id = 4, text = "Note: the translation keeps the HTML." });
                    break;
                case "chatty-block":
                    blocks[2] = blocks[2] with { text = "Here is the translation: TROIS." };
                    break;
                case "empty":
                    blocks[1] = blocks[1] with { text = "" };
                    break;
            }
            return (JsonSerializer.Serialize(new { segments = blocks }), "stop");
        });
        var result = await Engine(server).TranslateAsync(Batch(), TestContext.Current.CancellationToken);

        Assert.Equal(FailureKind.Transient, result.Failure?.Kind);
        Assert.Contains("answer refused after 2 attempt(s)", result.Failure!.Message, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(240, result.Cost.Tokens);
    }

    [Fact]
    public async Task TranslateAsync_TruncatedAnswer_TooLargeSoThePipelineSplits()
    {
        await using var server = await StartAsync((_, segments) => ("{\"segments\":[{\"id\":1,\"text\":\"UN", "length"));
        var result = await Engine(server).TranslateAsync(Batch(), TestContext.Current.CancellationToken);
        Assert.Equal(FailureKind.TooLarge, result.Failure?.Kind);
        Assert.Contains("finish_reason \"length\"", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticleTranslator_TruncatedWhenLong_SplitsUntilEveryBlockIsTranslated()
    {
        await using var server = await StartAsync((_, segments) => segments.Count > 2 ? ("{\"segments\":[", "length") : (Translate(segments), "stop"));
        var translator = new ArticleTranslator(new TranslationEngineRegistry([Engine(server)]), new DictionaryTranslationMemory(), new RecordingTimeProvider());
        var article = new ExtractedArticle
        {
            Title = "Titre",
            Language = LanguageTag.Parse("fr"),
            Blocks = [.. new[] { "Un.", "Deux.", "Trois.", "Quatre.", "Cinq." }.Select(t => new ArticleBlock(BlockType.Paragraph, t))],
        };
        var result = await translator.TranslateAsync(new ArticleTranslationRequest(article, LanguageTag.Parse("de")) { Engine = "openai" },
            TestContext.Current.CancellationToken);

        Assert.True(result.IsComplete, string.Join("; ", result.Failures));
        Assert.Equal(["UN.", "DEUX.", "TROIS.", "QUATRE.", "CINQ."], result.Article.Blocks.Select(b => b.Text));
        Assert.True(result.Costs["openai"].Tokens > 0);
    }

    [Fact]
    public async Task TranslateAsync_WrongKey_PermanentWithServerMessage()
    {
        await using var server = await StartAsync();
        var failure = (await Engine(server, o => o.ApiKey = "wrong").TranslateAsync(Batch(), TestContext.Current.CancellationToken)).Failure;
        Assert.Equal(FailureKind.Permanent, failure?.Kind);
        Assert.Equal("Incorrect API key provided: wrong.", failure!.EngineMessage);
    }

    [Theory]
    [InlineData(429, "20", FailureKind.Transient)]
    [InlineData(429, null, FailureKind.Transient)]
    [InlineData(503, null, FailureKind.Transient)]
    [InlineData(404, null, FailureKind.Permanent)]
    public async Task TranslateAsync_HttpErrors_Typed(int status, string? retryAfter, FailureKind kind)
    {
        await using var server = await StartAsync(behaviour: async (context, _) =>
        {
            await FakeServer.JsonAsync(context, status, new { error = new { message = $"status {status}", type = "error" } }, retryAfter);
            return true;
        });
        var failure = (await Engine(server).TranslateAsync(Batch(), TestContext.Current.CancellationToken)).Failure;
        Assert.Equal(kind, failure?.Kind);
        Assert.Equal($"status {status}", failure!.EngineMessage);
        Assert.Equal(retryAfter is null ? null : TimeSpan.FromSeconds(20), failure.RetryAfter);
    }

    [Fact]
    public async Task TranslateAsync_ContextLengthExceeded_TooLarge()
    {
        await using var server = await StartAsync(behaviour: async (context, _) =>
        {
            await FakeServer.JsonAsync(context, 400, new { error = new { message = "This model's maximum context length is 8192 tokens (context_length_exceeded)", type = "invalid_request_error" } });
            return true;
        });
        Assert.Equal(FailureKind.TooLarge, (await Engine(server).TranslateAsync(Batch(), TestContext.Current.CancellationToken)).Failure?.Kind);
    }

    [Fact]
    public async Task TranslateAsync_ServerTooSlow_TransientTimeout()
    {
        await using var server = await StartAsync(delayMs: 10_000);
        var failure = (await Engine(server, o => o.Timeout = TimeSpan.FromMilliseconds(300)).TranslateAsync(Batch(), TestContext.Current.CancellationToken)).Failure;
        Assert.Equal(FailureKind.Transient, failure?.Kind);
        Assert.Contains("timeout", failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslateAsync_Glossary_InThePrompt()
    {
        await using var server = await StartAsync();
        var glossary = TranslationGlossary.Create([new GlossaryEntry(LanguageTag.Parse("fr"), LanguageTag.Parse("de"), "site", "Standort", ["Website"])]);
        await Engine(server).TranslateAsync(Batch() with { Glossary = glossary }, TestContext.Current.CancellationToken);
        var system = Assert.Single(server.Requests).Json.GetProperty("messages")[0].GetProperty("content").GetString();
        Assert.Contains("\"site\" -> \"Standort\" (never \"Website\")", system, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPairsAsync_ConfiguredLanguages_EveryOrderedPair()
    {
        await using var server = await StartAsync();
        var pairs = await Engine(server).GetPairsAsync(TestContext.Current.CancellationToken);
        Assert.Equal(6, pairs.Count);
        Assert.Contains(LanguagePair.Parse("de->fr"), pairs);
    }
}
