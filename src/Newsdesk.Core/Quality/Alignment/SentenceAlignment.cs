using Newsdesk.Quality.Text;

namespace Newsdesk.Quality.Alignment;

/// <summary>
/// Aligns source and target sentences by length (Gale-Church) with numbers and names shared by both texts as
/// anchors. A source sentence aligned to nothing is a candidate omission; a target sentence aligned to nothing
/// a candidate addition.
/// </summary>
public sealed class SentenceAlignment
{
    // Penalties are negative log priors of the bead shapes, as in Gale and Church (1993).
    private const double SkipPenalty = 3.0;
    private const double MergePenalty = 2.3;
    private const double DoubleMergePenalty = 4.6;
    private const double TripleMergePenalty = 5.0;
    private const double Variance = 6.8;
    private const double AnchorReward = 1.2;
    private const double AnchorMismatch = 1.0;
    private const double RefineMargin = 0.5;

    private SentenceAlignment(IReadOnlyList<AlignmentBead> beads, double ratio)
    {
        Beads = beads;
        Ratio = ratio;
    }

    public IReadOnlyList<AlignmentBead> Beads { get; }

    /// <summary>Target length per source character over the whole text.</summary>
    public double Ratio { get; }

    /// <summary>The bead holding a target sentence, or null.</summary>
    public AlignmentBead? BeadOfTarget(int targetSentence) =>
        Beads.FirstOrDefault(b => targetSentence >= b.TargetStart && targetSentence < b.TargetStart + b.TargetCount) is { TargetCount: > 0 } b ? b : null;

    /// <summary>The bead holding a source sentence, or null.</summary>
    public AlignmentBead? BeadOfSource(int sourceSentence) =>
        Beads.FirstOrDefault(b => sourceSentence >= b.SourceStart && sourceSentence < b.SourceStart + b.SourceCount) is { SourceCount: > 0 } b ? b : null;

    public static SentenceAlignment Align(TextAnalysis source, TextAnalysis target)
    {
        var ls = source.Sentences.Select(s => (double)LetterCount(source.Text, s)).ToArray();
        var lt = target.Sentences.Select(s => (double)LetterCount(target.Text, s)).ToArray();
        var (sa, ta) = Anchors(source, target);
        // The length ratio comes from the language pair, then from the sentences that aligned one to one: the
        // ratio of the whole text would absorb the very omission we are looking for.
        var prior = ExpectedRatio(source.Language, target.Language);
        var first = Run(ls, lt, sa, ta, prior);
        var observed = first.Where(b => b.SourceCount == 1 && b.TargetCount == 1 && ls[b.SourceStart] >= 20)
            .Select(b => lt[b.TargetStart] / ls[b.SourceStart]).Order().ToList();
        if (observed.Count < 3)
        {
            return new SentenceAlignment(first, prior);
        }
        var ratio = Math.Clamp(observed[observed.Count / 2], prior * 0.8, prior * 1.25);
        if (Math.Abs(ratio - prior) < 0.03 * prior)
        {
            return new SentenceAlignment(first, prior); // the prior was right: a second pass would find the same beads
        }
        return new SentenceAlignment(Run(ls, lt, sa, ta, ratio), ratio);
    }

    /// <summary>Letters of a translation per letter of the original, typical of news text in the pair.</summary>
    private static double ExpectedRatio(string source, string target)
    {
        static double Verbosity(string language) => language switch
        {
            "en" => 1.0,
            "de" => 1.13,
            "fr" => 1.1,
            "es" => 1.1,
            "it" => 1.08,
            "pt" => 1.05,
            "nl" => 1.1,
            "ca" => 1.08,
            _ => 1.05,
        };
        return Verbosity(target) / Verbosity(source);
    }

    private static List<AlignmentBead> Run(double[] ls, double[] lt, int[][] sa, int[][] ta, double ratio)
    {
        var ns = ls.Length;
        var nt = lt.Length;

        var cost = new double[ns + 1, nt + 1];
        var back = new (int Ds, int Dt)[ns + 1, nt + 1];
        for (var i = 0; i <= ns; i++)
        {
            for (var j = 0; j <= nt; j++)
            {
                cost[i, j] = double.PositiveInfinity;
            }
        }
        cost[0, 0] = 0;
        ReadOnlySpan<(int Ds, int Dt, double Penalty)> shapes =
        [
            (1, 1, 0), (1, 0, SkipPenalty), (0, 1, SkipPenalty), (2, 1, MergePenalty), (1, 2, MergePenalty),
            (2, 2, DoubleMergePenalty), (3, 1, TripleMergePenalty), (1, 3, TripleMergePenalty),
        ];
        // A band around the diagonal: translations keep the order of sentences, so cells far from it never win.
        var band = Math.Max(10, Math.Max(ns, nt) / 5);
        for (var i = 0; i <= ns; i++)
        {
            var centre = ns == 0 ? 0 : (int)((long)i * nt / ns);
            var from = Math.Max(0, centre - band);
            var to = Math.Min(nt, centre + band);
            for (var j = from; j <= to; j++)
            {
                if (i == 0 && j == 0)
                {
                    continue;
                }
                foreach (var (ds, dt, penalty) in shapes)
                {
                    if (i < ds || j < dt || double.IsPositiveInfinity(cost[i - ds, j - dt]))
                    {
                        continue;
                    }
                    var c = cost[i - ds, j - dt] + penalty + BeadCost(ls, lt, sa, ta, i - ds, ds, j - dt, dt, ratio);
                    if (c < cost[i, j])
                    {
                        cost[i, j] = c;
                        back[i, j] = (ds, dt);
                    }
                }
            }
        }
        var beads = new List<AlignmentBead>();
        int si = ns, ti = nt;
        while (si > 0 || ti > 0)
        {
            var (ds, dt) = back[si, ti];
            beads.Add(new AlignmentBead(si - ds, ds, ti - dt, dt, cost[si, ti] - cost[si - ds, ti - dt]));
            si -= ds;
            ti -= dt;
        }
        beads.Reverse();
        return Refine(beads, ls, lt, sa, ta, ratio);
    }

