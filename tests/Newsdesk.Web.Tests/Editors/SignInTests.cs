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
}
