namespace Newsdesk.Translation;

/// <summary>Something the pipeline noticed about one translated segment, for the quality gate and editors.</summary>
/// <param name="Code">Stable code: "glossary-missing", "glossary-avoided", "markup-dropped", "unknown-word-mended", "unknown-word-left", "glossary-replaced";
/// for a segment an engine returned broken (which fails it): "placeholder-missing", "placeholder-doubled", "placeholder-unknown",
/// "placeholder-nesting", "placeholder-order", "mask-remnant".</param>
/// <param name="Message">What happened, in words.</param>
/// <param name="Before">For a change the pipeline made after the engine: the text it replaced.</param>
/// <param name="After">For such a change: the new text.</param>
public sealed record SegmentIssue(string Code, string Message, string? Before = null, string? After = null)
{
    /// <summary>An unknown word (<see cref="Before"/>) the desk left as the engine wrote it, having no safe rendering.</summary>
    public const string UnknownWordLeft = "unknown-word-left";
}
