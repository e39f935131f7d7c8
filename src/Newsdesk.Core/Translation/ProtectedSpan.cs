namespace Newsdesk.Translation;

/// <summary>One protected span: the source text and what goes in its place in the target.</summary>
/// <param name="Index">Placeholder number within the segment (1-based).</param>
/// <param name="Kind">What the span is.</param>
/// <param name="Source">The source text, verbatim.</param>
/// <param name="Rendering">The target text: the same text, or reformatted for the target locale (numbers, dates, glossary rendering).</param>
/// <param name="FollowedByLowercase">In the source a lower-case word follows the span; some engines capitalise the word after a placeholder, and restoring undoes that.</param>
public sealed record ProtectedSpan(int Index, ProtectedSpanKind Kind, string Source, string Rendering, bool FollowedByLowercase = false);
