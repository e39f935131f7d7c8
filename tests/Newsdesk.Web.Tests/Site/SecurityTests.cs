using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Newsdesk.Testing;
using Newsdesk.Web.Editors;
using Newsdesk.Web.Tests.Support;

namespace Newsdesk.Web.Tests.Site;

/// <summary>Hostile input through content, titles, search and feed fields; editor pages against anonymous users, cross-site posts and guessing.</summary>
public sealed class SecurityTests : IAsyncLifetime
{
    private SiteFactory _factory = default!;
    private DeskSeed _seed = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly HtmlParser Parser = new();

    public async ValueTask InitializeAsync()
    {
        _factory = new SiteFactory(await TestDatabase.CreateSqliteAsync(TimeProvider.System), new Dictionary<string, string?>
        {
            ["Site:SignInsPerMinute"] = "6",
        });
        _seed = await _factory.SeedAsync("hostile-payloads.json");
        await _factory.Get<EditorAccounts>().CreateAsync("alice", "correct horse battery", EditorAccounts.AdminRole, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _factory.Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>No executable script, no event handler attribute, no javascript: URL anywhere in the page.</summary>
    private static void AssertInert(string html, string where)
    {
        var doc = Parser.ParseDocument(html);
        foreach (var script in doc.QuerySelectorAll("script"))
        {
            Assert.True(script.GetAttribute("type") == "application/ld+json", $"{where}: executable <script> in the page: {script.OuterHtml}");
            Assert.DoesNotContain("</", script.TextContent, StringComparison.Ordinal);
        }
        foreach (var element in doc.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{where}: event handler {attribute.Name} on <{element.LocalName}>");
                Assert.False(attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase),
                    $"{where}: javascript: URL in {attribute.Name} of <{element.LocalName}>");
            }
            Assert.DoesNotContain(element.LocalName, new[] { "iframe", "svg", "style", "object", "embed" });
        }
    }

    private async Task<string> FollowAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Ct);
        if (response.StatusCode == HttpStatusCode.MovedPermanently)
        {
            response = await client.GetAsync(response.Headers.Location!.OriginalString, Ct);
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    [Fact]
    public async Task HostileArticle_EveryPage_IsEscapedOrSanitised()
    {
        var client = _factory.Browser();
        var id = _seed.Articles["xss"].Id;
        var pages = new Dictionary<string, string>
        {
            ["fr article"] = await FollowAsync(client, $"/fr/a/{id}/"),
            ["es article"] = await FollowAsync(client, $"/es/a/{id}/"),
            ["fr front"] = await FollowAsync(client, "/fr/"),
            ["es front"] = await FollowAsync(client, "/es/"),
        };
        var fr = Parser.ParseDocument(pages["fr article"]);
        foreach (var topic in fr.QuerySelectorAll(".article-topics a").Select(a => a.GetAttribute("href")!))
        {
            pages["topic " + topic] = await FollowAsync(client, topic);
        }

        foreach (var (where, html) in pages)
        {
            AssertInert(html, where);
        }
        // The text survives as text: escaped, visible, harmless.
        Assert.Equal("Titre <img src=x onerror=alert('title')> piégé", fr.QuerySelector("h1")!.TextContent);
        Assert.Contains("Evil <script>alert('source')</script> Press", fr.QuerySelector(".outlet")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("lien", fr.QuerySelector(".body")!.TextContent, StringComparison.Ordinal);
        Assert.Null(fr.QuerySelector("figure.main-image")); // a javascript: image URL is dropped
        var es = Parser.ParseDocument(pages["es article"]);
        Assert.Contains("apertium<script>", es.QuerySelector(".translation-label")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileSearchQuery_IsEscapedInPageAndSearchBox()
    {
        var client = _factory.Browser();
        const string Query = "\"><script>alert('es-title')</script><img src=x onerror=alert('es-lead')> trampa";

        var html = await FollowAsync(client, "/es/search?q=" + Uri.EscapeDataString(Query) + "&topic=" + Uri.EscapeDataString("\"><script>"));

        AssertInert(html, "search");
        var doc = Parser.ParseDocument(html);
        Assert.Equal(Query, ((IHtmlInputElement)doc.QuerySelector("form.search input")!).Value);
        Assert.NotEmpty(doc.QuerySelectorAll(".results mark")); // the title's words found and marked, the markup stays text
    }

    [Fact]
    public async Task HostileFeedFields_FeedsStayWellFormedAndTextOnly()
    {
        var client = _factory.Browser();

        foreach (var path in new[] { "/fr/feed.rss", "/fr/feed.atom", "/es/feed.rss", "/sitemap.xml", "/news-sitemap.xml" })
        {
            var xml = await client.GetStringAsync(path, Ct);
            var doc = System.Xml.Linq.XDocument.Parse(xml); // well-formed whatever the fields held
            Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName is "script" or "img");
            Assert.DoesNotContain("<script", xml, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task EditorPages_Anonymous_RedirectToSignIn()
    {
        var client = _factory.Browser();

        foreach (var path in new[] { "/editor/", "/editor/review/1", "/editor/sources", "/editor/glossary", "/editor/audit" })
        {
            var response = await client.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/editor/sign-in?ReturnUrl=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        var post = await client.PostAsync("/editor/review/1/approve", new FormUrlEncodedContent([]), Ct);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
    }

    [Fact]
    public async Task EditorForms_MissingOrForeignAntiforgeryToken_Are400()
    {
        var client = _factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.SignInAsync(client, "alice", "correct horse battery")).StatusCode);
        var other = _factory.Browser();
        var foreignToken = await EditorSession.TokenAsync(other, "/editor/sign-in");
        var id = _seed.Translations["xss/es"];

        var missing = await client.PostAsync($"/editor/review/{id}/reject", new FormUrlEncodedContent([new("reason", "x")]), Ct);
        var foreign = await client.PostAsync($"/editor/review/{id}/reject", new FormUrlEncodedContent([new("reason", "x"), new("__af", foreignToken)]), Ct);
        var signIn = await _factory.Browser().PostAsync("/editor/sign-in", new FormUrlEncodedContent([new("name", "alice"), new("password", "correct horse battery")]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Equal(Newsdesk.Model.TranslationStatus.Published, (await _factory.Get<Newsdesk.Storage.INewsStore>().GetTranslationAsync(id, Ct))!.Status);
    }

    [Fact]
    public async Task SignIn_TooManyAttemptsFromOneClient_Are429()
    {
        var client = _factory.Browser();
        var codes = new List<HttpStatusCode>();

        for (var i = 0; i < 8; i++)
        {
            // A new name each time: the waits per name (Editors/SignInTests) are not what this is about.
            codes.Add((await EditorSession.SignInAsync(client, "nobody" + i, "whatever")).StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 6), codes.Take(6));
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], codes.Skip(6));
    }

    [Fact]
    public async Task SignIn_ReturnUrlToAnotherSite_IsIgnored()
    {
        var client = _factory.Browser();

        var response = await EditorSession.PostAsync(client, "/editor/sign-in", "/editor/sign-in", ("name", "alice"), ("password", "correct horse battery"),
            ("returnUrl", "//evil.example/phish"));

        Assert.Equal("/editor/", response.Headers.Location!.OriginalString);
    }
}
