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
    private const double SourceOnlyNumber = 2.0;
    private const double TargetOnlyNumber = 1.0;
    // A sentence break inside a bead on one side only: translations keep the paragraphs of the original, so a bead
    // that merges sentences across a paragraph break the other side does not have is unlikely (Gale and Church
    // aligned paragraphs before sentences for this reason).
    private const double ParagraphMismatch = 2.0;
    // Page furniture ("Lire aussi", "Abonnieren Sie unseren Newsletter") is not translated text: the pipeline drops
    // or adds it independently of the sentences, so skipping it is nearly free.
    private const double FurnitureSkipPenalty = 0.3;
    // A word the dictionary finds translated is weak evidence (senses and inflections are missed, common words recur
    // nearby); four of them together still weigh less than skipping a sentence, so they choose between alignments the
    // lengths leave open but never make a gap on their own.
    private const double LexicalReward = 0.5;
    private const int MaxLexicalWords = 4;

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

    public static SentenceAlignment Align(TextAnalysis source, TextAnalysis target) => Align(source, target, null);

    /// <summary>
    /// Aligns the sentences; sentences <paramref name="isFurniture"/> accepts (page chrome) may be skipped almost for
    /// free, and words of the original that <paramref name="lexical"/> finds translated pull their sentences together.
    /// </summary>
    public static SentenceAlignment Align(TextAnalysis source, TextAnalysis target, Func<string, bool>? isFurniture, LexicalEvidence? lexical = null)
    {
        var s = new Side(source, isFurniture) { Lexical = lexical };
        var t = new Side(target, isFurniture);
        Anchors(source, target, s, t);
        var ls = s.Letters;
        var lt = t.Letters;
        // The length ratio comes from the language pair, then from the sentences that aligned one to one: the
        // ratio of the whole text would absorb the very omission we are looking for.
        var prior = ExpectedRatio(source.Language, target.Language);
        var first = Run(s, t, prior);
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
        return new SentenceAlignment(Run(s, t, ratio), ratio);
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

    private static List<AlignmentBead> Run(Side s, Side t, double ratio)
    {
        var ns = s.Letters.Length;
        var nt = t.Letters.Length;

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
                    var p = dt == 0 ? s.Skip[i - 1] : ds == 0 ? t.Skip[j - 1] : penalty;
                    var c = cost[i - ds, j - dt] + p + BeadCost(s, t, i - ds, ds, j - dt, dt, ratio);
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
        return Refine(beads, s, t, ratio);
    }

    /// <summary>
    /// A merge bead (two or three source sentences to one target sentence) that fits much better without one of its
    /// source sentences hides an omission: the DP prefers a poor merge to a skip when the skipped sentence is short.
    /// </summary>
    private static List<AlignmentBead> Refine(List<AlignmentBead> beads, Side s, Side t, double ratio)
    {
        var ls = s.Letters;
        var result = new List<AlignmentBead>(beads.Count);
        foreach (var b in beads)
        {
            if (b.SourceCount < 2 || b.TargetCount == 0)
            {
                result.Add(b);
                continue;
            }
            var full = ShapePenalty(b.SourceCount, b.TargetCount) + BeadCost(s, t, b.SourceStart, b.SourceCount, b.TargetStart, b.TargetCount, ratio);
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
                var c = BeadCost(s, t, rest, b.SourceCount - 1, b.TargetStart, b.TargetCount, ratio);
                var total = s.Skip[k] + ShapePenalty(b.SourceCount - 1, b.TargetCount) + c;
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

    private static double BeadCost(Side s, Side t, int s0, int ds, int t0, int dt, double ratio)
    {
        if (ds == 0 || dt == 0)
        {
            return 0;
        }
        var ls = s.Letters;
        var lt = t.Letters;
        var sa = s.Anchors;
        var ta = t.Anchors;
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
        var lengthCost = LengthCost(Math.Abs(delta)) - LexicalBonus(s.Lexical, s0, ds, t0, dt);
        if (s.HasParagraphs && t.HasParagraphs)
        {
            var breaks = (s.Paragraph[s0 + ds - 1] - s.Paragraph[s0]) - (t.Paragraph[t0 + dt - 1] - t.Paragraph[t0]);
            lengthCost += ParagraphMismatch * Math.Abs(breaks);
        }
        // A number of the original that the translation has nowhere belongs to a sentence the translation lacks: news
        // translations keep their numbers. A number of the translation only is weaker evidence (numbers written out in
        // the original, converted units, typos), and one on each side of a bead is a changed number, not a gap.
        var orphans = s.OrphansBefore[s0 + ds] - s.OrphansBefore[s0] - (t.OrphansBefore[t0 + dt] - t.OrphansBefore[t0]);
        lengthCost += orphans > 0 ? SourceOnlyNumber * Math.Min(orphans, 2) : TargetOnlyNumber * Math.Min(-orphans, 2);

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

    /// <summary>
    /// Words of the original the dictionary finds rendered in the bead's translation, as anchors weaker than names
    /// and numbers: dictionaries miss senses and inflections, and a common word may recur in the next sentence.
    /// </summary>
    private static double LexicalBonus(LexicalEvidence? lexical, int s0, int ds, int t0, int dt)
    {
        if (lexical is null)
        {
            return 0;
        }
        var found = 0;
        for (var k = 0; k < ds; k++)
        {
            found += lexical.OfSentence(s0 + k, t0, dt).Found;
        }
        return LexicalReward * Math.Min(found, MaxLexicalWords);
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

    /// <summary>
    /// Per sentence, the tokens (digit strings, capitalised names) found in both texts, as small integer ids, and the
    /// count of numbers found in one text only.
    /// </summary>
    private static void Anchors(TextAnalysis source, TextAnalysis target, Side sourceSide, Side targetSide)
    {
        var s = SentenceTokens(source);
        var t = SentenceTokens(target);
        var inSource = new HashSet<string>(s.SelectMany(x => x), StringComparer.Ordinal);
        var inTarget = new HashSet<string>(t.SelectMany(x => x), StringComparer.Ordinal);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int[] ToIds(HashSet<string> set, HashSet<string> other) =>
            set.Where(other.Contains).Select(a => ids.TryGetValue(a, out var id) ? id : ids[a] = ids.Count).ToArray();
        // Prefix sums, so that a bead reads its count in constant time.
        static int[] OrphansBefore(List<HashSet<string>> sentences, HashSet<string> other)
        {
            var result = new int[sentences.Count + 1];
            for (var k = 0; k < sentences.Count; k++)
            {
                result[k + 1] = result[k] + sentences[k].Count(a => a[0] == '#' && !other.Contains(a));
            }
            return result;
        }
        sourceSide.Anchors = s.Select(x => ToIds(x, inTarget)).ToArray();
        targetSide.Anchors = t.Select(x => ToIds(x, inSource)).ToArray();
        sourceSide.OrphansBefore = OrphansBefore(s, inTarget);
        targetSide.OrphansBefore = OrphansBefore(t, inSource);
    }

    /// <summary>What the dynamic programme needs of one text, per sentence.</summary>
    private sealed class Side
    {
        public Side(TextAnalysis text, Func<string, bool>? isFurniture)
        {
            var sentences = text.Sentences;
            Letters = sentences.Select(x => (double)LetterCount(text.Text, x)).ToArray();
            Paragraph = sentences.Select(x => x.Paragraph).ToArray();
            HasParagraphs = sentences.Count > 0 && Paragraph[^1] != Paragraph[0];
            Skip = sentences.Select(x => isFurniture is not null && isFurniture(text[x]) ? FurnitureSkipPenalty : SkipPenalty).ToArray();
        }

        public double[] Letters { get; }

        public int[] Paragraph { get; }

        public bool HasParagraphs { get; }

        /// <summary>Cost of leaving the sentence unaligned.</summary>
        public double[] Skip { get; }

        public int[][] Anchors { get; set; } = [];

        /// <summary>Dictionary evidence (on the original's side only), or null.</summary>
        public LexicalEvidence? Lexical { get; init; }

        /// <summary>Numbers the other text has nowhere, in the sentences before each index.</summary>
        public int[] OrphansBefore { get; set; } = [0];
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
