namespace Newsdesk.Quality.Alignment;

/// <summary>One step of a sentence alignment: source sentences [SourceStart, SourceStart+SourceCount) match target sentences [TargetStart, TargetStart+TargetCount).</summary>
public readonly record struct AlignmentBead(int SourceStart, int SourceCount, int TargetStart, int TargetCount, double Cost)
{
    public bool IsOmission => SourceCount > 0 && TargetCount == 0;

    public bool IsAddition => SourceCount == 0 && TargetCount > 0;
}
