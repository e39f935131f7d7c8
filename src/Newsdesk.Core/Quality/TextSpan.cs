namespace Newsdesk.Quality;

/// <summary>A half-open range [Start, End) in UTF-16 code units.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public bool Contains(int position) => position >= Start && position < End;

    public override string ToString() => $"[{Start}, {End})";
}
