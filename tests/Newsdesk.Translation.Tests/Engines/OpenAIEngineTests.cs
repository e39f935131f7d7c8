using System.Text.Json;
using Newsdesk.Model;
using Newsdesk.Tests.Support;
using Newsdesk.Translation;
using Newsdesk.Translation.OpenAI;

namespace Newsdesk.Tests.Engines;

/// <summary>
/// OpenAI-compatible chat completions against a local server that answers like OpenAI, vLLM, llama.cpp and Ollama do:
/// request shape, answers as one object, as content parts and as server-sent events, refusals, usage, and errors.
/// Content faults in the segments (wrong language, refusals, notes, Markdown, placeholders) are in OpenAIAnswerFaultTests.
/// </summary>
public sealed class OpenAIEngineTests
{
    private const string Key = "sk-test";

    /// <summary>A chat-completions server; <paramref name="answer"/> gets the call number and the request's segments and returns the message content and finish reason.</summary>
    private static Task<FakeChatServer> StartAsync(Func<int, IReadOnlyList<string>, (string Content, string Finish)>? answer = null) =>
        FakeChatServer.StartAsync(call =>
        {
            var (content, finish) = answer?.Invoke(call.Number, call.Segments) ?? (Translate(call.Segments), "stop");
            return ChatReply.Text(content, finish);
        }, Key);

    private static string Translate(IReadOnlyList<string> segments) =>
        JsonSerializer.Serialize(new { segments = segments.Select((s, i) => new { id = i + 1, text = ScriptedEngine.UpperText(s) }) });

    private static ChatReply Upper(ChatCall call) => ChatReply.Segments(call.Segments.Select(ScriptedEngine.UpperText));

    internal static ITranslationEngine Engine(FakeChatServer server, Action<OpenAIOptions>? configure = null) =>
        EngineServices.Build(s => s.AddOpenAITranslation(o =>
        {
            o.BaseUrl = server.Url;
            o.Model = "qwen2.5:7b-instruct";
            o.ApiKey = Key;
            o.Languages = ["fr", "de", "en", "es", "ca"];
            configure?.Invoke(o);
        }));

    private static TranslationBatch Batch(params string[] segments) => new(LanguagePair.Parse("fr->de"), segments.Length > 0 ? segments : ["Un <b>mot</b>.", "Deux <x-k i=\"1\"/>.", "Trois."]);

    private static readonly string[] Uppered = ["UN <b>MOT</b>.", "DEUX <x-k i=\"1\"/>.", "TROIS."];

