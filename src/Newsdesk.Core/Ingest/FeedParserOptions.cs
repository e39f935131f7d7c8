namespace Newsdesk.Ingest;

/// <summary>Limits for <see cref="FeedParser"/>.</summary>
public sealed record FeedParserOptions
{
    /// <summary>Entries kept per document; the sitemap protocol allows 50,000 per file.</summary>
    public int MaxItems { get; init; } = 50_000;

    /// <summary>Cap on the decompressed size of a gzip-compressed document (sitemap.xml.gz).</summary>
    public long MaxDecompressedBytes { get; init; } = 64L * 1024 * 1024;

    public static FeedParserOptions Default { get; } = new();
}
