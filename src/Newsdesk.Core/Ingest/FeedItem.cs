using Newsdesk.Model;

namespace Newsdesk.Ingest;

/// <summary>One raw entry of a feed or sitemap, as the source described it (not yet fetched or extracted).</summary>
public sealed record FeedItem
{
    /// <summary>The entry's own id (RSS guid, Atom id, JSON Feed id, RDF about, sitemap loc); the link when it has none.</summary>
    public required string Id { get; init; }

    /// <summary>Absolute http(s) link to the story page, resolved against xml:base and the feed URL.</summary>
    public required Uri Link { get; init; }

    /// <summary>Plain-text title (markup stripped, entities decoded, whitespace collapsed).</summary>
    public string? Title { get; init; }

    /// <summary>Summary as the feed gave it; may contain HTML, so sanitise before showing it.</summary>
    public string? Summary { get; init; }

    /// <summary>Full content when the feed carries it (content:encoded, Atom content, content_html); may contain HTML.</summary>
    public string? ContentHtml { get; init; }

    public DateTimeOffset? Published { get; init; }

    /// <summary>Last modification (Atom updated, sitemap lastmod, JSON Feed date_modified).</summary>
    public DateTimeOffset? Updated { get; init; }

    public string? Author { get; init; }

    /// <summary>The entry's language when it states one (xml:lang, news:language, JSON Feed language), else the feed's.</summary>
    public LanguageTag? Language { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Absolute URL of the entry's image when the feed names one (enclosure, media:content, JSON Feed image).</summary>
    public Uri? ImageUrl { get; init; }
}
