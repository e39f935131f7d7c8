using Newsdesk.Model;

namespace Newsdesk.Storage;

/// <summary>Fetched pages and the articles extracted from them, with their revisions and same-story clusters.</summary>
public interface IArticleStore
{
    /// <summary>Stores a fetched page (replacing an earlier fetch of the same URL); returns its id.</summary>
    Task<PageId> SavePageAsync(FetchedPage page, CancellationToken cancellationToken);

    Task<FetchedPage?> GetPageAsync(PageId id, CancellationToken cancellationToken);

    /// <summary>Records what an extracted page is and why (cleared when the page is fetched again).</summary>
    Task RecordPageKindAsync(PageId page, PageKind kind, string? reason, CancellationToken cancellationToken);

    /// <summary>Extracted pages per source and kind (articles included), for `jobs status` and `sources list`.</summary>
    Task<IReadOnlyList<PageKindCount>> CountPageKindsAsync(CancellationToken cancellationToken);

    /// <summary>The most recent pages of one kind with the evidence, newest first.</summary>
    Task<IReadOnlyList<PageKindSample>> ListPagesOfKindAsync(PageKind kind, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Stores an article by its canonical URL: new, a new revision when its content hash changed, or unchanged.
    /// Idempotent: saving the same draft twice stores it once.
    /// </summary>
    Task<ArticleSaveOutcome> SaveArticleAsync(ArticleDraft draft, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Moves an article (alone in its cluster) into another story's cluster; false when it is not alone or does not exist.</summary>
    Task<bool> JoinClusterAsync(ArticleId article, ArticleId cluster, CancellationToken cancellationToken);

    Task<StoredArticle?> GetArticleAsync(ArticleId id, CancellationToken cancellationToken);

    Task<StoredArticle?> FindArticleByUrlAsync(string canonicalUrl, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<StoredArticle>> ListArticlesAsync(int limit, CancellationToken cancellationToken);

    Task<long> CountArticlesAsync(CancellationToken cancellationToken);

    /// <summary>Fingerprints of articles stored since a time with an id above <paramref name="after"/> (for incremental near-duplicate indexes).</summary>
    Task<IReadOnlyList<ArticleFingerprint>> ListFingerprintsSinceAsync(DateTimeOffset since, ArticleId after, CancellationToken cancellationToken);
}
