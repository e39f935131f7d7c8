namespace Newsdesk.Quality;

/// <summary>One defect found in a translation, placed in the target (and in the source where there is one).</summary>
/// <param name="Category">What kind of defect.</param>
/// <param name="Severity">How bad it is.</param>
/// <param name="Span">Where it is in the target, [start, end) in UTF-16 code units.</param>
/// <param name="Rule">A stable rule id such as "number.magnitude-dropped".</param>
/// <param name="Message">What is wrong, in words a journalist understands.</param>
/// <param name="SourceSpan">Where the matching text is in the source, when there is a source.</param>
/// <param name="Suggestion">What to write instead, when the check knows.</param>
/// <param name="Fix">An edit the auto-fixer may apply on its own; null when an editor must decide.</param>
public sealed record Finding(
    FindingCategory Category,
    Severity Severity,
    TextSpan Span,
    string Rule,
    string Message,
    TextSpan? SourceSpan = null,
    string? Suggestion = null,
    TextEdit? Fix = null);
