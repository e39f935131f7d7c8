using System.IO.Compression;
using System.Text;
using Newsdesk.Ingest;
using Newsdesk.Model;

namespace Newsdesk.Tests.Ingest;

public class FeedParserTests
{
    private static FeedParseResult Parse(string fixture, string url = "https://feeds.example/feed", string? charset = null) =>
        FeedParser.Parse(Fixtures.Bytes("feeds/" + fixture), new Uri(url), charset);

    [Fact]
    public void Parse_Rss2Basic_ReadsChannelAndItems()
    {
        var result = Parse("rss2-basic.xml");

        Assert.Equal(FeedKind.Rss2, result.Kind);
        Assert.True(result.IsFeed);
        Assert.Null(result.Error);
        Assert.Equal("Riverside Courier — Latest", result.Title);
        Assert.Equal(new Uri("https://www.riverside-courier.example/"), result.SiteUrl);
        Assert.Equal("en-GB", result.Language?.Value);
        Assert.Equal(3, result.Items.Count);

        var first = result.Items[0];
        Assert.Equal("courier-48213", first.Id);
        Assert.Equal("https://www.riverside-courier.example/local/2024/03/05/tram-extension-approved", first.Link.AbsoluteUri);
        Assert.Equal("Council approves & funds the northern tram extension", first.Title);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("Amira Holt", first.Author);
        Assert.Equal(["Transport", "Local politics"], first.Categories);
        Assert.Contains("<b>Northgate</b>", first.Summary, StringComparison.Ordinal);
        Assert.Contains("31 to 12", first.ContentHtml, StringComparison.Ordinal);
        Assert.Equal("https://img.riverside-courier.example/tram.jpg", first.ImageUrl?.AbsoluteUri);
        Assert.Equal("en-GB", first.Language?.Value);

        var second = result.Items[1];
        Assert.Equal("Flood barrier tested ahead of spring tides", second.Title);
        Assert.Equal("Tomas Reyes", second.Author);
        Assert.Equal("https://img.riverside-courier.example/barrier.jpg", second.ImageUrl?.AbsoluteUri);

        // No <link>: the guid is a permalink by default.
        Assert.Equal("https://www.riverside-courier.example/culture/library-reopens", result.Items[2].Link.AbsoluteUri);
        Assert.Equal(TimeSpan.FromHours(1), result.Items[2].Published?.Offset);
    }

