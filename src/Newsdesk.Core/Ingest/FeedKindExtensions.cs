using Newsdesk.Model;

namespace Newsdesk.Ingest;

/// <summary>Maps what a document turned out to be onto the source kinds stored for a source.</summary>
public static class FeedKindExtensions
{
    /// <summary>The source kind to record for an Auto source after its first parse; null when the document is unusable.
    /// An HTML page maps to <see cref="SourceKind.Page"/>: when it advertises feeds, following one of those is usually
    /// what was meant, which is the caller's decision (see <see cref="FeedParseResult.DiscoveredFeeds"/>).</summary>
    public static SourceKind? ToSourceKind(this FeedKind kind) => kind switch
    {
        FeedKind.Rss2 or FeedKind.Rss1Rdf => SourceKind.Rss,
        FeedKind.Atom => SourceKind.Atom,
        FeedKind.JsonFeed => SourceKind.JsonFeed,
        FeedKind.Sitemap or FeedKind.NewsSitemap or FeedKind.SitemapIndex => SourceKind.Sitemap,
        FeedKind.HtmlPage => SourceKind.Page,
        _ => null,
    };
}
