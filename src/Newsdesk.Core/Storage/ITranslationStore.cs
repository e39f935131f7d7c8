using Newsdesk.Model;

namespace Newsdesk.Storage;

/// <summary>Translations with the gate's and the editors' decisions, the translation memory and the glossary.</summary>
public interface ITranslationStore
{

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


    /// <summary>The stored target texts of the keys that exist.</summary>
    Task<IReadOnlyDictionary<string, string>> GetMemoryAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Stores segments, replacing those with the same key.</summary>
    Task PutMemoryAsync(IReadOnlyCollection<MemorySegment> segments, DateTimeOffset now, CancellationToken cancellationToken);

    Task<long> CountMemoryAsync(CancellationToken cancellationToken);

    /// <summary>The memory segments a translation brought (see <see cref="TranslationDraft.MemoryCandidates"/>); empty when there is no such translation.</summary>
    Task<IReadOnlyList<MemorySegment>> GetMemoryCandidatesAsync(TranslationId id, CancellationToken cancellationToken);

    /// <summary>Removes memory segments: those matching the filter, or exactly the given segments (same key and target text).</summary>
    /// <returns>How many were removed.</returns>
    Task<long> ForgetMemoryAsync(MemoryFilter filter, CancellationToken cancellationToken);

    /// <summary>Glossary entries of one pair, or of all pairs when both are null.</summary>
    Task<IReadOnlyList<GlossaryEntry>> ListGlossaryAsync(LanguageTag? source, LanguageTag? target, CancellationToken cancellationToken);

    /// <summary>Adds an entry, or replaces the entry for the same pair and term.</summary>
    Task AddGlossaryEntryAsync(GlossaryEntry entry, DateTimeOffset now, CancellationToken cancellationToken);

    Task<bool> RemoveGlossaryEntryAsync(LanguageTag source, LanguageTag target, string term, CancellationToken cancellationToken);
}
