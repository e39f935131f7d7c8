using System.Net;
using Newsdesk.Storage;
using Newsdesk.Web.Editors;
using Newsdesk.Web.Tests.Support;

namespace Newsdesk.Web.Tests.Editors;

/// <summary>Sessions end on the server (a security stamp checked on each request), over real HTTP: a copied cookie is worth nothing after sign-out.</summary>
public abstract class SessionTests : IAsyncLifetime
{
    private const string Password = "correct horse battery";

    protected abstract string Dialect { get; }

    private LiveSite _site = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _site = await LiveSite.StartAsync(Dialect, new Dictionary<string, string?> { ["Site:SignInsPerMinute"] = "1000" });
        await _site.Get<EditorAccounts>().CreateAsync("alice", Password, EditorAccounts.AdminRole, Ct);
        await _site.Get<EditorAccounts>().CreateAsync("bob", Password, EditorAccounts.EditorRole, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _site.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private async Task<(HttpClient Browser, string Cookie)> SignedInAsync(string name, string password = Password)
    {
        var jar = new CookieContainer();
        var browser = _site.Browser(jar);
        var response = await EditorSession.SignInAsync(browser, name, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var session = jar.GetCookies(new Uri(_site.BaseUrl + "/editor/"))["newsdesk-editor"]!;
        return (browser, $"{session.Name}={session.Value}");
    }

    /// <summary>GET /editor/ with nothing but a copied session cookie, as someone who stole it would.</summary>
    private async Task<HttpStatusCode> ReplayAsync(string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/editor/");
        request.Headers.Add("Cookie", cookie);
        return (await _site.Browser().SendAsync(request, Ct)).StatusCode;
    }

    [Fact]
    public async Task SignOut_CookieCopiedBefore_NoLongerOpensEditorPages()
    {
        var (browser, copied) = await SignedInAsync("alice");
        var (_, otherBrowser) = await SignedInAsync("alice");
        var (_, bob) = await SignedInAsync("bob");
        Assert.Equal(HttpStatusCode.OK, await ReplayAsync(copied));

        var signOut = await EditorSession.PostAsync(browser, "/editor/", "/editor/sign-out");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await ReplayAsync(copied));
        Assert.Equal(HttpStatusCode.Redirect, await ReplayAsync(otherBrowser)); // every session of alice ends
        Assert.Equal(HttpStatusCode.OK, await ReplayAsync(bob));                // and no one else's
        Assert.Contains(await _site.Get<IEditorStore>().ListAuditAsync(20, Ct), e => e.Action == "sign-out" && e.Actor == "alice");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.SignInAsync(browser, "alice", Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/editor/", Ct)).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_OpenSessions_End()
    {
        var (_, copied) = await SignedInAsync("alice");

        Assert.True(await _site.Get<EditorAccounts>().ChangePasswordAsync("alice", "a brand new password", "cli", Ct));

        Assert.Equal(HttpStatusCode.Redirect, await ReplayAsync(copied));
        var (_, fresh) = await SignedInAsync("alice", "a brand new password");
        Assert.Equal(HttpStatusCode.OK, await ReplayAsync(fresh));
    }
}

public sealed class SqliteSessionTests : SessionTests
{
    protected override string Dialect => "sqlite";
}

public sealed class PostgresSessionTests : SessionTests
{
    protected override string Dialect => "postgres";
}
