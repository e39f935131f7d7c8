using Newsdesk.Storage;

namespace Newsdesk.Translation;

/// <summary>The translation memory kept in the desk's store (SQLite or PostgreSQL), keyed by <see cref="TranslationMemoryKey.StorageKey"/>.</summary>
public sealed class NewsStoreTranslationMemory : ITranslationMemory
{
    private readonly ITranslationStore _store;
    private readonly TimeProvider _time;

    public NewsStoreTranslationMemory(ITranslationStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    public async Task<IReadOnlyDictionary<TranslationMemoryKey, TranslationMemoryEntry>> GetManyAsync(
        IReadOnlyCollection<TranslationMemoryKey> keys, CancellationToken cancellationToken)
    {
        var byStorageKey = keys.DistinctBy(k => k.StorageKey).ToDictionary(k => k.StorageKey, StringComparer.Ordinal);
        var found = await _store.GetMemoryAsync(byStorageKey.Keys.ToList(), cancellationToken);
        var result = new Dictionary<TranslationMemoryKey, TranslationMemoryEntry>();
        foreach (var (storageKey, target) in found)
        {
            if (byStorageKey.TryGetValue(storageKey, out var key))
            {
                // The store keeps the source text too, but the exact key already proves the source matched.
                result[key] = new TranslationMemoryEntry(key, "", target);
            }
        }
        return result;
    }

    public Task PutManyAsync(IReadOnlyCollection<TranslationMemoryEntry> entries, CancellationToken cancellationToken) =>
        _store.PutMemoryAsync(entries.Select(ToSegment).ToList(), _time.GetUtcNow(), cancellationToken);

    /// <summary>The stored form of a memory entry.</summary>
    public static MemorySegment ToSegment(TranslationMemoryEntry e) =>
        new(e.Key.StorageKey, e.Key.SourceLanguage.Value, e.Key.TargetLanguage.Value, e.Key.Engine, e.SourceHtml, e.TargetHtml);
}
