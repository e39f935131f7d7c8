namespace Newsdesk.Fetching;

/// <summary>One thing to fetch, with the validators of the copy already held (for a conditional GET).</summary>
/// <param name="Url">Absolute http(s) URL.</param>
/// <param name="ETag">The ETag of the stored copy, sent as If-None-Match.</param>
/// <param name="LastModified">The Last-Modified value of the stored copy, sent back verbatim as If-Modified-Since.</param>
/// <param name="Accept">The Accept header; a feed-friendly default when null.</param>
public sealed record FetchRequest(Uri Url, string? ETag = null, string? LastModified = null, string? Accept = null)
{
    /// <summary>Accept header for feeds and sitemaps.</summary>
    public const string FeedAccept = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";

    /// <summary>Accept header for story pages.</summary>
    public const string PageAccept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";
}
