namespace Newsdesk.Ingest;

/// <summary>What a fetched document turned out to be.</summary>
public enum FeedKind
{
    /// <summary>Not recognised (empty, binary, or XML/JSON of another vocabulary).</summary>
    Unknown,
    /// <summary>RSS 2.0 (also 0.9x, which share the shape).</summary>
    Rss2,
    /// <summary>RSS 1.0 / RDF Site Summary.</summary>
    Rss1Rdf,
    Atom,
    /// <summary>JSON Feed 1.0 or 1.1.</summary>
    JsonFeed,
    /// <summary>An XML sitemap (urlset) without Google News entries.</summary>
    Sitemap,
    /// <summary>An XML sitemap whose entries carry Google News metadata (news:news).</summary>
    NewsSitemap,
    /// <summary>A sitemap index: no items, only child sitemaps to follow.</summary>
    SitemapIndex,
    /// <summary>An HTML page: a single article, or a home page whose feeds were discovered.</summary>
    HtmlPage,
}
