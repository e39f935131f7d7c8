namespace Newsdesk.Translation;

/// <summary>Where a segment's translation came from.</summary>
public enum SegmentProvenance
{
    /// <summary>Reused from the translation memory: no engine call.</summary>
    Memory,

    /// <summary>Translated by the engine in this run.</summary>
    Engine,

    /// <summary>The engine failed for this segment; see the result's failures.</summary>
    Failed,
}
