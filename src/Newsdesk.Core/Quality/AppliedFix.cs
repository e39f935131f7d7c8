namespace Newsdesk.Quality;

/// <summary>A fix the auto-fixer applied: where, what it replaced and with what.</summary>
/// <param name="Rule">Rule id of the finding that was fixed.</param>
/// <param name="Span">Where the replaced text was in the text before fixing.</param>
/// <param name="Before">The replaced text.</param>
/// <param name="After">The new text.</param>
public sealed record AppliedFix(string Rule, TextSpan Span, string Before, string After);