    [Fact]
    public async Task TranslateAsync_Batch_NumberedBlocksWithJsonSchemaComeBackInPlace()
    {
        await using var server = await StartAsync();
        var result = await Engine(server).TranslateAsync(Batch(), TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.Equal(Uppered, result.Segments);
        Assert.Equal(new TranslationCost(0, 100, 20, 1), result.Cost);
        var request = Assert.Single(server.Calls).Request;
        Assert.Equal("qwen2.5:7b-instruct", request.GetProperty("model").GetString());
        Assert.Equal("json_schema", request.GetProperty("response_format").GetProperty("type").GetString());
        Assert.True(request.GetProperty("response_format").GetProperty("json_schema").GetProperty("strict").GetBoolean());
        Assert.False(request.TryGetProperty("stream", out _));
    }

    [Fact]
    public async Task TranslateAsync_ChattyAnswerFirst_RefusedAndAskedAgain()
    {
        await using var server = await StartAsync((call, segments) =>
            (call == 1 ? "Sure, here is the translation: " + Translate(segments) : Translate(segments), "stop"));
        var result = await Engine(server).TranslateAsync(Batch(), TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.Equal(new TranslationCost(0, 200, 40, 2), result.Cost);
        var retry = server.Calls.Last().System;
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
            var blocks = segments.Select((s, i) => new { id = i + 1, text = ScriptedEngine.UpperText(s) }).ToList();
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
        Assert.Equal(2, server.Calls.Count);
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
    [InlineData(500, null, FailureKind.Transient)]
    [InlineData(503, null, FailureKind.Transient)]
    [InlineData(404, null, FailureKind.Permanent)]
    public async Task TranslateAsync_HttpErrors_Typed(int status, string? retryAfter, FailureKind kind)
    {
        await using var server = await FakeChatServer.StartAsync(_ => ChatReply.Failed(status, $"status {status}", "error", retryAfter: retryAfter), Key);
        var failure = (await Engine(server).TranslateAsync(Batch(), TestContext.Current.CancellationToken)).Failure;
        Assert.Equal(kind, failure?.Kind);
        Assert.Equal($"status {status}", failure!.EngineMessage);
        Assert.Equal(retryAfter is null ? null : TimeSpan.FromSeconds(20), failure.RetryAfter);
        Assert.Contains($"HTTP {status}", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslateAsync_RateLimitedOnce_WaitsTheRetryAfterThenTranslates()
    {
        await using var server = await FakeChatServer.StartAsync(call => call.Number == 1
            ? ChatReply.Failed(429, "Rate limit reached for requests", "requests", "rate_limit_exceeded", retryAfter: "1")
            : Upper(call), Key);
        var time = new RecordingTimeProvider();
        var translator = new ArticleTranslator(new TranslationEngineRegistry([Engine(server)]), new DictionaryTranslationMemory(), time);
        var article = new ExtractedArticle { Title = "Titre", Language = LanguageTag.Parse("fr"), Blocks = [new ArticleBlock(BlockType.Paragraph, "Un.")] };

        var result = await translator.TranslateAsync(new ArticleTranslationRequest(article, LanguageTag.Parse("de")) { Engine = "openai" },
            TestContext.Current.CancellationToken);

        Assert.True(result.IsComplete, string.Join("; ", result.Failures));
        Assert.Equal(2, server.Calls.Count);
        Assert.Contains(TimeSpan.FromSeconds(1), time.Delays);
    }

    [Fact]
    public async Task TranslateAsync_ProxyErrorPage_TransientWithThePageTitle()
    {
        await using var server = await FakeChatServer.StartAsync(_ => ChatReply.Page(503,
            "<!DOCTYPE html><html><head><title>503 Service Temporarily Unavailable</title><style>body{font:12px}</style></head><body><center><h1>503 Service Temporarily Unavailable</h1></center><hr><center>nginx</center></body></html>"), Key);
        var failure = (await Engine(server).TranslateAsync(Batch(), TestContext.Current.CancellationToken)).Failure;

        Assert.Equal(FailureKind.Transient, failure?.Kind);
        Assert.Equal("openai: server error page (HTTP 503): 503 Service Temporarily Unavailable", failure!.Message);
    }

    [Theory]
    [InlineData("This model's maximum context length is 8192 tokens. However, your messages resulted in 9513 tokens. Please reduce the length of the messages.", "invalid_request_error", "context_length_exceeded")]
    [InlineData("the request exceeds the available context size, try increasing it", "exceed_context_size_error", null)]
    [InlineData("Input validation error: `inputs` tokens + `max_new_tokens` must be <= 4096", "invalid_request_error", "context_length_exceeded")]
    public async Task TranslateAsync_ContextLengthExceeded_TooLarge(string message, string type, string? code)
    {
        await using var server = await FakeChatServer.StartAsync(_ => ChatReply.Failed(400, message, type, code, "messages"), Key);
        var failure = (await Engine(server).TranslateAsync(Batch(), TestContext.Current.CancellationToken)).Failure;
        Assert.Equal(FailureKind.TooLarge, failure?.Kind);
        Assert.Equal(message, failure!.EngineMessage);
    }

    [Fact]
    public async Task TranslateAsync_ServerTooSlow_TransientTimeout()
    {
        await using var server = await FakeChatServer.StartAsync(call => Upper(call) with { Delay = TimeSpan.FromSeconds(10) }, Key);
        var failure = (await Engine(server, o => o.Timeout = TimeSpan.FromMilliseconds(300)).TranslateAsync(Batch(), TestContext.Current.CancellationToken)).Failure;
        Assert.Equal(FailureKind.Transient, failure?.Kind);
        Assert.Contains("timeout", failure!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ChatDelivery.Stream, 100, 20)]
    [InlineData(ChatDelivery.StreamWithoutUsage, 0, 0)]
    [InlineData(ChatDelivery.ContentParts, 100, 20)]
    public async Task TranslateAsync_AnswerStreamedOrInParts_ReadLikeOneMessage(ChatDelivery delivery, int promptTokens, int completionTokens)
    {
        await using var server = await FakeChatServer.StartAsync(call => Upper(call) with { Delivery = delivery }, Key);
        var result = await Engine(server).TranslateAsync(Batch(), TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.Equal(Uppered, result.Segments);
        Assert.Equal(new TranslationCost(0, promptTokens, completionTokens, 1), result.Cost);
        Assert.False(Assert.Single(server.Calls).AskedToStream);
    }

    [Fact]
    public async Task TranslateAsync_StreamCutOff_TransientAndNothingUsed()
    {
        await using var server = await FakeChatServer.StartAsync(call => Upper(call) with { Delivery = ChatDelivery.StreamCutOff }, Key);
        var result = await Engine(server).TranslateAsync(Batch(), TestContext.Current.CancellationToken);

        Assert.Equal(FailureKind.Transient, result.Failure?.Kind);
        Assert.Contains("event stream ended before the answer was complete", result.Failure!.Message, StringComparison.Ordinal);
        Assert.Empty(result.Segments);
    }

    [Fact]
    public async Task TranslateAsync_JsonInACodeFence_Read()
    {
        await using var server = await StartAsync((_, segments) => ("```json\n" + Translate(segments) + "\n```", "stop"));
        var result = await Engine(server).TranslateAsync(Batch(), TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.Equal(Uppered, result.Segments);
    }

    [Theory]
    [InlineData(ChatDelivery.Object)]
    [InlineData(ChatDelivery.Stream)]
    public async Task TranslateAsync_ModelRefusesEveryTime_PermanentWithTheRefusal(ChatDelivery delivery)
    {
        await using var server = await FakeChatServer.StartAsync(_ => ChatReply.Refused("I'm sorry, I can't assist with that request.") with { Delivery = delivery }, Key);
        var result = await Engine(server).TranslateAsync(Batch(), TestContext.Current.CancellationToken);

        Assert.Equal(FailureKind.Permanent, result.Failure?.Kind);
        Assert.Equal("openai: the model refused to translate, 2 time(s): \"I'm sorry, I can't assist with that request.\"", result.Failure!.Message);
        Assert.Empty(result.Segments);
        Assert.Contains("you refused to translate", server.Calls.Last().System, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslateAsync_ModelRefusesOnce_AskedAgainAndTranslated()
    {
        await using var server = await FakeChatServer.StartAsync(call => call.Number == 1 ? ChatReply.Refused("I can't help with that.") : Upper(call), Key);
        var result = await Engine(server).TranslateAsync(Batch(), TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.Equal(Uppered, result.Segments);
        Assert.Equal(2, result.Cost.Calls);
    }

    [Fact]
    public async Task TranslateAsync_ContentFilter_PermanentAtOnce()
    {
        await using var server = await StartAsync((_, _) => ("", "content_filter"));
        var result = await Engine(server).TranslateAsync(Batch(), TestContext.Current.CancellationToken);

        Assert.Equal(FailureKind.Permanent, result.Failure?.Kind);
        Assert.Contains("content filter", result.Failure!.Message, StringComparison.Ordinal);
        Assert.Single(server.Calls);
    }

    [Fact]
    public async Task TranslateAsync_Glossary_InThePrompt()
    {
        await using var server = await StartAsync();
        var glossary = TranslationGlossary.Create([new GlossaryEntry(LanguageTag.Parse("fr"), LanguageTag.Parse("de"), "site", "Standort", ["Website"])]);
        await Engine(server).TranslateAsync(Batch() with { Glossary = glossary }, TestContext.Current.CancellationToken);
        var system = Assert.Single(server.Calls).System;
        Assert.Contains("\"site\" -> \"Standort\" (never \"Website\")", system, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPairsAsync_ConfiguredLanguages_EveryOrderedPair()
    {
        await using var server = await StartAsync();
        var pairs = await Engine(server, o => o.Languages = ["fr", "de", "en"]).GetPairsAsync(TestContext.Current.CancellationToken);
        Assert.Equal(6, pairs.Count);
        Assert.Contains(LanguagePair.Parse("de->fr"), pairs);
    }
}
