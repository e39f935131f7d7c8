namespace Newsdesk.Translation;

/// <summary>A source segment ready for an engine: inline HTML with placeholders, and what each placeholder stands for.</summary>
public sealed record ProtectedSegment(string Html, IReadOnlyList<ProtectedSpan> Spans);
