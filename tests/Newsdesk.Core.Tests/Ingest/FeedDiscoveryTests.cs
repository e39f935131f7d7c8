using Newsdesk.Ingest;
using Newsdesk.Model;

namespace Newsdesk.Tests.Ingest;

public class FeedDiscoveryTests
{
    [Fact]
    public void FindFeeds_HomePage_AbsoluteFeedsCommentsLast()
    {
        var feeds = FeedDiscovery.FindFeeds(Fixtures.Bytes("feeds/home-page-with-alternate-links.html"), new Uri("https://bergbote.example/"));

        Assert.Equal(
        [
            "https://www.bergbote.example/ch/feeds/alle.rss",
            "https://cdn.bergbote.example/atom.xml",
            "https://www.bergbote.example/feed.json",
            "https://www.bergbote.example/ch/kommentare.rss",
        ], feeds.Select(f => f.Url.AbsoluteUri));
        Assert.Equal(["application/rss+xml", "application/atom+xml", "application/feed+json", "application/rss+xml"], feeds.Select(f => f.MediaType));
        Assert.Equal("Alle Artikel", feeds[0].Title);
    }

    [Fact]
    public void Parse_HomePage_PageInfoFromMetadata()
    {
        var result = FeedParser.Parse(Fixtures.Bytes("feeds/home-page-with-alternate-links.html"), new Uri("https://bergbote.example/"));

        Assert.Equal(FeedKind.HtmlPage, result.Kind);
        Assert.Equal("Bergbote", result.Page?.Title);
        Assert.Equal("https://www.bergbote.example/ch/", result.Page?.CanonicalUrl?.AbsoluteUri);
        Assert.Equal("de-CH", result.Page?.Language?.Value);
        Assert.Equal(4, result.DiscoveredFeeds.Count);
    }

    [Fact]
    public void FindFeeds_NoAlternateLinks_Empty()
    {
        Assert.Empty(FeedDiscovery.FindFeeds("<html><head><link rel=stylesheet href=a.css></head></html>", new Uri("https://x.example/")));
    }

    [Theory]
    [InlineData(FeedKind.Rss1Rdf, SourceKind.Rss)]
    [InlineData(FeedKind.NewsSitemap, SourceKind.Sitemap)]
    [InlineData(FeedKind.SitemapIndex, SourceKind.Sitemap)]
    [InlineData(FeedKind.HtmlPage, SourceKind.Page)]
    public void ToSourceKind_DetectedKinds_Mapped(FeedKind kind, SourceKind expected)
    {
        Assert.Equal(expected, kind.ToSourceKind());
        Assert.Null(FeedKind.Unknown.ToSourceKind());
    }
}
