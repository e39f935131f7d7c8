using Newsdesk.Model;

namespace Newsdesk.Translation;

/// <summary>
/// The outcome of translating one article: the translated article, every segment with its provenance, the cost per
/// engine and the failures with the engine's own message. What the engines returned is not in the translation memory
/// yet: <see cref="MemoryCandidates"/> go there only once the translation is accepted (published by the gate or approved).
/// </summary>
public sealed record ArticleTranslationResult
{
    public required LanguagePair Pair { get; init; }

    /// <summary>Engine chosen for the article.</summary>
    public required string Engine { get; init; }

    /// <summary>The translated article; failed segments keep their source text (see <see cref="IsComplete"/>).</summary>
    public required ExtractedArticle Article { get; init; }

    public required IReadOnlyList<SegmentOutcome> Segments { get; init; }

    /// <summary>Cost per engine name (characters billed, tokens, calls).</summary>
    public required IReadOnlyDictionary<string, TranslationCost> Costs { get; init; }

    public required IReadOnlyList<EngineFailure> Failures { get; init; }

    /// <summary>The memory entries this translation would teach: one per segment an engine translated (not those from the memory).</summary>
    public IReadOnlyList<TranslationMemoryEntry> MemoryCandidates { get; init; } = [];

    /// <summary>Every segment translated.</summary>
    public bool IsComplete => Segments.All(s => s.Provenance != SegmentProvenance.Failed);

    /// <summary>A failure that retrying will not fix (quota, authentication, unknown pair).</summary>
    public bool HasPermanentFailure => Failures.Any(f => f.Kind == FailureKind.Permanent);

    public int EngineCalls => Costs.Values.Sum(c => c.Calls);

    public int MemoryHits => Segments.Count(s => s.Provenance == SegmentProvenance.Memory);

    /// <summary>Words the engine marked as unknown that the desk left as they were (<see cref="SegmentIssue.UnknownWordLeft"/>).</summary>
    public IReadOnlyList<string> UnknownWordsLeft =>
        Segments.SelectMany(s => s.Issues).Where(i => i.Code == SegmentIssue.UnknownWordLeft && i.Before is not null)
            .Select(i => i.Before!).Distinct(StringComparer.Ordinal).ToList();
}
