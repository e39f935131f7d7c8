namespace Newsdesk.Storage;

/// <summary>One translation-memory entry: an exact source segment and its translation, under a key that also encodes engine and glossary version.</summary>
public sealed record MemorySegment(string Key, string SourceLanguage, string TargetLanguage, string Engine, string SourceText, string TargetText);
