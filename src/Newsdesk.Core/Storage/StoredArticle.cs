using Newsdesk.Model;

namespace Newsdesk.Storage;

/// <summary>An article as stored: identity, revision, cluster and the extracted content.</summary>
public sealed record StoredArticle
{
    public required ArticleId Id { get; init; }
    public required string CanonicalUrl { get; init; }
    public required string Url { get; init; }
    public SourceId? SourceId { get; init; }
    public int Revision { get; init; }
    public required string ContentHash { get; init; }
    public long SimHash { get; init; }
    /// <summary>The first stored article of the same story (itself when it is the first).</summary>
    public ArticleId ClusterId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public required ExtractedArticle Content { get; init; }
}

/// <summary>The near-duplicate fingerprint of a stored article.</summary>
public readonly record struct ArticleFingerprint(ArticleId Id, ArticleId ClusterId, long SimHash, DateTimeOffset CreatedAt);
