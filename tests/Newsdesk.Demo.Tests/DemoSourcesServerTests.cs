using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Newsdesk.Demo.Tests;

public sealed class DemoSourcesServerTests(DemoServerFixture fixture) : IClassFixture<DemoServerFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private DemoSourcesServer Server => fixture.Server;

    private HttpClient Client => fixture.Client;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void StartAsync_OnThisMachine_ServesEachOutletFromItsOwnOrigin()
    {
        // Linux routes all of 127.0.0.0/8 to the loopback interface; the path-prefix fallback is for macOS.
        Assert.Equal(DemoSourcesLayout.SeparateHosts, Server.Layout);
        Assert.Equal(["127.0.0.2", "127.0.0.3"], Server.AllowedAddresses);
        Assert.Equal(2, Server.Outlets.Select(o => o.HomeUrl.Host).Distinct().Count());
    }

    [Fact]
    public async Task Feeds_BothOutlets_ParseWithOneItemPerArticle()
    {
        var rss = await GetXmlAsync(Server.Outlet(DemoOutlets.Traboules).FeedUrl);
        var atom = await GetXmlAsync(Server.Outlet(DemoOutlets.Ecume).FeedUrl);

        Assert.Equal("rss", rss.Root!.Name.LocalName);
        Assert.Equal(Server.Content.ForOutlet(DemoOutlets.Traboules).Count, rss.Descendants("item").Count());
        Assert.Equal(Atom + "feed", atom.Root!.Name);
        Assert.Equal(Server.Content.ForOutlet(DemoOutlets.Ecume).Count, atom.Descendants(Atom + "entry").Count());
        foreach (var item in rss.Descendants("item"))
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Element("guid")?.Value));
            Assert.False(string.IsNullOrWhiteSpace(item.Element("description")?.Value));
            Assert.NotEmpty(item.Elements("category"));
            Assert.True(DateTimeOffset.TryParseExact(item.Element("pubDate")!.Value, "ddd, dd MMM yyyy HH:mm:ss zzzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                || item.Element("pubDate")!.Value.EndsWith("+0100", StringComparison.Ordinal));
        }
        foreach (var entry in atom.Descendants(Atom + "entry"))
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "id")?.Value));
            Assert.NotNull(entry.Element(Atom + "updated"));
            Assert.NotEmpty(entry.Elements(Atom + "category"));
        }
    }

    [Fact]
    public async Task Pages_EveryFeedLink_Returns200WithTheArticleTitle()
    {
        var links = new List<(Uri Url, string Title)>();
        var rss = await GetXmlAsync(Server.Outlet(DemoOutlets.Traboules).FeedUrl);
        links.AddRange(rss.Descendants("item").Select(i => (new Uri(i.Element("link")!.Value), i.Element("title")!.Value)));
        var atom = await GetXmlAsync(Server.Outlet(DemoOutlets.Ecume).FeedUrl);
        links.AddRange(atom.Descendants(Atom + "entry").Select(e =>
            (new Uri(e.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value), e.Element(Atom + "title")!.Value)));

        Assert.Equal(Server.Pages.Count, links.Count);
        foreach (var (url, title) in links)
        {
            using var response = await Client.GetAsync(url, Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            var document = await ParseAsync(response);
            Assert.Equal(title, document.QuerySelector("h1")?.TextContent);
            Assert.Equal("fr", document.DocumentElement.GetAttribute("lang")![..2]);
            var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            Assert.Equal(url.GetLeftPart(UriPartial.Path), canonical);
        }
    }

    [Fact]
    public async Task Pages_Metadata_JsonLdOnOneOutletOpenGraphOnTheOther()
    {
        var traboules = Server.Pages.First(p => p.Outlet == DemoOutlets.Traboules && p.Article.Kind == DemoArticleKind.Standard);
        var ecume = Server.Pages.First(p => p.Outlet == DemoOutlets.Ecume && p.Article.Kind == DemoArticleKind.Standard);

        var jsonLd = (await GetDocumentAsync(traboules.Url)).QuerySelector("script[type='application/ld+json']")?.TextContent;
        var og = await GetDocumentAsync(ecume.Url);

        Assert.NotNull(jsonLd);
        using var json = System.Text.Json.JsonDocument.Parse(jsonLd);
        Assert.Equal("NewsArticle", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal(traboules.Article.Title, json.RootElement.GetProperty("headline").GetString());
        Assert.Equal(FrenchDatesIso(traboules.Article.Published), json.RootElement.GetProperty("datePublished").GetString());
        Assert.Equal(ecume.Article.Title, og.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
        Assert.Equal(FrenchDatesIso(ecume.Article.Published), og.QuerySelector("meta[property='article:published_time']")?.GetAttribute("content"));
        Assert.Equal(ecume.Article.Author, og.QuerySelector("meta[name=author]")?.GetAttribute("content"));
    }

    [Fact]
    public async Task Pages_SyndicatedDispatch_HasIdenticalBodyTextUnderDifferentUrlsAndChrome()
    {
        var copies = Server.Pages.Where(p => p.IsSyndicated).ToList();
        Assert.Equal(2, copies.Count);
        Assert.NotEqual(copies[0].Url, copies[1].Url);

        var traboules = await GetDocumentAsync(copies.Single(p => p.Outlet == DemoOutlets.Traboules).Url);
        var ecume = await GetDocumentAsync(copies.Single(p => p.Outlet == DemoOutlets.Ecume).Url);
        var traboulesBody = BodyText(traboules.QuerySelector(".article__body")!, ".article__read-also, .ad, .topic-box");
        var ecumeBody = BodyText(ecume.QuerySelector(".story__content")!, ".encart-lire, .pub");

        Assert.Equal(copies[0].Article.BodyText, traboulesBody);
        Assert.Equal(traboulesBody, ecumeBody);
        Assert.NotEqual(traboules.Body!.ClassName, ecume.Body!.ClassName);
    }

    [Fact]
    public async Task Feeds_SharedStory_AppearsInBothOutlets()
    {
        var rss = await GetXmlAsync(Server.Outlet(DemoOutlets.Traboules).FeedUrl);
        var atom = await GetXmlAsync(Server.Outlet(DemoOutlets.Ecume).FeedUrl);

        Assert.Contains(rss.Descendants("item"), i => i.Element("title")!.Value.Contains("Ombeline", StringComparison.Ordinal));
        Assert.Contains(atom.Descendants(Atom + "entry"), e => e.Element(Atom + "title")!.Value.Contains("Ombeline", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Feed_ConditionalGet_Returns304ForTheSameETagOrDate()
    {
        var feed = Server.Outlet(DemoOutlets.Traboules).FeedUrl;
        using var first = await Client.GetAsync(feed, Cancel);
        var etag = first.Headers.ETag;
        var lastModified = first.Content.Headers.LastModified;
        Assert.NotNull(etag);
        Assert.NotNull(lastModified);

        using var byTag = new HttpRequestMessage(HttpMethod.Get, feed);
        byTag.Headers.IfNoneMatch.Add(etag);
        using var notModified = await Client.SendAsync(byTag, Cancel);
        using var byDate = new HttpRequestMessage(HttpMethod.Get, feed);
        byDate.Headers.IfModifiedSince = lastModified;
        using var notModifiedSince = await Client.SendAsync(byDate, Cancel);
        using var stale = new HttpRequestMessage(HttpMethod.Get, feed);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        using var modified = await Client.SendAsync(stale, Cancel);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, notModifiedSince.StatusCode);
        Assert.Equal(HttpStatusCode.OK, modified.StatusCode);
    }

    [Fact]
    public async Task Feed_TwoRequests_AreByteIdentical()
    {
        var feed = Server.Outlet(DemoOutlets.Ecume).FeedUrl;

        var first = await Client.GetByteArrayAsync(feed, Cancel);
        var second = await Client.GetByteArrayAsync(feed, Cancel);

        Assert.Equal(first, second);
    }

    [Fact]
    public void StartAsync_WithClock_MovesDatesByWholeDaysSoTheNewestIsWithinTheLastDay()
    {
        var newest = Server.Pages.Max(p => p.Article.LastChanged);

        Assert.Equal(0, Server.DateShift.Ticks % TimeSpan.TicksPerDay);
        Assert.InRange(newest, DemoServerFixture.Now.AddDays(-1), DemoServerFixture.Now);
        Assert.All(Server.Pages, p => Assert.Equal(p.Article.Published.TimeOfDay, Server.Content.Articles.Single(a => a.Slug == p.Article.Slug).Published.TimeOfDay));
    }

    [Fact]
    public async Task NewsSitemap_ListsOnlyTheLastTwoDays()
    {
        foreach (var outlet in Server.Outlets)
        {
            var sitemap = await GetXmlAsync(outlet.SitemapUrl);
            XNamespace news = "http://www.google.com/schemas/sitemap-news/0.9";
            var dates = sitemap.Descendants(news + "publication_date").Select(d => DateTimeOffset.Parse(d.Value, CultureInfo.InvariantCulture)).ToList();

            Assert.NotEmpty(dates);
            Assert.All(dates, d => Assert.InRange(d, DemoServerFixture.Now.AddDays(-2), DemoServerFixture.Now));
            Assert.True(dates.Count < Server.Pages.Count(p => p.Outlet == outlet.Id), "older articles are left out");
        }
    }

    [Fact]
    public async Task HomePage_AdvertisesTheFeedForDiscovery()
    {
        foreach (var outlet in Server.Outlets)
        {
            var home = await GetDocumentAsync(outlet.HomeUrl);
            var type = outlet.FeedKind == "rss" ? "application/rss+xml" : "application/atom+xml";

            var link = home.QuerySelector($"link[rel=alternate][type='{type}']");

            Assert.Equal(outlet.FeedUrl.ToString(), link?.GetAttribute("href"));
            Assert.Equal(Server.Pages.Count(p => p.Outlet == outlet.Id), home.QuerySelectorAll("h1 ~ * a, .teaser__title, .carte__titre a").Select(a => a.GetAttribute("href")).Distinct().Count(h => Server.Pages.Any(p => p.Url.ToString() == h)));
        }
    }

    [Fact]
    public async Task RobotsTxt_AllowsEveryPathForOrdinaryCrawlersAndNamesTheSitemap()
    {
        var outlet = Server.Outlet(DemoOutlets.Ecume);

        var robots = await Client.GetStringAsync(new Uri(outlet.HomeUrl, "/robots.txt"), Cancel);

        Assert.Contains("User-agent: *\nAllow: /\n", robots, StringComparison.Ordinal);
        Assert.Contains($"Sitemap: {outlet.SitemapUrl}", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Images_EveryMainImage_IsServed()
    {
        foreach (var page in Server.Pages.Where(p => p.Article.Image is not null))
        {
            var document = await GetDocumentAsync(page.Url);
            var images = document.QuerySelectorAll("img").Select(i => i.GetAttribute("src")!).Where(s => s.EndsWith(page.Article.Image!.File, StringComparison.Ordinal)).ToList();

            Assert.NotEmpty(images);
            using var response = await Client.GetAsync(new Uri(images[0]), Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task UnknownPath_Returns404WithTheOutletsChrome()
    {
        using var response = await Client.GetAsync(new Uri(Server.Outlet(DemoOutlets.Traboules).HomeUrl, "nulle-part.html"), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Le Quotidien des Traboules", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_PaywalledArticle_ShowsOnlyTheVisibleBlocksAndThePaywall()
    {
        var page = Server.Pages.Single(p => p.Article.Kind == DemoArticleKind.Paywalled);

        var document = await GetDocumentAsync(page.Url);

        Assert.NotNull(document.QuerySelector(".paywall"));
        var shown = BodyText(document.QuerySelector(".story__content")!, ".encart-lire, .pub");
        Assert.Equal(string.Join("\n\n", page.Article.Blocks.Take(page.Article.VisibleBlocks).Select(b => b.Text)), shown);
    }

    [Fact]
    public async Task Pages_LiveArticle_ListsEntriesNewestFirst()
    {
        var page = Server.Pages.Single(p => p.Article.Kind == DemoArticleKind.Live);

        var document = await GetDocumentAsync(page.Url);
        var times = document.QuerySelectorAll(".live__entry time").Select(t => DateTimeOffset.Parse(t.GetAttribute("datetime")!, CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(page.Article.Blocks.Count(b => b.Kind == DemoBlockKind.LiveEntry), times.Count);
        Assert.Equal(times.OrderDescending(), times);
        Assert.Equal("LiveBlogPosting", System.Text.Json.JsonDocument.Parse(document.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement.GetProperty("@type").GetString());
    }

    /// <summary>The text of the body's blocks (paragraphs, headings, quotes, list items, captions), widgets removed.</summary>
    internal static string BodyText(IElement body, string widgets)
    {
        foreach (var widget in body.QuerySelectorAll(widgets).ToList())
        {
            widget.Remove();
        }
        var blocks = body.QuerySelectorAll("p, h2, h3, li, figcaption .figure__caption, .media__legende")
            .Where(e => e.ParentElement?.LocalName != "blockquote" || e.LocalName == "p")
            .Select(e => e.ClassName == "media__legende" ? e.ChildNodes.Where(n => n is not IElement { LocalName: "em" }).Aggregate("", (s, n) => s + n.TextContent).Trim() : e.TextContent.Trim());
        return string.Join("\n\n", blocks);
    }

    private static string FrenchDatesIso(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private async Task<XDocument> GetXmlAsync(Uri url)
    {
        await using var stream = await Client.GetStreamAsync(url, Cancel);
        return await XDocument.LoadAsync(stream, LoadOptions.None, Cancel);
    }

    private async Task<IDocument> GetDocumentAsync(Uri url)
    {
        using var response = await Client.GetAsync(url, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    private static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel));
}
