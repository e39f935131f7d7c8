namespace Newsdesk.Storage;

/// <summary>One translation-memory entry: an exact source segment and its translation, under a key that also encodes engine and glossary version.</summary>
public sealed record MemorySegment(string Key, string SourceLanguage, string TargetLanguage, string Engine, string SourceText, string TargetText);

/// <summary>
/// Which memory segments to forget. Null fields match everything; <see cref="Segments"/>, when given, limits the removal to
/// those exact segments (same key and same target text, so a later, accepted rendering under the same key stays).
/// </summary>
public sealed record MemoryFilter(
    string? Engine = null,
    string? SourceLanguage = null,
    string? TargetLanguage = null,
    DateTimeOffset? Before = null,
    IReadOnlyCollection<MemorySegment>? Segments = null);
