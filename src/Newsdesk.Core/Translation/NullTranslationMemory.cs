namespace Newsdesk.Translation;

/// <summary>A translation memory that remembers nothing (one-off `newsdesk translate` of a file without a store).</summary>
public sealed class NullTranslationMemory : ITranslationMemory
{
    public static NullTranslationMemory Instance { get; } = new();

    public Task<IReadOnlyDictionary<TranslationMemoryKey, TranslationMemoryEntry>> GetManyAsync(
        IReadOnlyCollection<TranslationMemoryKey> keys, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<TranslationMemoryKey, TranslationMemoryEntry>>(
            new Dictionary<TranslationMemoryKey, TranslationMemoryEntry>());

    public Task PutManyAsync(IReadOnlyCollection<TranslationMemoryEntry> entries, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
