namespace Newsdesk.Ingest;

/// <summary>A child sitemap listed by a sitemap index, to be fetched and parsed in turn.</summary>
public sealed record SitemapReference(Uri Url, DateTimeOffset? LastModified);
