using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Newsdesk.Web.Tests.Cli;

/// <summary>`newsdesk translate` against a local OpenAI-compatible server: the exit code and stderr say whether the article was translated.</summary>
public sealed class TranslateCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string Article = Path.Combine(AppContext.BaseDirectory, "fixtures", "translate", "fr-school-reform.json");

    private const string German = "Die Reform tritt zum Schuljahresbeginn in Kraft, nach langen Beratungen mit den Kommunalpolitikern, den Eltern und den Vertretern der Lehrkräfte.";

    private const string English = "The reform will come into force at the start of the school year, after long consultations with local officials, parents and teachers' representatives.";

    [Fact]
    public async Task Translate_CorrectAnswer_ExitsZero()
    {
        var (code, stdout, stderr) = await TranslateAsync(German);

        Assert.True(code == 0, stderr);
        Assert.Contains($"[p] {German}", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Translate_AnswerInTheWrongLanguageTwice_ExitsOneAndSaysWhy()
    {
        var (code, stdout, stderr) = await TranslateAsync(English);

        Assert.Equal(1, code);
        Assert.Contains("translate: the article could not be fully translated: 2 of 2 segment(s) failed with openai", stderr, StringComparison.Ordinal);
        Assert.Contains("permanent failure: openai: the answer was refused", stderr, StringComparison.Ordinal);
        Assert.Contains("it is in English, not German", stderr, StringComparison.Ordinal);
        Assert.Contains("[p, not translated] La réforme entrera en vigueur", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("The reform", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Translate_WrongLanguageWithJson_StillSaysWhyOnStderr()
    {
        var (code, stdout, stderr) = await TranslateAsync(English, "--json");

        Assert.Equal(1, code);
        Assert.Contains("it is in English, not German", stderr, StringComparison.Ordinal);
        Assert.False(JsonDocument.Parse(stdout).RootElement.GetProperty("translation").GetProperty("complete").GetBoolean());
    }

    [Fact]
    public async Task Translate_UnreadableArticle_ExitsTwo()
    {
        var (code, _, stderr) = await TranslateAsync(German, Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json"));

        Assert.Equal(2, code);
        Assert.Contains("cannot read", stderr, StringComparison.Ordinal);
    }

    /// <summary>Runs `newsdesk translate --to de --engine openai` on the fixture (or on an extra argument that replaces it) with a fresh database.</summary>
    private static async Task<(int Code, string Stdout, string Stderr)> TranslateAsync(string blockAnswer, string? extra = null)
    {
        await using var server = await StartServerAsync(blockAnswer);
        var dir = Directory.CreateTempSubdirectory("newsdesk-translate-").FullName;
        try
        {
            var config = Path.Combine(dir, "newsdesk.json");
            await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
            {
                OpenAI = new { BaseUrl = server.Url, Model = "fake", Languages = new[] { "fr", "de" }, Timeout = "00:00:30" },
            }), Ct);
            var article = extra is not null && !extra.StartsWith("--", StringComparison.Ordinal) ? extra : Article;
            var args = new List<string> { "translate", "--to", "de", "--engine", "openai", "--config", config, "--db", Path.Combine(dir, "desk.db"), article };
            if (extra is "--json")
            {
                args.Add(extra);
            }
            return await NewsdeskProcess.RunAsync(dir, TimeSpan.FromMinutes(2), [.. args]);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>A chat-completions server that translates the title "Réforme" as "Reform" and gives every other segment <paramref name="blockAnswer"/>.</summary>
    private static async Task<FakeOpenAI> StartServerAsync(string blockAnswer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/v1/chat/completions", async (HttpContext context) =>
        {
            var request = (await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted)).RootElement;
            var user = request.GetProperty("messages").EnumerateArray().Last().GetProperty("content").GetString()!;
            var segments = JsonDocument.Parse(user).RootElement.GetProperty("segments").EnumerateArray()
                .Select(s => new { id = s.GetProperty("id").GetInt32(), text = s.GetProperty("text").GetString() == "Réforme" ? "Reform" : blockAnswer })
                .ToList();
            return Results.Json(new
            {
                id = "chatcmpl-1",
                @object = "chat.completion",
                created = 1764324000,
                model = "fake",
                choices = new[] { new { index = 0, message = new { role = "assistant", content = JsonSerializer.Serialize(new { segments }) }, finish_reason = "stop" } },
                usage = new { prompt_tokens = 100, completion_tokens = 40, total_tokens = 140 },
            });
        });
        await app.StartAsync(Ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FakeOpenAI(app, new Uri(address.TrimEnd('/') + "/v1/"));
    }

    private sealed class FakeOpenAI(WebApplication app, Uri url) : IAsyncDisposable
    {
        public Uri Url { get; } = url;

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
