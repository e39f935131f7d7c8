namespace Newsdesk.Quality;

/// <summary>A replacement of one span of the target that is safe to apply without an editor.</summary>
/// <param name="Span">What to replace; may be wider than the finding's span (a removed line takes its line break).</param>
/// <param name="Replacement">The new text; empty to delete.</param>
public sealed record TextEdit(TextSpan Span, string Replacement);
