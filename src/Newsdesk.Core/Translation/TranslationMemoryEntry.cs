namespace Newsdesk.Translation;

/// <summary>A finished segment translation (placeholders restored, typography applied) stored for reuse.</summary>
/// <param name="Key">The exact-match key.</param>
/// <param name="SourceHtml">The source segment (kept for editors and for fuzzy matching later).</param>
/// <param name="TargetHtml">The translated inline HTML.</param>
public sealed record TranslationMemoryEntry(TranslationMemoryKey Key, string SourceHtml, string TargetHtml);
