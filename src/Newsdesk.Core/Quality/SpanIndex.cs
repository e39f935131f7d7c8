namespace Newsdesk.Quality;

/// <summary>
/// A fixed set of spans that answers "does any of them overlap (or contain) this span?" in logarithmic time: the
/// spans sorted by start, with the largest end among each prefix. A check may report hundreds of thousands of
/// findings on a long text; testing each against every other would take quadratic time.
/// </summary>
internal sealed class SpanIndex
{
    private readonly int[] _starts;
    private readonly int[] _maxEnds;

    public SpanIndex(IEnumerable<TextSpan> spans)
    {
        var sorted = spans.OrderBy(s => s.Start).ToArray();
        _starts = new int[sorted.Length];
        _maxEnds = new int[sorted.Length];
        var maxEnd = int.MinValue;
        for (var i = 0; i < sorted.Length; i++)
        {
            _starts[i] = sorted[i].Start;
            _maxEnds[i] = maxEnd = Math.Max(maxEnd, sorted[i].End);
        }
    }

    /// <summary>Whether any span overlaps <paramref name="span"/> (<see cref="TextSpan.Overlaps"/>).</summary>
    public bool AnyOverlapping(TextSpan span) => MaxEndOfStartsBelow(span.End) > span.Start;

    /// <summary>Whether any span contains <paramref name="span"/> whole.</summary>
    public bool AnyContaining(TextSpan span) => MaxEndOfStartsBelow(span.Start + 1) >= span.End;

    /// <summary>The largest end among the spans that start before <paramref name="limit"/>.</summary>
    private int MaxEndOfStartsBelow(int limit)
    {
        int lo = 0, hi = _starts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_starts[mid] < limit)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo == 0 ? int.MinValue : _maxEnds[lo - 1];
    }
}
