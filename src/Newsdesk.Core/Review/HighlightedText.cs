namespace Newsdesk.Review;

/// <summary>A piece of a line; <see cref="Findings"/> are the indexes of the findings whose span covers it.</summary>
public sealed record HighlightSegment(string Text, IReadOnlyList<int> Findings);

/// <summary>
/// Cuts a layout text (<see cref="ReviewText.Layout"/>) into lines (line 0 the headline, then one per block) and each line
/// into segments at finding boundaries, so the review page can wrap the flagged stretches in &lt;mark&gt;.
/// Spans outside the text are clipped; overlapping spans give segments with several findings.
/// </summary>
public static class HighlightedText
{
    public static IReadOnlyList<IReadOnlyList<HighlightSegment>> Split(string text, IReadOnlyList<(int Start, int End)> spans)
    {
        var cuts = new SortedSet<int> { 0, text.Length };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                cuts.Add(i);
                cuts.Add(i + 1);
            }
        }
        var clipped = spans.Select(s => (Start: Math.Clamp(s.Start, 0, text.Length), End: Math.Clamp(s.End, 0, text.Length))).ToList();
        foreach (var (s, e) in clipped)
        {
            cuts.Add(s);
            cuts.Add(e);
        }
        var lines = new List<IReadOnlyList<HighlightSegment>>();
        var line = new List<HighlightSegment>();
        var points = cuts.ToList();
        for (var k = 0; k + 1 < points.Count; k++)
        {
            var (a, b) = (points[k], points[k + 1]);
            if (b <= a)
            {
                continue;
            }
            var piece = text[a..b];
            if (piece == "\n")
            {
                lines.Add(line);
                line = [];
                continue;
            }
            var covering = new List<int>();
            for (var f = 0; f < clipped.Count; f++)
            {
                if (clipped[f].Start <= a && b <= clipped[f].End && clipped[f].Start < clipped[f].End)
                {
                    covering.Add(f);
                }
            }
            line.Add(new HighlightSegment(piece, covering));
        }
        lines.Add(line);
        return lines;
    }
}
