using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newsdesk.Tests.Support;
using Newsdesk.Translation;
using Newsdesk.Translation.LibreTranslate;

namespace Newsdesk.Tests.Engines;

/// <summary>LibreTranslate against a local server that answers as LibreTranslate documents: {"translatedText"} or {"error"}.</summary>
public sealed class LibreTranslateEngineTests
{
    private const string Key = "lt-test-key";

    internal static async Task<FakeServer> StartAsync(Func<HttpContext, int, Task<bool>>? behaviour = null)
    {
        var calls = 0;
        return await FakeServer.StartAsync(app =>
        {
            app.MapPost("/translate", async context =>
            {
                var call = Interlocked.Increment(ref calls);
                if (behaviour is not null && await behaviour(context, call))
                {
                    return;
                }
                var root = (await JsonDocument.ParseAsync(context.Request.Body)).RootElement;
                if (!root.TryGetProperty("api_key", out var key) || key.GetString() != Key)
                {
                    await FakeServer.JsonAsync(context, 403, new { error = "Invalid API key" });
                    return;
                }
                if (root.GetProperty("target").GetString() == "xx")
                {
                    await FakeServer.JsonAsync(context, 400, new { error = "xx is not supported" });
                    return;
                }
                var q = root.GetProperty("q");
                object translated = q.ValueKind == JsonValueKind.Array
                    ? q.EnumerateArray().Select(t => ScriptedEngine.UpperText(t.GetString()!)).ToArray()
                    : ScriptedEngine.UpperText(q.GetString()!);
                await FakeServer.JsonAsync(context, 200, new { translatedText = translated });
            });
            app.MapGet("/languages", async context => await FakeServer.JsonAsync(context, 200, new object[]
            {
                new { code = "en", name = "English", targets = new[] { "de", "en", "es", "fr" } },
                new { code = "fr", name = "French", targets = new[] { "de", "en", "es", "fr" } },
            }));
        });
    }

    internal static ITranslationEngine Engine(FakeServer server, string? key = Key) =>
        EngineServices.Build(s => s.AddLibreTranslateTranslation(o =>
        {
            o.BaseUrl = server.Url;
            o.ApiKey = key;
        }));

    private static TranslationBatch Batch(string pair = "fr->de") => new(LanguagePair.Parse(pair), ["Un <a href=\"https://e.example/\">lien</a>", "Deux <x-k i=\"1\"/>"]);

    [Fact]
    public async Task TranslateAsync_Batch_OneHtmlRequestWithArrayAndKey()
    {
        await using var server = await StartAsync();
        var result = await Engine(server).TranslateAsync(Batch(), TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.Equal(["UN <a href=\"https://e.example/\">LIEN</a>", "DEUX <x-k i=\"1\"/>"], result.Segments);
        var request = Assert.Single(server.To("/translate")).Json;
        Assert.Equal("html", request.GetProperty("format").GetString());
        Assert.Equal("fr", request.GetProperty("source").GetString());
        Assert.Equal("de", request.GetProperty("target").GetString());
        Assert.Equal(JsonValueKind.Array, request.GetProperty("q").ValueKind);
    }

    [Theory]
    [InlineData("30", 30)]
    [InlineData(null, null)]
    public async Task TranslateAsync_Slowdown429_TransientWithServerMessage(string? retryAfter, int? seconds)
    {
        await using var server = await StartAsync(async (context, _) =>
        {
            await FakeServer.JsonAsync(context, 429, new { error = "Slowdown: 30 per 1 minute" }, retryAfter);
            return true;
        });
        var failure = (await Engine(server).TranslateAsync(Batch(), TestContext.Current.CancellationToken)).Failure;

        Assert.Equal(FailureKind.Transient, failure?.Kind);
        Assert.Equal("Slowdown: 30 per 1 minute", failure!.EngineMessage);
        Assert.Contains("slow down", failure.Message, StringComparison.Ordinal);
        Assert.Equal(seconds is null ? null : TimeSpan.FromSeconds(seconds.Value), failure.RetryAfter);
    }

    [Fact]
    public async Task TranslateAsync_InvalidKey_PermanentWithErrorBody()
    {
        await using var server = await StartAsync();
        var failure = (await Engine(server, "wrong").TranslateAsync(Batch(), TestContext.Current.CancellationToken)).Failure;
        Assert.Equal(FailureKind.Permanent, failure?.Kind);
        Assert.Equal("Invalid API key", failure!.EngineMessage);
        Assert.Equal(403, failure.StatusCode);
    }

    [Fact]
    public async Task TranslateAsync_UnsupportedLanguage_PermanentBadRequest()
    {
        await using var server = await StartAsync();
        var failure = (await Engine(server).TranslateAsync(Batch("fr->xx"), TestContext.Current.CancellationToken)).Failure;
        Assert.Equal(FailureKind.Permanent, failure?.Kind);
        Assert.Equal("xx is not supported", failure!.EngineMessage);
    }

    [Fact]
    public async Task TranslateAsync_ServerError_Transient()
    {
        await using var server = await StartAsync(async (context, _) =>
        {
            await FakeServer.JsonAsync(context, 500, new { error = "Cannot translate text: model crashed" });
            return true;
        });
        var failure = (await Engine(server).TranslateAsync(Batch(), TestContext.Current.CancellationToken)).Failure;
        Assert.Equal(FailureKind.Transient, failure?.Kind);
        Assert.Equal("Cannot translate text: model crashed", failure!.EngineMessage);
    }

    [Fact]
    public async Task TranslateAsync_ServerAnswersFewerTexts_Transient()
    {
        await using var server = await StartAsync(async (context, _) =>
        {
            await FakeServer.JsonAsync(context, 200, new { translatedText = new[] { "UN" } });
            return true;
        });
        var failure = (await Engine(server).TranslateAsync(Batch(), TestContext.Current.CancellationToken)).Failure;
        Assert.Equal(FailureKind.Transient, failure?.Kind);
    }

    [Fact]
    public async Task GetPairsAsync_Languages_EachSourceWithItsTargetsExceptItself()
    {
        await using var server = await StartAsync();
        var pairs = await Engine(server).GetPairsAsync(TestContext.Current.CancellationToken);
        Assert.Equal(6, pairs.Count);
        Assert.Contains(LanguagePair.Parse("fr->de"), pairs);
        Assert.DoesNotContain(LanguagePair.Parse("fr->fr"), pairs);
    }
}
