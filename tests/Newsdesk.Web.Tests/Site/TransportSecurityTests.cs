using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Newsdesk.Testing;
using Newsdesk.Web.Editors;
using Newsdesk.Web.Tests.Support;

namespace Newsdesk.Web.Tests.Site;

/// <summary>
/// HTTPS, directly or through a TLS proxy: Secure cookies and Strict-Transport-Security, forwarded headers believed only from
/// Site:KnownProxies, and a per-address sign-in limit that made-up X-Forwarded-For values cannot get around.
/// </summary>
public sealed partial class TransportSecurityTests
{
    private const string Password = "correct horse battery";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<LiveSite> StartAsync(params (string Key, string Value)[] settings)
    {
        var site = await LiveSite.StartAsync("sqlite", settings.ToDictionary(s => s.Key, s => (string?)s.Value));
        await site.Get<EditorAccounts>().CreateAsync("alice", Password, EditorAccounts.AdminRole, Ct);
        return site;
    }

    /// <summary>A request as a TLS proxy in front of the site would pass it on: the public host, the scheme the client used.</summary>
    private static HttpRequestMessage ViaProxy(HttpMethod method, string path, string? cookie = null, string? forwardedFor = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Host = "news.example";
        request.Headers.Add("X-Forwarded-Proto", "https");
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        return request;
    }

    /// <summary>The Set-Cookie line for <paramref name="name"/> and whether it carries the Secure attribute.</summary>
    private static (string Pair, bool Secure) SetCookie(HttpResponseMessage response, string name)
    {
        var line = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(name + "=", StringComparison.Ordinal));
        var parts = line.Split(';', StringSplitOptions.TrimEntries);
        return (parts[0], parts.Skip(1).Any(p => p.Equals("secure", StringComparison.OrdinalIgnoreCase)));
    }

    private static string? Hsts(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Strict-Transport-Security", out var values) ? string.Join(", ", values) : null;

    private static string Token(string html) => WebUtility.HtmlDecode(TokenInput().Match(html).Groups[1].Value);

    /// <summary>Opens the sign-in page and signs in through the proxy, cookies carried by hand (a Secure cookie would not travel over plain HTTP).</summary>
    private static async Task<(HttpResponseMessage Page, HttpResponseMessage SignIn)> SignInViaProxyAsync(LiveSite site)
    {
        var client = site.Browser();
        var page = await client.SendAsync(ViaProxy(HttpMethod.Get, "/editor/sign-in"), Ct);
        var antiforgery = SetCookie(page, "newsdesk-af").Pair;
        var post = ViaProxy(HttpMethod.Post, "/editor/sign-in", antiforgery);
        post.Content = new FormUrlEncodedContent([new("name", "alice"), new("password", Password), new("__af", Token(await page.Content.ReadAsStringAsync(Ct)))]);
        return (page, await client.SendAsync(post, Ct));
    }

    [Fact]
    public async Task BehindKnownProxy_ForwardedHttps_CookiesAreSecureAndHstsIsSent()
    {
        await using var site = await StartAsync(("Site:KnownProxies:0", "127.0.0.1"));

        var (page, signIn) = await SignInViaProxyAsync(site);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.True(SetCookie(page, "newsdesk-af").Secure, "antiforgery cookie without Secure");
        Assert.True(SetCookie(signIn, "newsdesk-editor").Secure, "session cookie without Secure");
        Assert.True(SetCookie(signIn, TrustedDevices.CookieName).Secure, "device cookie without Secure");
        Assert.Equal("max-age=31536000", Hsts(page));
        Assert.Equal("max-age=31536000", Hsts(signIn));
        Assert.Equal("/editor/", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ForwardedHttps_FromASenderNotListed_IsNotBelieved()
    {
        await using var none = await StartAsync();
        await using var other = await StartAsync(("Site:KnownProxies:0", "10.9.8.7"), ("Site:KnownProxies:1", "192.168.0.0/16"));

        foreach (var site in new[] { none, other })
        {
            var (page, signIn) = await SignInViaProxyAsync(site);

            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.False(SetCookie(page, "newsdesk-af").Secure); // the request really came over plain HTTP
            Assert.False(SetCookie(signIn, "newsdesk-editor").Secure);
            Assert.Null(Hsts(page));
        }
    }

    [Fact]
    public async Task DirectHttps_BothCookiesAreSecureAndHstsIsSent()
    {
        await using var factory = new SiteFactory(await TestDatabase.CreateSqliteAsync(TimeProvider.System));
        await factory.Get<EditorAccounts>().CreateAsync("alice", Password, EditorAccounts.AdminRole, Ct);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://news.example/"), AllowAutoRedirect = false, HandleCookies = false,
        });

        var page = await client.GetAsync("/editor/sign-in", Ct);
        var post = new HttpRequestMessage(HttpMethod.Post, "/editor/sign-in")
        {
            Content = new FormUrlEncodedContent([new("name", "alice"), new("password", Password), new("__af", Token(await page.Content.ReadAsStringAsync(Ct)))]),
        };
        post.Headers.Add("Cookie", SetCookie(page, "newsdesk-af").Pair);
        var signIn = await client.SendAsync(post, Ct);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.True(SetCookie(page, "newsdesk-af").Secure, "antiforgery cookie without Secure over HTTPS");
        Assert.True(SetCookie(signIn, "newsdesk-editor").Secure, "session cookie without Secure over HTTPS");
        Assert.Equal("max-age=31536000", Hsts(page));
        await factory.Database.DisposeAsync();
    }

    [Fact]
    public async Task SignIn_RotatingXForwardedFor_IsStillLimitedPerAddress()
    {
        await using var site = await StartAsync(("Site:SignInsPerMinute", "3"));
        var browser = site.Browser(new CookieContainer());

        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            browser.DefaultRequestHeaders.Remove("X-Forwarded-For");
            browser.DefaultRequestHeaders.Add("X-Forwarded-For", $"198.51.100.{i + 1}");
            codes.Add((await EditorSession.SignInAsync(browser, "nobody" + i, "guess")).StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 3).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 2)), codes);
    }

    [Fact]
    public async Task SignIn_BehindKnownProxy_LimitIsPerClientTheProxySaw()
    {
        await using var site = await StartAsync(("Site:SignInsPerMinute", "3"), ("Site:KnownProxies:0", "127.0.0.1"));
        var browser = site.Browser(new CookieContainer());

        async Task<HttpStatusCode> TryAsync(string forwardedFor, int i)
        {
            browser.DefaultRequestHeaders.Remove("X-Forwarded-For");
            browser.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
            return (await EditorSession.SignInAsync(browser, "nobody" + i, "guess")).StatusCode;
        }

        // The client makes up the left part; the proxy appends the address it saw (203.0.113.7), and only that counts.
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            codes.Add(await TryAsync($"198.51.100.{i + 1}, 203.0.113.7", i));
        }
        var anotherClient = await TryAsync("203.0.113.8", 9);

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 3).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 2)), codes);
        Assert.Equal(HttpStatusCode.Unauthorized, anotherClient);
    }

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
