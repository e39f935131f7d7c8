using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newsdesk.Storage;
using Newsdesk.Web.Editors;
using Newsdesk.Web.Tests.Support;

namespace Newsdesk.Web.Tests.Editors;

/// <summary>
/// Signing in over real HTTP (Kestrel on 127.0.0.1) with a fake clock: where the editor is sent afterwards, and the waits
/// after failed guesses (per name, per address, per trusted browser), which must neither lock an editor out of their own
/// browser nor tell which names exist.
/// </summary>
public sealed class SignInTests : IAsyncLifetime
{
    private const string Password = "correct horse battery";

    private readonly FakeTimeProvider _time = new(TimeProvider.System.GetUtcNow());

    private LiveSite _site = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly HtmlParser Parser = new();

    public ValueTask InitializeAsync() => StartAsync(new Dictionary<string, string?>());

    private async ValueTask StartAsync(Dictionary<string, string?> settings)
    {
        settings["Site:SignInsPerMinute"] = "1000"; // the per-minute limit has its own tests (TransportSecurityTests, SecurityTests)
        _site = await LiveSite.StartAsync("sqlite", settings, s => s.AddSingleton<TimeProvider>(_time));
        await _site.Get<EditorAccounts>().CreateAsync("alice", Password, EditorAccounts.AdminRole, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _site.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private HttpClient NewBrowser() => _site.Browser(new CookieContainer());

    /// <summary>What a sign-in answered: status, the page's error line, Retry-After in seconds.</summary>
    private sealed record Answer(HttpStatusCode Status, string? Error, long? RetryAfter);

    private static async Task<Answer> TryAsync(HttpClient browser, string name, string password)
    {
        var response = await EditorSession.SignInAsync(browser, name, password);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var error = Parser.ParseDocument(html).QuerySelector("p.error")?.TextContent;
        return new Answer(response.StatusCode, error, (long?)response.Headers.RetryAfter?.Delta?.TotalSeconds);
    }

    [Fact]
    public async Task SignIn_HostileReturnUrl_GoesToEditorHome()
    {
        string[] hostile =
        [
            "/\t/evil.example/", "/\n/evil.example/", "/\r\n/evil.example/", "/\\evil.example/", "/\\/evil.example/", "\\\\evil.example/",
            "//evil.example/", "///evil.example/", "/\t/\t/evil.example/", "https://evil.example/", "http:evil.example", "javascript:alert(1)",
            " /\t/evil.example", "/\u3000/evil.example", "/\u2028/evil.example", "editor/", "",
        ];
        var sentTo = new Dictionary<string, string>();

        foreach (var url in hostile)
        {
            var response = await EditorSession.PostAsync(NewBrowser(), "/editor/sign-in", "/editor/sign-in", ("name", "alice"), ("password", Password),
                ("returnUrl", url));
            sentTo[url] = $"{(int)response.StatusCode} {response.Headers.Location?.OriginalString}";
        }
        var local = await EditorSession.PostAsync(NewBrowser(), "/editor/sign-in", "/editor/sign-in", ("name", "alice"), ("password", Password),
            ("returnUrl", "/editor/glossary?source=fr&target=de"));
        var accented = await EditorSession.PostAsync(NewBrowser(), "/editor/sign-in", "/editor/sign-in", ("name", "alice"), ("password", Password),
            ("returnUrl", "/editor/révision"));
        // A NUL or other C0 character in any form field is refused by ASP.NET Core's form reading before the handler runs.
        var nul = await EditorSession.PostAsync(NewBrowser(), "/editor/sign-in", "/editor/sign-in", ("name", "alice"), ("password", Password),
            ("returnUrl", "/\0/evil.example"));
        var form = Parser.ParseDocument(await NewBrowser().GetStringAsync("/editor/sign-in?returnUrl=" + Uri.EscapeDataString("/\t/evil.example/"), Ct));

        Assert.All(sentTo, p => Assert.True(p.Value == "302 /editor/", $"returnUrl {p.Key.ReplaceLineEndings("\\n")}: {p.Value}"));
        Assert.Equal(HttpStatusCode.BadRequest, nul.StatusCode);
        Assert.Null(nul.Headers.Location);
        Assert.Equal("/editor/glossary?source=fr&target=de", local.Headers.Location!.OriginalString);
        Assert.Equal("/editor/r%C3%A9vision", accented.Headers.Location!.OriginalString);
        Assert.Equal("", form.QuerySelector("input[name=returnUrl]")!.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task SignIn_AnonymousGuesses_DoNotKeepTheEditorOutOfTheirOwnBrowser()
    {
        var own = NewBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.SignInAsync(own, "alice", Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostAsync(own, "/editor/", "/editor/sign-out")).StatusCode);
        var attacker = NewBrowser();

        var guesses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            guesses.Add((await TryAsync(attacker, "alice", "guess " + i)).Status);
        }
        var anonymousRight = await TryAsync(NewBrowser(), "alice", Password);
        var ownRight = await EditorSession.SignInAsync(own, "alice", Password);

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 5).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 5)), guesses);
        Assert.Equal(HttpStatusCode.TooManyRequests, anonymousRight.Status); // any other client waits, whatever it sends
        Assert.Equal(HttpStatusCode.Redirect, ownRight.StatusCode);
        Assert.Equal("/editor/", ownRight.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync("/editor/", Ct)).StatusCode);
        var audit = await _site.Get<IEditorStore>().ListAuditAsync(50, Ct);
        Assert.Equal(5, audit.Count(e => e.Action is "sign-in.failed" or "sign-in.delayed"));
        Assert.DoesNotContain(Password, (await _site.Get<IEditorStore>().FindUserAsync("alice", Ct))!.PasswordHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_KnownAndUnknownNames_GetTheSameAnswers()
    {
        async Task<List<Answer>> GuessAsync(string name)
        {
            var browser = NewBrowser();
            var answers = new List<Answer>();
            for (var i = 0; i < 8; i++)
            {
                answers.Add(await TryAsync(browser, name, "guess " + i));
            }
            return answers;
        }

        var known = await GuessAsync("alice");
        var unknown = await GuessAsync("zelda");

        Assert.Equal(known, unknown);
        Assert.DoesNotContain(known, a => a.Error!.Contains("lock", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Wrong name or password.", known[0].Error);
        Assert.Equal("Wrong name or password. Wait 1 second before the next try.", known[4].Error);
        Assert.Equal(new Answer(HttpStatusCode.TooManyRequests, "Too many failed sign-ins. Wait 1 second and try again.", 1), known[5]);
    }

    [Fact]
    public async Task SignIn_GuessesKeepComing_EachWaitDoublesAndTheRightPasswordGetsInAfterIt()
    {
        var attacker = NewBrowser();
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(new Answer(HttpStatusCode.Unauthorized, "Wrong name or password.", null), await TryAsync(attacker, "alice", "guess " + i));
        }
        var waits = new List<long?> { (await TryAsync(attacker, "alice", "guess 4")).RetryAfter };

        for (var i = 0; i < 5; i++)
        {
            var early = await TryAsync(attacker, "alice", Password); // refused unheard, even with the right password
            Assert.Equal(HttpStatusCode.TooManyRequests, early.Status);
            Assert.Equal(waits[^1], early.RetryAfter);
            _time.Advance(TimeSpan.FromSeconds(early.RetryAfter!.Value));
            var wrong = await TryAsync(attacker, "alice", "guess again " + i);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.Status);
            waits.Add(wrong.RetryAfter);
        }
        _time.Advance(TimeSpan.FromSeconds(waits[^1]!.Value));
        var right = await EditorSession.SignInAsync(NewBrowser(), "alice", Password);

        Assert.Equal(new long?[] { 1, 2, 4, 8, 16, 32 }, waits);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
    }

    [Fact]
    public async Task SignIn_ManyNamesFromOneAddress_AreSlowedDownToo()
    {
        await _site.DisposeAsync();
        await StartAsync(new Dictionary<string, string?> { ["Site:FailedSignInsPerAddress"] = "4" });
        var attacker = NewBrowser();

        var answers = new List<Answer>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add(await TryAsync(attacker, "name" + i, "guess"));
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 4).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 2)), answers.Select(a => a.Status));
        Assert.Equal(1, answers[3].RetryAfter);
    }
}
