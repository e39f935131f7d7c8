namespace Newsdesk.Translation;

/// <summary>Something the pipeline noticed about one translated segment, for the quality gate and editors.</summary>
/// <param name="Code">Stable code: "placeholder-lost", "glossary-missing", "glossary-avoided", "markup-dropped".</param>
/// <param name="Message">What happened, in words.</param>
public sealed record SegmentIssue(string Code, string Message);
