namespace Newsdesk.Processing;

/// <summary>How sources are followed.</summary>
public sealed record IngestOptions
{
    /// <summary>At most this many entries of one feed or sitemap become page fetches per fetch (newest first).</summary>
    public int MaxItemsPerFetch { get; init; } = 200;

    /// <summary>Entries of a plain sitemap older than this are skipped (sitemaps list a site's whole archive).</summary>
    public TimeSpan SitemapMaxAge { get; init; } = TimeSpan.FromDays(3);

    /// <summary>A failing source is retried after its poll interval times 2^(errors-1), at most this long.</summary>
    public TimeSpan MaxSourceBackoff { get; init; } = TimeSpan.FromHours(12);

    /// <summary>Articles stored within this window are compared for near-duplicates.</summary>
    public TimeSpan NearDuplicateWindow { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Most differing SimHash bits for two texts to count as the same story.</summary>
    public int NearDuplicateMaxDistance { get; init; } = Ingest.SimHash.RecommendedMaxDistance;
}
