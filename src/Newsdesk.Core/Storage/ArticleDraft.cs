using Newsdesk.Model;

namespace Newsdesk.Storage;

/// <summary>An extracted article ready to be stored (or to become a new revision of a stored one).</summary>
/// <param name="CanonicalUrl">The normalised canonical URL: the article's identity.</param>
/// <param name="Url">The URL it was fetched from.</param>
/// <param name="SourceId">The source it came through, if any.</param>
/// <param name="Content">The extracted, sanitised article.</param>
/// <param name="ContentHash">Hash of the body text: an unchanged hash is not a new revision.</param>
/// <param name="SimHash">Near-duplicate fingerprint of the body text.</param>
/// <param name="ClusterOf">A stored article this one is a (syndicated) near-duplicate of.</param>
public sealed record ArticleDraft(
    string CanonicalUrl,
    string Url,
    SourceId? SourceId,
    ExtractedArticle Content,
    string ContentHash,
    long SimHash,
    ArticleId? ClusterOf = null);

/// <summary>What saving an article did.</summary>
public enum ArticleSaveKind
{
    Created,
    Revised,
    Unchanged,
}

/// <summary>The result of saving an article: its id, revision and whether anything changed.</summary>
public sealed record ArticleSaveOutcome(ArticleId Id, ArticleSaveKind Kind, int Revision);
