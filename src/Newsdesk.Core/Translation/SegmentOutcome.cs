namespace Newsdesk.Translation;

/// <summary>One translated segment with its provenance.</summary>
/// <param name="Role">Title, lead or body block.</param>
/// <param name="BlockIndex">Index into the article's blocks for body blocks.</param>
/// <param name="SourceHtml">Source inline HTML.</param>
/// <param name="TargetHtml">Translated inline HTML; null when the segment failed.</param>
/// <param name="Provenance">Translation memory, engine, or failed.</param>
/// <param name="Engine">Engine whose translation this is (also for memory hits).</param>
/// <param name="Protected">Spans kept away from the engine in this run (empty for memory hits).</param>
/// <param name="Issues">What the pipeline noticed.</param>
/// <param name="Failure">Why the segment failed, when it did.</param>
public sealed record SegmentOutcome(
    SegmentRole Role,
    int? BlockIndex,
    string SourceHtml,
    string? TargetHtml,
    SegmentProvenance Provenance,
    string Engine,
    IReadOnlyList<ProtectedSpan> Protected,
    IReadOnlyList<SegmentIssue> Issues,
    EngineFailure? Failure = null)
{
    public string SourceText => InlineHtml.ToText(SourceHtml);

    public string? TargetText => TargetHtml is null ? null : InlineHtml.ToText(TargetHtml);
}
