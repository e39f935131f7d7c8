using Newsdesk.Model;

namespace Newsdesk.Storage;

/// <summary>
/// Everything Newsdesk keeps, behind one interface with one implementation per SQL dialect
/// (SQLite, the embedded default, and PostgreSQL). The contract test suite runs on both.
/// </summary>
public interface INewsStore
{
    /// <summary>"sqlite" or "postgres".</summary>
    string Dialect { get; }

    /// <summary>Applies the numbered migrations not yet applied; returns their names.</summary>
    Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken);

    // --- sources -------------------------------------------------------------------------------

    /// <summary>Adds a source; adding a URL that is already followed is an error naming the existing source.</summary>
    Task<Source> AddSourceAsync(SourceDraft draft, DateTimeOffset now, CancellationToken cancellationToken);

    Task<Source?> GetSourceAsync(SourceId id, CancellationToken cancellationToken);

    Task<Source?> FindSourceByUrlAsync(string url, CancellationToken cancellationToken);

    Task<IReadOnlyList<Source>> ListSourcesAsync(CancellationToken cancellationToken);

    /// <summary>Saves the user-editable settings of a source (name, kind, language, licence, noindex, interval, paused).</summary>
    Task UpdateSourceSettingsAsync(Source source, CancellationToken cancellationToken);

    /// <summary>Removes a source and its feed items; stored articles stay.</summary>
    Task<bool> RemoveSourceAsync(SourceId id, CancellationToken cancellationToken);

    /// <summary>Unpaused sources whose next fetch time has come.</summary>
    Task<IReadOnlyList<Source>> ListDueSourcesAsync(DateTimeOffset now, CancellationToken cancellationToken);

    Task RecordSourceFetchAsync(SourceId id, SourceFetchRecord record, CancellationToken cancellationToken);

    // --- feed items and pages ------------------------------------------------------------------

    /// <summary>Records entries seen in a source; returns those that are new (or a new version of a known one).</summary>
    Task<IReadOnlyList<FeedItemDraft>> AddFeedItemsAsync(SourceId source, IReadOnlyList<FeedItemDraft> items, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Stores a fetched page (replacing an earlier fetch of the same URL); returns its id.</summary>
    Task<long> SavePageAsync(FetchedPage page, CancellationToken cancellationToken);

    Task<FetchedPage?> GetPageAsync(long id, CancellationToken cancellationToken);

    // --- articles ------------------------------------------------------------------------------

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

    // --- translations --------------------------------------------------------------------------

    /// <summary>Stores the translation of an article into a language, replacing an earlier one (a new revision re-translates).</summary>
    Task<TranslationId> SaveTranslationAsync(TranslationDraft draft, DateTimeOffset now, CancellationToken cancellationToken);

    Task<StoredTranslation?> GetTranslationAsync(TranslationId id, CancellationToken cancellationToken);

    Task<StoredTranslation?> FindTranslationAsync(ArticleId article, LanguageTag language, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredTranslation>> ListTranslationsForArticleAsync(ArticleId article, CancellationToken cancellationToken);

    /// <summary>Newest first (published time for published ones, last update otherwise).</summary>
    Task<IReadOnlyList<StoredTranslation>> ListTranslationsAsync(TranslationQuery query, CancellationToken cancellationToken);

    /// <summary>Engine cost per engine and target language over all stored translations.</summary>
    Task<IReadOnlyList<TranslationCostSummary>> SummarizeCostsAsync(CancellationToken cancellationToken);

    /// <summary>Records the quality gate's verdict, findings and applied fixes (and the fixed content).</summary>
    Task RecordCheckAsync(TranslationId id, TranslationCheck check, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>An editor's decision: publish (approve, possibly with edited content) or reject. False when there is no such translation.</summary>
    Task<bool> ReviewTranslationAsync(TranslationId id, TranslationStatus status, string reviewer, ExtractedArticle? editedContent, DateTimeOffset now, CancellationToken cancellationToken);

    // --- translation memory and glossary --------------------------------------------------------

    /// <summary>The stored target texts of the keys that exist.</summary>
    Task<IReadOnlyDictionary<string, string>> GetMemoryAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Stores segments, replacing those with the same key.</summary>
    Task PutMemoryAsync(IReadOnlyCollection<MemorySegment> segments, DateTimeOffset now, CancellationToken cancellationToken);

    Task<long> CountMemoryAsync(CancellationToken cancellationToken);

    /// <summary>Glossary entries of one pair, or of all pairs when both are null.</summary>
    Task<IReadOnlyList<GlossaryEntry>> ListGlossaryAsync(LanguageTag? source, LanguageTag? target, CancellationToken cancellationToken);

    /// <summary>Adds an entry, or replaces the entry for the same pair and term.</summary>
    Task AddGlossaryEntryAsync(GlossaryEntry entry, DateTimeOffset now, CancellationToken cancellationToken);

    Task<bool> RemoveGlossaryEntryAsync(LanguageTag source, LanguageTag target, string term, CancellationToken cancellationToken);

    // --- jobs ----------------------------------------------------------------------------------

    /// <summary>Enqueues jobs; a job whose dedupe key was seen before is skipped. Returns how many were added.</summary>
    Task<int> EnqueueAsync(IReadOnlyList<JobDraft> jobs, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Leases up to <paramref name="max"/> runnable jobs (pending and due, or running with an expired lease) to one worker.
    /// Safe with many processes: no job is leased to two workers at once.
    /// </summary>
    Task<IReadOnlyList<Job>> LeaseJobsAsync(string worker, int max, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Extends a lease still held; false when it was lost.</summary>
    Task<bool> ExtendLeaseAsync(Job job, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Marks a job done and enqueues its follow-up jobs in one transaction; false (and nothing written) when the lease was lost.</summary>
    Task<bool> CompleteJobAsync(Job job, IReadOnlyList<JobDraft> followUps, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records a failure: retried at <paramref name="retryAt"/>, or failed for good when it is null or attempts are used up.</summary>
    Task<bool> FailJobAsync(Job job, string error, DateTimeOffset? retryAt, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Puts a leased job back to run at <paramref name="runAfter"/> without counting the attempt (the job was not at fault).</summary>
    Task<bool> RescheduleJobAsync(Job job, DateTimeOffset runAfter, string reason, DateTimeOffset now, CancellationToken cancellationToken);

    Task<JobCounts> CountJobsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<FailedJob>> ListFailedJobsAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Records one run of a diagnostic probe job (used to prove jobs run exactly once across processes).</summary>
    Task RecordProbeRunAsync(JobId job, string worker, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>(runs, distinct jobs) recorded by probe jobs.</summary>
    Task<(long Runs, long DistinctJobs)> CountProbeRunsAsync(CancellationToken cancellationToken);
}