    /// <summary>
    /// A merge bead (two or three source sentences to one target sentence) that fits much better without one of its
    /// source sentences hides an omission: the DP prefers a poor merge to a skip when the skipped sentence is short.
    /// </summary>
    private static List<AlignmentBead> Refine(List<AlignmentBead> beads, double[] ls, double[] lt, int[][] sa,
        int[][] ta, double ratio)
    {
        var result = new List<AlignmentBead>(beads.Count);
        foreach (var b in beads)
        {
            if (b.SourceCount < 2 || b.TargetCount == 0)
            {
                result.Add(b);
                continue;
            }
            var full = ShapePenalty(b.SourceCount, b.TargetCount) + BeadCost(ls, lt, sa, ta, b.SourceStart, b.SourceCount, b.TargetStart, b.TargetCount, ratio);
            var bestK = -1;
            var bestCost = full - RefineMargin;
            var bestBead = 0.0;
            foreach (var k in new[] { b.SourceStart, b.SourceStart + b.SourceCount - 1 })
            {
                if (ls[k] < 25)
                {
                    continue;
                }
                var rest = k == b.SourceStart ? b.SourceStart + 1 : b.SourceStart;
                var c = BeadCost(ls, lt, sa, ta, rest, b.SourceCount - 1, b.TargetStart, b.TargetCount, ratio);
                var total = SkipPenalty + ShapePenalty(b.SourceCount - 1, b.TargetCount) + c;
                if (total < bestCost)
                {
                    bestCost = total;
                    bestBead = c;
                    bestK = k;
                }
            }
            if (bestK < 0)
            {
                result.Add(b);
                continue;
            }
            var restStart = bestK == b.SourceStart ? b.SourceStart + 1 : b.SourceStart;
            var omitted = new AlignmentBead(bestK, 1, b.TargetStart, 0, SkipPenalty);
            var kept = new AlignmentBead(restStart, b.SourceCount - 1, b.TargetStart, b.TargetCount, bestBead);
            if (bestK == b.SourceStart)
            {
                result.Add(omitted);
                result.Add(kept);
            }
            else
            {
                result.Add(kept);
                result.Add(omitted with { TargetStart = b.TargetStart + b.TargetCount });
            }
        }
        return result;
    }

    private static double ShapePenalty(int ds, int dt) => (ds, dt) switch
    {
        (1, 1) => 0,
        (1, 0) or (0, 1) => SkipPenalty,
        (2, 1) or (1, 2) => MergePenalty,
        (2, 2) => DoubleMergePenalty,
        _ => TripleMergePenalty,
    };

    /// <summary>How much shorter the target of a bead is than the source predicts, in standard deviations (negative: too short).</summary>
    public double LengthDeviation(TextAnalysis source, TextAnalysis target, AlignmentBead bead)
    {
        double l1 = 0, l2 = 0;
        for (var k = 0; k < bead.SourceCount; k++)
        {
            l1 += LetterCount(source.Text, source.Sentences[bead.SourceStart + k]);
        }
        for (var k = 0; k < bead.TargetCount; k++)
        {
            l2 += LetterCount(target.Text, target.Sentences[bead.TargetStart + k]);
        }
        var mean = (l1 + (l2 / Ratio)) / 2;
        return (l2 - (l1 * Ratio)) / Math.Sqrt(Math.Max(mean, 1) * Variance);
    }

