using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newsdesk.Model;
using Newsdesk.Tests.Support;
using Newsdesk.Translation;
using Newsdesk.Translation.DeepL;

namespace Newsdesk.Tests.Engines;

/// <summary>DeepL API v2 against a local server that checks the request as DeepL documents it and answers likewise.</summary>
public sealed partial class DeepLEngineTests
{
    private const string Key = "0000-test-key:fx";

    /// <summary>What the fake DeepL does on the Nth translate call (1-based); null means: translate.</summary>
    internal static async Task<FakeServer> StartDeepLAsync(Func<HttpContext, int, Task<bool>>? behaviour = null, int delayMs = 0)
    {
        var calls = 0;
        return await FakeServer.StartAsync(app =>
        {
            app.MapPost("/v2/translate", async context =>
            {
                var call = Interlocked.Increment(ref calls);
                if (context.Request.Headers.Authorization.ToString() != $"DeepL-Auth-Key {Key}")
                {
                    await FakeServer.JsonAsync(context, 403, new { message = "Authorization failure, check auth_key" });
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
                var body = await JsonDocument.ParseAsync(context.Request.Body);
                var root = body.RootElement;
                if (!context.Request.ContentType!.StartsWith("application/json", StringComparison.Ordinal)
                    || root.GetProperty("text").ValueKind != JsonValueKind.Array || !root.TryGetProperty("target_lang", out _))
                {
                    await FakeServer.JsonAsync(context, 400, new { message = "Value for 'target_lang' not supported." });
                    return;
                }
                var translations = root.GetProperty("text").EnumerateArray().Select(t => new
                {
                    detected_source_language = root.GetProperty("source_lang").GetString(),
                    text = Fake(t.GetString()!),
                    billed_characters = InlineHtml.ToText(t.GetString()!).Length,
                });
                await FakeServer.JsonAsync(context, 200, new { translations });
            });
            app.MapPost("/v2/glossaries", async context =>
            {
                var root = (await JsonDocument.ParseAsync(context.Request.Body)).RootElement;
                await FakeServer.JsonAsync(context, 201, new
                {
                    glossary_id = "def3a26b-3e84-45b3-84ae-0c0aaf3525f7",
                    name = root.GetProperty("name").GetString(),
                    ready = true,
                    source_lang = root.GetProperty("source_lang").GetString(),
                    target_lang = root.GetProperty("target_lang").GetString(),
                    creation_time = "2026-11-28T10:00:00.000Z",
                    entry_count = root.GetProperty("entries").GetString()!.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length,
                });
            });
            app.MapGet("/v2/languages", async context =>
            {
                object[] languages = context.Request.Query["type"] == "target"
                    ? [new { language = "DE", name = "German", supports_formality = true }, new { language = "EN-GB", name = "English (British)", supports_formality = false },
                       new { language = "EN-US", name = "English (American)", supports_formality = false }, new { language = "FR", name = "French", supports_formality = true }]
                    : [new { language = "DE", name = "German" }, new { language = "EN", name = "English" }, new { language = "FR", name = "French" }];
                await FakeServer.JsonAsync(context, 200, languages);
            });
        });
    }

    // The fake engine upper-cases text but, like DeepL, leaves translate="no" elements and tags alone.
    private static string Fake(string html) => string.Concat(KeepPattern().Split(html).Select(part => part.StartsWith('<') ? part : part.ToUpperInvariant()));

    internal static ITranslationEngine Engine(FakeServer server, Action<DeepLOptions>? configure = null, TimeProvider? time = null) =>
        EngineServices.Build(s => s.AddDeepLTranslation(o =>
        {
            o.ApiKey = Key;
            o.BaseUrl = server.Url;
            configure?.Invoke(o);
        }), time);

    private static TranslationBatch Batch(params string[] segments) => new(LanguagePair.Parse("fr->de"), segments);

    [Fact]
    public async Task TranslateAsync_Batch_SendsDocumentedRequestAndCountsBilledCharacters()
    {
        await using var server = await StartDeepLAsync();
        var result = await Engine(server).TranslateAsync(Batch("Bonjour <b>le</b> monde", "Au revoir"), TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.Equal(["BONJOUR <b>LE</b> MONDE", "AU REVOIR"], result.Segments);
        Assert.Equal(new TranslationCost(25, 0, 0, 1), result.Cost);
        var request = Assert.Single(server.To("/v2/translate")).Json;
        Assert.Equal("FR", request.GetProperty("source_lang").GetString());
        Assert.Equal("DE", request.GetProperty("target_lang").GetString());
        Assert.Equal("html", request.GetProperty("tag_handling").GetString());
        Assert.True(request.GetProperty("show_billed_characters").GetBoolean());
        Assert.Equal(2, request.GetProperty("text").GetArrayLength());
    }

    [Theory]
    [InlineData("abc:fx", "https://api-free.deepl.com/")]
    [InlineData("abc", "https://api.deepl.com/")]
    public void ResolveBaseUrl_KeyKind_PicksFreeOrProHost(string key, string expected) =>
        Assert.Equal(new Uri(expected), new DeepLOptions { ApiKey = key }.ResolveBaseUrl());

    [Theory]
    [InlineData("en-GB", "EN-GB")]
    [InlineData("en", "EN-US")]
    [InlineData("de-CH", "DE")]
    public async Task TranslateAsync_TargetLocale_MappedToDeepLCode(string target, string expected)
    {
        await using var server = await StartDeepLAsync();
        await Engine(server).TranslateAsync(new TranslationBatch(new LanguagePair(LanguageTag.Parse("fr"), LanguageTag.Parse(target)), ["Oui"]),
            TestContext.Current.CancellationToken);
        Assert.Equal(expected, Assert.Single(server.To("/v2/translate")).Json.GetProperty("target_lang").GetString());
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData(null, null)]
    public async Task TranslateAsync_TooManyRequests_TransientWithRetryAfterWhenGiven(string? retryAfter, int? seconds)
    {
        await using var server = await StartDeepLAsync(async (context, _) =>
        {
            await FakeServer.JsonAsync(context, 429, new { message = "Too many requests" }, retryAfter);
            return true;
        });
        var failure = (await Engine(server).TranslateAsync(Batch("Oui"), TestContext.Current.CancellationToken)).Failure;

        Assert.Equal(FailureKind.Transient, failure?.Kind);
        Assert.Equal(seconds is null ? null : TimeSpan.FromSeconds(seconds.Value), failure!.RetryAfter);
        Assert.Equal("Too many requests", failure.EngineMessage);
    }

    [Fact]
    public async Task TranslateAsync_HighLoad529_Transient()
    {
        await using var server = await StartDeepLAsync(async (context, _) =>
        {
            await FakeServer.JsonAsync(context, 529, new { message = "Too many requests, DeepL servers are currently experiencing high load" });
            return true;
        });
        var failure = (await Engine(server).TranslateAsync(Batch("Oui"), TestContext.Current.CancellationToken)).Failure;
        Assert.Equal(FailureKind.Transient, failure?.Kind);
        Assert.Contains("overloaded (HTTP 529)", failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslateAsync_QuotaExceeded456_PermanentAndEngineStopsCalling()
    {
        await using var server = await StartDeepLAsync(async (context, _) =>
        {
            await FakeServer.JsonAsync(context, 456, new { message = "Quota exceeded" });
            return true;
        });
        var engine = Engine(server);
        var first = await engine.TranslateAsync(Batch("Oui"), TestContext.Current.CancellationToken);
        var second = await engine.TranslateAsync(Batch("Non"), TestContext.Current.CancellationToken);

        Assert.Equal(FailureKind.Permanent, first.Failure?.Kind);
        Assert.Equal(456, first.Failure!.StatusCode);
        Assert.Contains("DeepL quota exceeded (HTTP 456): Quota exceeded", first.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(first.Failure, second.Failure);
        Assert.Single(server.To("/v2/translate"));
    }

    [Fact]
    public async Task TranslateAsync_QuotaCooldownOver_CallsAgain()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        await using var server = await StartDeepLAsync(async (context, call) =>
        {
            if (call > 1)
            {
                return false;
            }
            await FakeServer.JsonAsync(context, 456, new { message = "Quota exceeded" });
            return true;
        });
        var engine = Engine(server, o => o.QuotaCooldown = TimeSpan.FromMinutes(10), time);
        await engine.TranslateAsync(Batch("Oui"), TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromMinutes(11));
        var result = await engine.TranslateAsync(Batch("Oui"), TestContext.Current.CancellationToken);
        Assert.True(result.IsSuccess);
    }

    [Fact]
    public async Task TranslateAsync_WrongKey_PermanentAuthenticationFailure()
    {
        await using var server = await StartDeepLAsync();
        var failure = (await Engine(server, o => o.ApiKey = "wrong:fx").TranslateAsync(Batch("Oui"), TestContext.Current.CancellationToken)).Failure;
        Assert.Equal(FailureKind.Permanent, failure?.Kind);
        Assert.Contains("authentication refused", failure!.Message, StringComparison.Ordinal);
        Assert.Equal("Authorization failure, check auth_key", failure.EngineMessage);
    }

    [Fact]
    public async Task TranslateAsync_ServerError_Transient()
    {
        await using var server = await StartDeepLAsync(async (context, _) =>
        {
            context.Response.StatusCode = 503;
            await context.Response.WriteAsync("Service Unavailable");
            return true;
        });
        var failure = (await Engine(server).TranslateAsync(Batch("Oui"), TestContext.Current.CancellationToken)).Failure;
        Assert.Equal(FailureKind.Transient, failure?.Kind);
        Assert.Equal("Service Unavailable", failure!.EngineMessage);
    }

    [Fact]
    public async Task TranslateAsync_ServerTooSlow_TransientTimeout()
    {
        await using var server = await StartDeepLAsync(delayMs: 10_000);
        var failure = (await Engine(server, o => o.Timeout = TimeSpan.FromMilliseconds(300)).TranslateAsync(Batch("Oui"), TestContext.Current.CancellationToken)).Failure;
        Assert.Equal(FailureKind.Transient, failure?.Kind);
        Assert.Contains("timeout", failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslateAsync_Glossary_CreatedOnceFromDeskGlossaryAndUsed()
    {
        await using var server = await StartDeepLAsync();
        var engine = Engine(server);
        var glossary = TranslationGlossary.Create([
            new GlossaryEntry(LanguageTag.Parse("fr"), LanguageTag.Parse("de"), "site", "Standort"),
            new GlossaryEntry(LanguageTag.Parse("fr"), LanguageTag.Parse("de"), "Stargate", null),
        ]);
        var batch = Batch("Le site") with { Glossary = glossary, Formality = Formality.More };
        await engine.TranslateAsync(batch, TestContext.Current.CancellationToken);
        await engine.TranslateAsync(batch, TestContext.Current.CancellationToken);

        var created = Assert.Single(server.To("/v2/glossaries")).Json;
        Assert.Equal("site\tStandort\nStargate\tStargate\n", created.GetProperty("entries").GetString());
        Assert.Equal("tsv", created.GetProperty("entries_format").GetString());
        Assert.All(server.To("/v2/translate"), r =>
        {
            Assert.Equal("def3a26b-3e84-45b3-84ae-0c0aaf3525f7", r.Json.GetProperty("glossary_id").GetString());
            Assert.Equal("prefer_more", r.Json.GetProperty("formality").GetString());
        });
    }

    [Fact]
    public async Task GetPairsAsync_Languages_CrossOfSourceAndTargetLists()
    {
        await using var server = await StartDeepLAsync();
        var pairs = await Engine(server).GetPairsAsync(TestContext.Current.CancellationToken);
        Assert.Contains(LanguagePair.Parse("fr->de"), pairs);
        Assert.Contains(LanguagePair.Parse("fr->en-GB"), pairs);
        Assert.DoesNotContain(LanguagePair.Parse("fr->fr"), pairs);
        Assert.All(server.To("/v2/languages"), r => Assert.Equal($"DeepL-Auth-Key {Key}", r.Authorization));
    }

    [Fact]
    public async Task ArticleTranslator_RateLimitedOnce_WaitsRetryAfterAndKeepsProtectedSpansInContext()
    {
        await using var server = await StartDeepLAsync(async (context, call) =>
        {
            if (call > 1)
            {
                return false;
            }
            await FakeServer.JsonAsync(context, 429, new { message = "Too many requests" }, "2");
            return true;
        });
        var time = new RecordingTimeProvider();
        var translator = new ArticleTranslator(new TranslationEngineRegistry([Engine(server)]), new DictionaryTranslationMemory(), time);
        var article = new ExtractedArticle
        {
            Language = LanguageTag.Parse("fr"),
            Blocks = [new ArticleBlock(BlockType.Paragraph, "SoftBank apporte 100 milliards.")],
        };
        var result = await translator.TranslateAsync(new ArticleTranslationRequest(article, LanguageTag.Parse("de")), TestContext.Current.CancellationToken);

        Assert.True(result.IsComplete);
        Assert.Equal([TimeSpan.FromSeconds(2)], time.Delays);
        Assert.Equal("SoftBank APPORTE 100 Milliarden.", result.Article.Blocks[0].Text);
        var sent = server.To("/v2/translate").Last().Json.GetProperty("text")[0].GetString();
        Assert.Equal("<span translate=\"no\" data-k=\"1\">SoftBank</span> apporte <span translate=\"no\" data-k=\"2\">100 Milliarden</span>.", sent);
        Assert.Equal(2, result.EngineCalls);
    }

    [GeneratedRegex(@"(<span translate=""no""[^>]*>.*?</span>|<[^>]+>)")]
    private static partial Regex KeepPattern();
}
