namespace Newsdesk.Translation;

/// <summary>The outcome of one engine call: translated segments in input order and their cost, or a typed failure.</summary>
public sealed record EngineResult
{
    private EngineResult(IReadOnlyList<string>? segments, TranslationCost cost, EngineFailure? failure)
    {
        Segments = segments ?? [];
        Cost = cost;
        Failure = failure;
    }

    public IReadOnlyList<string> Segments { get; }

    /// <summary>Cost of the call; a failed call can still have cost (tokens spent on a refused answer).</summary>
    public TranslationCost Cost { get; }

    public EngineFailure? Failure { get; }

    /// <summary>
    /// Per segment, the source words the engine did not know and left as they were (Apertium marks them); empty when the
    /// engine does not say. The pipeline may mend them (see <see cref="IUnknownWordResolver"/>).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Unknown { get; private init; } = [];

    public bool IsSuccess => Failure is null;

    public static EngineResult Success(IReadOnlyList<string> segments, TranslationCost cost) => new(segments, cost, null);

    /// <summary>Success, with the words the engine left untranslated in each segment.</summary>
    public static EngineResult Success(IReadOnlyList<string> segments, TranslationCost cost, IReadOnlyList<IReadOnlyList<string>> unknown) =>
        new(segments, cost, null) { Unknown = unknown };

    public static EngineResult Failed(EngineFailure failure, TranslationCost cost = default) => new(null, cost, failure);
}
