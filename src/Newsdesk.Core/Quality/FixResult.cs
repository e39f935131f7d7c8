namespace Newsdesk.Quality;

/// <summary>The outcome of the fix step: the fixed text, what was changed, and the report on the fixed text.</summary>
/// <param name="Text">The target after all safe fixes.</param>
/// <param name="Applied">Fixes applied, in the order of their position in the original text.</param>
/// <param name="Report">The gate's report on the fixed text; findings that needed an editor remain.</param>
public sealed record FixResult(string Text, IReadOnlyList<AppliedFix> Applied, QualityReport Report);
