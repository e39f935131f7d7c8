namespace Newsdesk.Translation;

/// <summary>What an engine can do, so the pipeline chooses how to prepare what it sends.</summary>
public sealed record EngineCapabilities
{
    /// <summary>The engine keeps inline HTML (links, emphasis) in place when translating.</summary>
    public bool SupportsMarkup { get; init; } = true;

    /// <summary>The engine applies preferred renderings itself (native glossaries or a prompt); otherwise the pipeline uses placeholders.</summary>
    public bool SupportsGlossary { get; init; }

    public bool SupportsFormality { get; init; }

    /// <summary>The engine says which words it did not know (<see cref="EngineResult.Unknown"/>), for the pipeline to mend.</summary>
    public bool MarksUnknownWords { get; init; }

    public PlaceholderStyle Placeholders { get; init; } = PlaceholderStyle.VoidTag;

    /// <summary>Most segments one call may carry; the pipeline splits larger articles.</summary>
    public int MaxSegmentsPerCall { get; init; } = 200;

    /// <summary>Most source characters one call may carry.</summary>
    public int MaxCharactersPerCall { get; init; } = 100_000;
}
