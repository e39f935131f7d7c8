namespace Newsdesk.Ingest;

/// <summary>A feed advertised by an HTML page through &lt;link rel="alternate"&gt;.</summary>
/// <param name="Url">Absolute URL of the feed.</param>
/// <param name="MediaType">The advertised type (application/rss+xml, application/atom+xml, application/feed+json...).</param>
/// <param name="Title">The link's title attribute, when present.</param>
public sealed record DiscoveredFeed(Uri Url, string MediaType, string? Title);
