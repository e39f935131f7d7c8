namespace Newsdesk.Translation;

/// <summary>Exact-match translation memory; implemented by the SQLite and PostgreSQL stores.</summary>
public interface ITranslationMemory
{
    /// <summary>Returns the entries found for the keys (missing keys are absent from the result).</summary>
    Task<IReadOnlyDictionary<TranslationMemoryKey, TranslationMemoryEntry>> GetManyAsync(
        IReadOnlyCollection<TranslationMemoryKey> keys, CancellationToken cancellationToken);

    /// <summary>Stores the entries, replacing entries with the same key.</summary>
    Task PutManyAsync(IReadOnlyCollection<TranslationMemoryEntry> entries, CancellationToken cancellationToken);
}