    private static double BeadCost(double[] ls, double[] lt, int[][] sa, int[][] ta,
        int s0, int ds, int t0, int dt, double ratio)
    {
        if (ds == 0 || dt == 0)
        {
            return 0;
        }
        double l1 = 0, l2 = 0;
        for (var k = 0; k < ds; k++)
        {
            l1 += ls[s0 + k];
        }
        for (var k = 0; k < dt; k++)
        {
            l2 += lt[t0 + k];
        }
        var mean = (l1 + (l2 / ratio)) / 2;
        var delta = (l2 - (l1 * ratio)) / Math.Sqrt(Math.Max(mean, 1) * Variance);
        var lengthCost = LengthCost(Math.Abs(delta));

        // Anchors shared by the two sides pull a bead together; anchors on one side only push it apart. Beads span
        // at most three sentences, so the sets are scanned directly rather than merged (this runs for every cell).
        var shared = 0;
        var unmatched = 0;
        if (!HasAny(sa, s0, ds) && !HasAny(ta, t0, dt))
        {
            return lengthCost;
        }
        for (var k = 0; k < ds; k++)
        {
            foreach (var a in sa[s0 + k])
            {
                if (SeenBefore(sa, s0, k, a))
                {
                    continue;
                }
                if (InAny(ta, t0, dt, a))
                {
                    shared++;
                }
                else
                {
                    unmatched++;
                }
            }
        }
        for (var k = 0; k < dt; k++)
        {
            foreach (var a in ta[t0 + k])
            {
                if (!SeenBefore(ta, t0, k, a) && !InAny(sa, s0, ds, a))
                {
                    unmatched++;
                }
            }
        }
        return lengthCost - (AnchorReward * Math.Min(shared, 4)) + (AnchorMismatch * Math.Min(unmatched, 4));
    }

    private static bool HasAny(int[][] sets, int start, int count)
    {
        for (var m = 0; m < count; m++)
        {
            if (sets[start + m].Length > 0)
            {
                return true;
            }
        }
        return false;
    }

    private static bool SeenBefore(int[][] sets, int start, int k, int anchor)
    {
        for (var m = 0; m < k; m++)
        {
            if (Array.IndexOf(sets[start + m], anchor) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    private static bool InAny(int[][] sets, int start, int count, int anchor)
    {
        for (var m = 0; m < count; m++)
        {
            if (Array.IndexOf(sets[start + m], anchor) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Per sentence, the tokens (digit strings, capitalised names) found in both texts, as small integer ids.</summary>
    private static (int[][] Source, int[][] Target) Anchors(TextAnalysis source, TextAnalysis target)
    {
        var s = SentenceTokens(source);
        var t = SentenceTokens(target);
        var inSource = new HashSet<string>(s.SelectMany(x => x), StringComparer.Ordinal);
        var inTarget = new HashSet<string>(t.SelectMany(x => x), StringComparer.Ordinal);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int[] ToIds(HashSet<string> set, HashSet<string> other) =>
            set.Where(other.Contains).Select(a => ids.TryGetValue(a, out var id) ? id : ids[a] = ids.Count).ToArray();
        return (s.Select(x => ToIds(x, inTarget)).ToArray(), t.Select(x => ToIds(x, inSource)).ToArray());
    }

    private static List<HashSet<string>> SentenceTokens(TextAnalysis text)
    {
        var result = text.Sentences.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToList();
        foreach (var n in text.Numbers)
        {
            var si = text.SentenceAt(n.NumberSpan.Start);
            if (si >= 0 && n.Digits.Length > 0)
            {
                result[si].Add("#" + n.Digits);
            }
        }
        foreach (var w in text.Words)
        {
            if (w.End - w.Start >= 3 && char.IsUpper(text.Text[w.Start]))
            {
                result[w.Sentence].Add(text.Text[w.Start..w.End]);
            }
        }
        return result;
    }

    private static int LetterCount(string text, TextSegment s)
    {
        var n = 0;
        for (var i = s.Start; i < s.End; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                n++;
            }
        }
        return n;
    }

    // -log(2 (1 - Phi(z))) tabulated: the DP asks for it in every cell, and the exact form costs an Exp and a Log.
    private const double TableStep = 0.01;
    private static readonly double[] LengthCostTable = Enumerable.Range(0, 2001)
        .Select(i => -Math.Log(Math.Max(1e-12, 2 * (1 - NormalCdf(i * TableStep))))).ToArray();

    private static double LengthCost(double z)
    {
        var x = z / TableStep;
        if (x >= LengthCostTable.Length - 1)
        {
            return LengthCostTable[^1] + ((z * z) - (20.0 * 20.0)) / 2; // the tail grows like z²/2
        }
        var i = (int)x;
        return LengthCostTable[i] + ((x - i) * (LengthCostTable[i + 1] - LengthCostTable[i]));
    }

    private static double NormalCdf(double z)
    {
        // Abramowitz and Stegun 26.2.17; precise enough for alignment costs.
        var t = 1 / (1 + (0.2316419 * z));
        var d = 0.3989423 * Math.Exp(-z * z / 2);
        var p = d * t * (0.3193815 + (t * (-0.3565638 + (t * (1.781478 + (t * (-1.821256 + (t * 1.330274))))))));
        return 1 - p;
    }
}