    [Fact]
    public void Parse_Rss1Rdf_ReadsItemsOutsideChannel()
    {
        var result = Parse("rss1-rdf.xml");

        Assert.Equal(FeedKind.Rss1Rdf, result.Kind);
        Assert.Equal("Tageszeitung Beispielstadt", result.Title);
        Assert.Equal("de", result.Language?.Value);
        Assert.Equal(2, result.Items.Count);
        Assert.Equal("https://zeitung.example/lokales/marktplatz-umbau", result.Items[0].Id);
        Assert.Equal("Jana Vogt", result.Items[0].Author);
        Assert.Equal(["Lokales"], result.Items[0].Categories);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 7, 15, 0, TimeSpan.FromHours(1)), result.Items[0].Published);
        // No <link>: rdf:about is the item's address.
        Assert.Equal("https://zeitung.example/sport/pokal-halbfinale", result.Items[1].Link.AbsoluteUri);
    }

    [Fact]
    public void Parse_AtomWithXmlBase_ResolvesRelativeLinksAndLanguages()
    {
        var result = Parse("atom-xml-base-relative-links.xml", "https://feeds.lequotidien.example/une.atom");

        Assert.Equal(FeedKind.Atom, result.Kind);
        Assert.Equal("fr", result.Language?.Value);
        Assert.Equal(new Uri("https://www.lequotidien.example/"), result.SiteUrl);
        Assert.Equal(3, result.Items.Count);

        var first = result.Items[0];
        Assert.Equal("https://www.lequotidien.example/politique/2024/03/05/reforme-adoptee", first.Link.AbsoluteUri);
        Assert.Equal("La réforme des retraites adoptée en commission", first.Title);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 12, 0, TimeSpan.FromHours(1)), first.Published);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 45, 0, TimeSpan.FromHours(1)), first.Updated);
        Assert.Equal("Claire Dumas", first.Author);
        Assert.Equal(["Politique"], first.Categories);
        Assert.Contains("<strong", first.ContentHtml, StringComparison.Ordinal);
        Assert.Equal("fr", first.Language?.Value);

        // Entry-level xml:base wins over the feed's; no published date falls back to updated.
        Assert.Equal("https://www.lequotidien.example/economie/2024/03/04/prix-ble", result.Items[1].Link.AbsoluteUri);
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 18, 0, 0, TimeSpan.Zero), result.Items[1].Published);

        Assert.Equal("https://en.lequotidien.example/economy/wheat-prices", result.Items[2].Link.AbsoluteUri);
        Assert.Equal("en", result.Items[2].Language?.Value);
    }

    [Fact]
    public void Parse_JsonFeed11_ReadsItemsAndReportsBadOnes()
    {
        var result = Parse("jsonfeed-1.1.json", "https://harbour-tech.example/feed.json");

        Assert.Equal(FeedKind.JsonFeed, result.Kind);
        Assert.Equal("Harbour Tech Notes", result.Title);
        Assert.Equal("en-US", result.Language?.Value);
        Assert.Equal(2, result.Items.Count);

        var first = result.Items[0];
        Assert.Equal("2024-03-05-port-automation", first.Id);
        Assert.Equal("Lena Park", first.Author);
        Assert.Equal(["ports", "automation"], first.Categories);
        Assert.Equal(TimeSpan.FromHours(-5), first.Published?.Offset);
        Assert.NotNull(first.Updated);
        Assert.Equal("https://harbour-tech.example/img/cranes.jpg", first.ImageUrl?.AbsoluteUri);

        var second = result.Items[1];
        Assert.Equal("1002", second.Id);
        Assert.Equal("https://harbour-tech.example/2024/03/04/dredging-plan", second.Link.AbsoluteUri);
        Assert.Equal("en-GB", second.Language?.Value);
        Assert.Equal("Harbour Tech desk", second.Author);
        Assert.Contains("&amp;", second.ContentHtml, StringComparison.Ordinal);

        Assert.Contains(result.Problems, p => p.Kind == FeedProblemKind.MissingLink && p.ItemIndex == 2);
        Assert.Contains(result.Problems, p => p.Kind == FeedProblemKind.InvalidItem && p.ItemIndex == 3);
    }

    [Fact]
    public void Parse_JsonNotAFeed_ReportsUnknownFormat()
    {
        var result = FeedParser.Parse("""{"weather": "sunny"}"""u8.ToArray(), new Uri("https://x.example/api"));

        Assert.Equal(FeedKind.Unknown, result.Kind);
        Assert.False(result.IsFeed);
        Assert.Contains("not a JSON Feed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedJson_ReportsPosition()
    {
        var result = FeedParser.Parse("""{"version": "https://jsonfeed.org/version/1.1", "items": [ {"id": 1,, ] }"""u8.ToArray(), new Uri("https://x.example/feed.json"));

        Assert.False(result.IsFeed);
        Assert.Contains(result.Problems, p => p.Kind == FeedProblemKind.MalformedJson);
        Assert.Contains("line 1", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SitemapIndex_ListsChildrenOnceResolved()
    {
        var result = Parse("sitemap-index.xml", "https://www.dailyharbour.example/sitemap.xml");

        Assert.Equal(FeedKind.SitemapIndex, result.Kind);
        Assert.True(result.IsFeed);
        Assert.Empty(result.Items);
        Assert.Equal(
            ["https://www.dailyharbour.example/sitemaps/news.xml", "https://www.dailyharbour.example/sitemaps/2024-03.xml.gz", "https://www.dailyharbour.example/sitemaps/archive.xml"],
            result.SitemapChildren.Select(c => c.Url.AbsoluteUri));
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 10, 0, 0, TimeSpan.Zero), result.SitemapChildren[0].LastModified);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 0, 0, 0, TimeSpan.Zero), result.SitemapChildren[1].LastModified);
    }

    [Fact]
    public void Parse_GoogleNewsSitemap_ReadsNewsTitleDateLanguage()
    {
        var result = Parse("sitemap-google-news.xml", "https://www.dailyharbour.example/sitemaps/news.xml");

        Assert.Equal(FeedKind.NewsSitemap, result.Kind);
        Assert.Equal(3, result.Items.Count);
        var first = result.Items[0];
        Assert.Equal("Summit ends without a joint statement", first.Title);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 11, 20, 0, TimeSpan.Zero), first.Published);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 12, 0, 0, TimeSpan.Zero), first.Updated);
        Assert.Equal("en", first.Language?.Value);
        Assert.Equal(["diplomacy", "summit", "trade"], first.Categories);
        Assert.Equal("https://img.dailyharbour.example/summit.jpg", first.ImageUrl?.AbsoluteUri);
        Assert.Equal("zh-CN", result.Items[1].Language?.Value);
        Assert.Equal("峰会结束，未发表联合声明", result.Items[1].Title);
        // A broken date keeps the entry, with no date, and says so.
        Assert.Null(result.Items[2].Published);
        Assert.Contains(result.Problems, p => p.Kind == FeedProblemKind.InvalidDate && p.ItemIndex == 2);
    }

    [Fact]
    public void Parse_GzipCompressedSitemap_IsDecompressed()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Fixtures.Bytes("feeds/sitemap-google-news.xml"));
        }
        var result = FeedParser.Parse(buffer.ToArray(), new Uri("https://www.dailyharbour.example/news.xml.gz"));

        Assert.Equal(FeedKind.NewsSitemap, result.Kind);
        Assert.Equal(3, result.Items.Count);
    }

    [Fact]
    public void Parse_GzipBombSitemap_RefusedByCap()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 8; i++)
            {
                gzip.Write(zeros);
            }
        }
        var result = FeedParser.Parse(buffer.ToArray(), new Uri("https://x.example/bomb.xml.gz"), options: new FeedParserOptions { MaxDecompressedBytes = 1024 * 1024 });

        Assert.False(result.IsFeed);
        Assert.Contains(result.Problems, p => p.Kind == FeedProblemKind.TooLarge);
        Assert.Contains("decompression bomb", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Utf8Bom_DecodedWithoutBom()
    {
        var result = Parse("feed-with-utf8-bom.xml");

        Assert.True(result.IsFeed);
        Assert.Equal("Café Chronik – Übersicht", result.Title);
        Assert.Equal("Grüße aus Köln", result.Items.Single().Title);
        Assert.DoesNotContain(result.Problems, p => p.Kind == FeedProblemKind.CharsetMismatch);
    }

    [Fact]
    public void Parse_Windows1252Declared_DecodedAsDeclared()
    {
        var result = Parse("feed-windows-1252-declared.xml");

        Assert.True(result.IsFeed);
        Assert.Equal("windows-1252", result.Encoding);
        Assert.Equal("L’Écho de la Côte", result.Title);
        Assert.Equal("« Été record » : les hôtels affichent complet – 12 €", result.Items.Single().Title);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Parse_Iso88591Undeclared_FallsBackToWindows1252AndSaysSo()
    {
        var result = Parse("feed-iso-8859-1-undeclared.xml");

        Assert.True(result.IsFeed);
        Assert.Equal("Fête de la mer : défilé à Saint-Nazaire", result.Items.Single().Title);
        Assert.Contains(result.Problems, p => p.Kind == FeedProblemKind.CharsetMismatch && p.Message.Contains("not valid UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_HeaderClaimsUtf8OverWindows1252Bytes_DecodesCorrectly()
    {
        var result = Parse("feed-windows-1252-served-as-utf8.xml", charset: "utf-8");

        Assert.Equal("Déjà vu à l’Élysée", result.Items.Single().Title);
        Assert.Contains(result.Problems, p => p.Kind == FeedProblemKind.CharsetMismatch && p.Message.Contains("charset=utf-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_HeaderClaimsLatin1OverUtf8Bytes_DecodesAsUtf8()
    {
        var result = Parse("feed-with-utf8-bom.xml", charset: "iso-8859-1");
        var noBom = Fixtures.Bytes("feeds/feed-with-utf8-bom.xml")[3..];
        var withoutBom = FeedParser.Parse(noBom, new Uri("https://x.example/f"), "iso-8859-1");

        Assert.Equal("Grüße aus Köln", result.Items.Single().Title);
        Assert.Equal("Grüße aus Köln", withoutBom.Items.Single().Title);
        Assert.Contains(withoutBom.Problems, p => p.Kind == FeedProblemKind.CharsetMismatch);
    }

    [Fact]
    public void Parse_WhitespaceBeforeDeclarationAndWrongUtf16Label_StillRead()
    {
        var result = Parse("feed-with-whitespace-before-declaration-and-wrong-utf16-label.xml");

        Assert.True(result.IsFeed);
        Assert.Null(result.Error);
        Assert.Equal("Still readable – déjà", result.Items.Single().Title);
        Assert.Contains(result.Problems, p => p.Message.Contains("whitespace bytes before the XML declaration", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_Utf16WithBom_Read()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-16\"?><rss version=\"2.0\"><channel><title>Ünïcode</title><item><title>Zwölf</title><link>https://u.example/12</link></item></channel></rss>";
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(xml)).ToArray();

        var result = FeedParser.Parse(bytes, new Uri("https://u.example/feed"));

        Assert.Equal("Ünïcode", result.Title);
        Assert.Equal("Zwölf", result.Items.Single().Title);
    }

    [Fact]
    public void Parse_MalformedXml_KeepsItemsBeforeTheErrorAndSaysWhere()
    {
        var result = Parse("malformed-xml-unclosed-tag.xml");

        Assert.Equal(FeedKind.Rss2, result.Kind);
        Assert.True(result.IsPartial);
        Assert.True(result.IsFeed);
        Assert.Equal(["First story survives", "Second story survives"], result.Items.Select(i => i.Title));
        var problem = Assert.Single(result.Problems, p => p.Kind == FeedProblemKind.MalformedXml);
        Assert.Contains("line 16", problem.Message, StringComparison.Ordinal);
        Assert.Contains("kept the 2 entries", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BillionLaughs_RefusesEntitiesWithoutExpanding()
    {
        var result = Parse("billion-laughs-entity-expansion.xml");

        Assert.Contains(result.Problems, p => p.Kind == FeedProblemKind.EntitiesRefused);
        Assert.Contains("DTD processing is off", result.Error, StringComparison.Ordinal);
        // What came before the bomb survives; the bomb's item does not, and nothing was expanded.
        Assert.Equal("Harmless first item", Assert.Single(result.Items).Title);
        Assert.DoesNotContain(result.Items, i => (i.Title ?? "").Contains("lol", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_HtmlServedAsFeed_SaysSoAndListsDiscoveredFeeds()
    {
        var result = Parse("html-page-served-as-feed.html", "https://valley-gazette.example/feed");

        Assert.Equal(FeedKind.HtmlPage, result.Kind);
        Assert.False(result.IsFeed);
        Assert.Empty(result.Items);
        Assert.StartsWith("this is an HTML page, not a feed; did you mean one of these discovered feeds: https://valley-gazette.example/feeds/all.rss, https://valley-gazette.example/feeds/all.atom", result.Error, StringComparison.Ordinal);
        // The comment feed is listed last.
        Assert.Equal("https://valley-gazette.example/feeds/comments.rss", result.DiscoveredFeeds[^1].Url.AbsoluteUri);
        Assert.Equal("The Valley Gazette – News from the valley", result.Page?.Title);
        Assert.Equal("en", result.Language?.Value);
    }

    [Fact]
    public void Parse_HtmlWithoutFeeds_SaysNoFeedIsAdvertised()
    {
        var html = "<!DOCTYPE html><html><head><title>Story</title><link rel=\"canonical\" href=\"/story/1\"></head><body><p>Text</p></body></html>"u8.ToArray();
        var result = FeedParser.Parse(html, new Uri("https://news.example/story/1?utm_source=x"));

        Assert.Equal(FeedKind.HtmlPage, result.Kind);
        Assert.Contains("advertises no feed", result.Error, StringComparison.Ordinal);
        Assert.Equal("https://news.example/story/1", result.Page?.CanonicalUrl?.AbsoluteUri);
    }

    [Fact]
    public void Parse_DuplicateGuids_KeepsFirstAndReports()
    {
        var result = Parse("duplicate-guids.xml");

        Assert.Equal(["echo-1", "echo-2", "https://echo.example/no-guid"], result.Items.Select(i => i.Id));
        Assert.Equal("Bridge closed for repairs", result.Items[0].Title);
        var duplicates = result.Problems.Where(p => p.Kind == FeedProblemKind.DuplicateId).ToList();
        Assert.Equal([1, 4], duplicates.Select(p => p.ItemIndex ?? -1));
    }

    [Fact]
    public void Parse_ItemsWithoutLinks_ReportedNotKept()
    {
        var result = Parse("items-without-links.xml");

        Assert.Equal(["Has a link", "Also has a link"], result.Items.Select(i => i.Title));
        Assert.Equal(2, result.Problems.Count(p => p.Kind == FeedProblemKind.MissingLink));
        Assert.Equal(2, result.Problems.Count(p => p.Kind == FeedProblemKind.InvalidLink));
        Assert.Contains(result.Problems, p => p.ItemIndex == 1 && p.ItemId == "sparse-2");
    }

    [Fact]
    public void Parse_RelativeAndProtocolRelativeLinks_ResolvedAgainstFeedUrl()
    {
        var result = Parse("protocol-relative-links.xml", "https://feeds.relative.example/news/rss.xml");

        Assert.Equal(
        [
            "https://cdn.relative.example/stories/one",
            "https://feeds.relative.example/stories/two",
            "https://feeds.relative.example/news/three.html",
            "https://feeds.relative.example/archive/four",
            "https://feeds.relative.example/news/five?at=10:30",
            "https://other.relative.example/base/six",
        ], result.Items.Select(i => i.Link.AbsoluteUri));
        Assert.Equal("https://relative.example/", result.SiteUrl?.AbsoluteUri);
    }

    [Fact]
    public void Parse_Rfc822NamedZones_ReadWithOffsets()
    {
        var result = Parse("rfc822-dates-named-zones.xml");
        var dates = result.Items.ToDictionary(i => i.Title!, i => i.Published);

        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.Zero), dates["GMT"]);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.FromHours(-5)), dates["EST"]);
        Assert.Equal(new DateTimeOffset(2024, 7, 10, 18, 0, 0, TimeSpan.FromHours(-7)), dates["PDT"]);
        Assert.Equal(new DateTimeOffset(2024, 7, 10, 18, 0, 0, TimeSpan.FromHours(2)), dates["CEST"]);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 30, 0, new TimeSpan(5, 30, 0)), dates["Numeric offset"]);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.Zero), dates["No weekday, no seconds, two-digit year"]);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.FromHours(1)), dates["German month"]);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.FromHours(1)), dates["ISO 8601 in pubDate"]);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.Zero), dates["No zone"]);
        Assert.Null(dates["Broken"]);
        Assert.Null(dates["Impossible day"]);
        Assert.Null(dates["Unknown zone"]);
        Assert.Equal(12, result.Items.Count);
        Assert.Equal(3, result.Problems.Count(p => p.Kind == FeedProblemKind.InvalidDate));
        Assert.Single(result.Problems, p => p.Kind == FeedProblemKind.DateWithoutZone);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n ")]
    public void Parse_EmptyBody_ReportsEmpty(string body)
    {
        var result = FeedParser.Parse(Encoding.UTF8.GetBytes(body), new Uri("https://x.example/feed"));

        Assert.Equal(FeedKind.Unknown, result.Kind);
        Assert.Contains(result.Problems, p => p.Kind == FeedProblemKind.Empty);
    }

    [Fact]
    public void Parse_BinaryGarbage_ReportsUnknownFormat()
    {
        var result = FeedParser.Parse(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, new Uri("https://x.example/feed"));

        Assert.Equal(FeedKind.Unknown, result.Kind);
        Assert.Contains("not XML, JSON or HTML", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OtherXmlVocabulary_ReportsRootElement()
    {
        var result = FeedParser.Parse("<?xml version=\"1.0\"?><catalog><book/></catalog>"u8.ToArray(), new Uri("https://x.example/feed"));

        Assert.Equal(FeedKind.Unknown, result.Kind);
        Assert.Contains("<catalog>", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ControlCharactersInTitle_DroppedNotFatal()
    {
        var xml = "<rss version=\"2.0\"><channel><title>T</title><item><title>Bad\u0001title\u000b here</title><link>https://x.example/a</link></item></channel></rss>";
        var result = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri("https://x.example/feed"));

        Assert.Null(result.Error);
        Assert.Equal("Bad title here", result.Items.Single().Title);
    }

    [Fact]
    public void Parse_FiftyMegabyteFeed_StreamsAllItems()
    {
        var body = LargeFeed(targetBytes: 50 * 1024 * 1024, out var itemCount);

        var result = FeedParser.Parse(body, new Uri("https://big.example/feed"));

        Assert.Null(result.Error);
        Assert.Equal(itemCount, result.Items.Count);
        Assert.Equal("https://big.example/story/0", result.Items[0].Link.AbsoluteUri);
    }

    [Fact]
    public void Parse_MoreItemsThanCap_KeepsCapAndReports()
    {
        var body = LargeFeed(targetBytes: 200_000, out _);

        var result = FeedParser.Parse(body, new Uri("https://big.example/feed"), options: new FeedParserOptions { MaxItems = 10 });

        Assert.Equal(10, result.Items.Count);
        Assert.Contains(result.Problems, p => p.Kind == FeedProblemKind.TooManyItems);
    }

    private static byte[] LargeFeed(int targetBytes, out int itemCount)
    {
        var padding = new string('x', 10_000);
        using var stream = new MemoryStream(targetBytes + 4096);
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true))
        {
            writer.Write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title>");
            itemCount = 0;
            while (stream.Length + 4096 < targetBytes)
            {
                writer.Write($"<item><title>Story {itemCount}</title><link>https://big.example/story/{itemCount}</link><description>{padding}</description></item>");
                itemCount++;
                if (itemCount % 1000 == 0)
                {
                    writer.Flush();
                }
            }
            writer.Write("</channel></rss>");
        }
        return stream.ToArray();
    }
}
