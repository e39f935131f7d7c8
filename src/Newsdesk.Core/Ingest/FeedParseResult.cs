using Newsdesk.Model;

namespace Newsdesk.Ingest;

/// <summary>Everything parsing one fetched document produced: never an exception, always this.</summary>
public sealed record FeedParseResult
{
    public FeedKind Kind { get; init; }

    /// <summary>The URL the document was fetched from; relative links were resolved against it.</summary>
    public required Uri SourceUrl { get; init; }

    public string? Title { get; init; }

    /// <summary>The site's home page as the feed names it.</summary>
    public Uri? SiteUrl { get; init; }

    public LanguageTag? Language { get; init; }

    /// <summary>Valid entries, in document order, each id once.</summary>
    public IReadOnlyList<FeedItem> Items { get; init; } = [];

    /// <summary>For a sitemap index: the sitemaps to fetch next.</summary>
    public IReadOnlyList<SitemapReference> SitemapChildren { get; init; } = [];

    /// <summary>For an HTML page: the feeds it advertises.</summary>
    public IReadOnlyList<DiscoveredFeed> DiscoveredFeeds { get; init; } = [];

    /// <summary>For an HTML page: title, declared canonical URL and language.</summary>
    public HtmlPageInfo? Page { get; init; }

    /// <summary>Every problem found, document-level and per item. Items with problems that made them unusable are not in <see cref="Items"/>.</summary>
    public IReadOnlyList<FeedProblem> Problems { get; init; } = [];

    /// <summary>Set when the document as a whole is unusable or only partly read (not a feed, malformed, refused): one sentence for the source's error column.</summary>
    public string? Error { get; init; }

    /// <summary>The document was cut short by an error; <see cref="Items"/> holds what came before it.</summary>
    public bool IsPartial { get; init; }

    /// <summary>The character encoding the text was decoded with (web name), when it was text.</summary>
    public string? Encoding { get; init; }

    /// <summary>True when the document is a usable feed or sitemap (possibly partial), false for errors and HTML pages.</summary>
    public bool IsFeed => Kind is not (FeedKind.Unknown or FeedKind.HtmlPage) && (Error is null || IsPartial);
}
