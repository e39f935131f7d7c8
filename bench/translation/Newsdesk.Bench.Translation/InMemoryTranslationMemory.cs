using System.Collections.Concurrent;
using Newsdesk.Translation;

namespace Newsdesk.Bench.Translation;

/// <summary>The bench's stand-in for the store-backed translation memory (the SQLite store replaces it once it exists).</summary>
internal sealed class InMemoryTranslationMemory : ITranslationMemory
{
    private readonly ConcurrentDictionary<TranslationMemoryKey, TranslationMemoryEntry> _entries = new();

    public Task<IReadOnlyDictionary<TranslationMemoryKey, TranslationMemoryEntry>> GetManyAsync(
        IReadOnlyCollection<TranslationMemoryKey> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<TranslationMemoryKey, TranslationMemoryEntry>();
        foreach (var key in keys)
        {
            if (_entries.TryGetValue(key, out var entry))
            {
                found[key] = entry;
            }
        }
        return Task.FromResult<IReadOnlyDictionary<TranslationMemoryKey, TranslationMemoryEntry>>(found);
    }

    public Task PutManyAsync(IReadOnlyCollection<TranslationMemoryEntry> entries, CancellationToken cancellationToken)
    {
        foreach (var entry in entries)
        {
            _entries[entry.Key] = entry;
        }
        return Task.CompletedTask;
    }
}
