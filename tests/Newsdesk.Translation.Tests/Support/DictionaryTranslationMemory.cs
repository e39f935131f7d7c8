using System.Collections.Concurrent;
using Newsdesk.Translation;

namespace Newsdesk.Tests.Support;

/// <summary>Test double of the store-backed translation memory: a dictionary, with counters.</summary>
public sealed class DictionaryTranslationMemory : ITranslationMemory
{
    private readonly ConcurrentDictionary<TranslationMemoryKey, TranslationMemoryEntry> _entries = new();

    public int Count => _entries.Count;

    public int Puts { get; private set; }

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
            Puts++;
        }
        return Task.CompletedTask;
    }
}
