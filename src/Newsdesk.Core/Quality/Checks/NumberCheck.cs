using System.Globalization;
using System.Text.RegularExpressions;
using Newsdesk.Quality.Text;

namespace Newsdesk.Quality.Checks;

/// <summary>
/// Numbers, amounts and magnitude words compared between source and target in both directions, read with each
/// language's conventions ("1 000,5", "1.000,5", "1,000.5" are the same number). Without a source, the same
/// amount given with and without its magnitude inside the target ("500 Milliarden US-Dollar" … "500 US-Dollar").
/// </summary>
public sealed partial class NumberCheck : IQualityCheck
{
    public FindingCategory Category => FindingCategory.Number;

    public void Check(CheckContext context, ICollection<Finding> findings)
    {
        if (context.Source is { } source)
        {
            CompareWithSource(context, source, findings);
        }
        else
        {
            CheckMagnitudesWithinTarget(context.Target, findings);
        }
    }

    private void CompareWithSource(CheckContext context, TextAnalysis source, ICollection<Finding> findings)
    {
        var target = context.Target;
        var sourceNumbers = source.Numbers;
        var sourceUnits = UnitWords(source);
        var flaggedSentences = new HashSet<int>();
        var sourcePairs = sourceNumbers.Where(n => n.Unit == NumberParser.PairUnit).ToList();
        foreach (var t in target.Numbers)
        {
            if (t.Unit == NumberParser.PairUnit)
            {
                // A score or range: its numbers are compared one by one; as a pair (order free) only when the original
                // has pairs too, so that "2:1" for "2-0" is caught while "2 bis 3" for "2-3" is not a pair at all.
                if (sourcePairs.Count > 0 && !sourcePairs.Any(s => s.SameAmount(t)))
                {
                    findings.Add(new Finding(Category, Severity.Major, t.Span, "number.mismatch",
                        $"The score or range \"{target[t.Span]}\" does not appear in the original.",
                        SourceSpan: sourcePairs.Count == 1 ? sourcePairs[0].Span : null));
                }
                continue;
            }
            if (t.IsWord || sourceNumbers.Any(s => !s.IsWord && s.SameAmount(t)) || SameCode(t, sourceNumbers)
                || IsConverted(t, target.Text, sourceUnits) || IsShortenedDecade(t, target.Text, sourceNumbers))
            {
                continue;
            }
            var text = target[t.Span];
            var bare = sourceNumbers.FirstOrDefault(s => s.SameBareValue(t) && s.Magnitude != t.Magnitude);
            // A number word of the original ("première", "un") matches a digit unless the digit is an amount of the
            // original with its magnitude dropped ("1 milliard d'euros" -> "1 Euro" next to "cette première levée").
            var droppedAmount = bare is not null && !bare.IsWord && t.Unit is not null && bare.Unit == t.Unit;
            if (sourceNumbers.Any(s => s.IsWord && s.SameAmount(t) && (!droppedAmount || s.Unit == t.Unit)))
            {
                continue;
            }
            if (bare is not null)
            {
                var sourceText = source[bare.Span];
                findings.Add(new Finding(Category, Severity.Major, t.Span,
                    t.Magnitude < bare.Magnitude ? "number.magnitude-dropped" : "number.magnitude-changed",
                    t.Magnitude < bare.Magnitude
                        ? $"\"{text}\" lost its magnitude: the original says \"{sourceText}\"."
                        : $"\"{text}\" has a different magnitude from the original \"{sourceText}\".",
                    SourceSpan: bare.Span, Suggestion: $"Give the amount as in the original: {sourceText}."));
                continue;
            }
            flaggedSentences.Add(target.SentenceAt(t.NumberSpan.Start));
            findings.Add(new Finding(Category, Severity.Major, t.NumberSpan, "number.mismatch",
                $"The number \"{target[t.NumberSpan]}\" does not appear in the original.",
                SourceSpan: NearestSourceNumber(context, t)?.Span));
        }
        CompareCodes(context, source, findings);
        CompareFromTo(context, source, findings);
        CompareRepeats(context, source, findings);
        // The other direction: a number of a translated sentence that did not make it into its translation.
        if (context.Alignment is not { } alignment)
        {
            return;
        }
        foreach (var withUnit in sourceUnits)
        {
            var s = withUnit.Number;
            if (s.IsWord || s.Unit == NumberParser.PairUnit || target.Numbers.Any(t => t.SameAmount(s)))
            {
                continue;
            }
            // Small numbers are often written out, decades shortened ("the 1960s" -> "die 60er"), units converted.
            if (s.Values.All(v => v < 10) && !s.HasMagnitude && s.Unit is null)
            {
                continue;
            }
            if (target.Numbers.Any(t => t.Digits.Length > 0 && s.Digits.EndsWith(t.Digits, StringComparison.Ordinal))
                || target.Numbers.Any(t => IsConverted(t, target.Text, [withUnit])))
            {
                continue;
            }
            var si = source.SentenceAt(s.NumberSpan.Start);
            if (si < 0 || alignment.BeadOfSource(si) is not { TargetCount: > 0 } bead)
            {
                continue; // the whole sentence is missing: the omission check reports it
            }
            if (target.Numbers.Any(t => t.SameBareValue(s) || (t.Digits.Length > 0 && t.Digits == s.Digits)))
            {
                continue; // reported from the target side (magnitude) or a harmless reformatting
            }
            if (Enumerable.Range(bead.TargetStart, bead.TargetCount).Any(flaggedSentences.Contains))
            {
                continue; // the changed number of this sentence is already reported from the target side
            }
            var first = target.Sentences[bead.TargetStart];
            var last = target.Sentences[bead.TargetStart + bead.TargetCount - 1];
            findings.Add(new Finding(Category, Severity.Major, new TextSpan(first.Start, last.End), "number.missing",
                $"The original's \"{source[s.Span]}\" is missing from the translation of this sentence.", SourceSpan: s.Span));
        }
    }

    /// <summary>
    /// A change told as "from X to Y" ("passé de 7,1 % à 8,3 %", "von 8,3 auf 7,1 Prozent") whose two values the
    /// translation gives the other way round: the same numbers, the opposite meaning. Both numbers are there, so the
    /// comparison of values cannot see it (an engine that swaps two placeholders does this).
    /// </summary>
    private void CompareFromTo(CheckContext context, TextAnalysis source, ICollection<Finding> findings)
    {
        var sourceChanges = FromTo(source);
        if (sourceChanges.Count == 0)
        {
            return;
        }
        var target = context.Target;
        foreach (var (from, to) in FromTo(target))
        {
            if (sourceChanges.Any(s => s.From.SameAmount(from) && s.To.SameAmount(to)))
            {
                continue;
            }
            if (sourceChanges.FirstOrDefault(s => s.From.SameAmount(to) && s.To.SameAmount(from)) is { From: not null } swapped)
            {
                var span = new TextSpan(from.Span.Start, to.Span.End);
                var original = new TextSpan(swapped.From.Span.Start, swapped.To.Span.End);
                findings.Add(new Finding(Category, Severity.Major, span, "number.swapped",
                    $"\"{target[span]}\" gives the change the other way round: the original says \"{source[original]}\".",
                    SourceSpan: original, Suggestion: $"From {source[swapped.From.Span]} to {source[swapped.To.Span]}, as in the original."));
            }
        }
    }

    /// <summary>
    /// An amount written more often in a translated sentence than in its original ("1.250.000 Euro 1.250.000 Euro" for one
    /// "1 250 000 euros"): an engine wrote a placeholder twice, or repeated itself. Only amounts the original has in the
    /// aligned sentences, with a unit, a magnitude or four digits: a small bare number may come twice from two readings
    /// ("about 8pm … in his 20s" -> "gegen 20 Uhr … im Alter von 20 Jahren").
    /// </summary>
    private void CompareRepeats(CheckContext context, TextAnalysis source, ICollection<Finding> findings)
    {
        if (context.Alignment is not { } alignment)
        {
            return;
        }
        var target = context.Target;
        var reported = new HashSet<int>();
        foreach (var group in target.Numbers.Where(n => !n.IsWord && (n.Unit is not null || n.HasMagnitude || n.Digits.Length >= 4))
                     .GroupBy(n => target.SentenceAt(n.NumberSpan.Start)))
        {
            if (group.Key < 0 || alignment.BeadOfTarget(group.Key) is not { SourceCount: > 0 } bead || !reported.Add(group.Key))
            {
                continue;
            }
            var from = source.Sentences[bead.SourceStart].Start;
            var to = source.Sentences[bead.SourceStart + bead.SourceCount - 1].End;
            var originals = source.Numbers.Where(n => !n.IsWord && n.Span.Start >= from && n.Span.End <= to).ToList();
            var mentions = group.ToList();
            foreach (var t in mentions)
            {
                var inTarget = mentions.Count(m => m.SameAmount(t) && m.Unit == t.Unit);
                var inSource = originals.Count(m => m.SameAmount(t));
                if (inSource == 0 || inTarget <= inSource || mentions.First(m => m.SameAmount(t) && m.Unit == t.Unit) == t)
                {
                    continue;
                }
                findings.Add(new Finding(Category, Severity.Major, t.Span, "number.repeated",
                    $"\"{target[t.Span]}\" is written {inTarget} times in this sentence; the original gives it {inSource} time(s).",
                    SourceSpan: originals.First(m => m.SameAmount(t)).Span, Suggestion: "Remove the repeated amount."));
                break;
            }
        }
    }

    /// <summary>Two numbers told as a change: a "from" word before the first, a "to" word between them.</summary>
    private static List<(NumberMention From, NumberMention To)> FromTo(TextAnalysis text)
    {
        var result = new List<(NumberMention, NumberMention)>();
        var numbers = text.Numbers;
        for (var i = 0; i + 1 < numbers.Count; i++)
        {
            var (a, b) = (numbers[i], numbers[i + 1]);
            if (a.IsWord || b.IsWord || a.Unit == NumberParser.PairUnit || b.Unit == NumberParser.PairUnit
                || b.Span.Start - a.Span.End > 12 || b.Span.Start < a.Span.End || a.SameAmount(b))
            {
                continue;
            }
            var between = text.Text[a.Span.End..b.Span.Start].Trim().ToLowerInvariant();
            if (ToWords.Contains(between) && FromWords.Contains(WordBefore(text.Text, a.Span.Start).ToLowerInvariant()))
            {
                result.Add((a, b));
            }
        }
        return result;
    }

    private static string WordBefore(string text, int index)
    {
        var end = index;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == '\'' || text[end - 1] == '’'))
        {
            end--;
        }
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return text[start..end];
    }

    // fr, es, ca, it, pt, de, en: the words that tell where a change starts and where it ends.
    private static readonly HashSet<string> FromWords = new(StringComparer.Ordinal)
    {
        "de", "d", "du", "des", "del", "desde", "da", "dal", "dallo", "dalla", "do", "von", "vom", "from",
    };

    private static readonly HashSet<string> ToWords = new(StringComparer.Ordinal)
    {
        "à", "a", "au", "aux", "al", "als", "hasta", "fins a", "fins al", "para", "ao", "até", "auf", "bis", "zu", "to",
        "alla", "allo", "ai",
    };

    /// <summary>
    /// Designations with digits glued to letters ("CO2", "G7", "A380") are not numbers to the parser, but a changed
    /// digit changes what they name: one whose letters the original has only with other digits is reported.
    /// </summary>
    private void CompareCodes(CheckContext context, TextAnalysis source, ICollection<Finding> findings)
    {
        var sourceCodes = Code().Matches(source.Text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        if (sourceCodes.Count == 0)
        {
            return;
        }
        foreach (Match m in Code().Matches(context.Target.Text))
        {
            if (sourceCodes.Contains(m.Value))
            {
                continue;
            }
            var letters = m.Groups["letters"].Value;
            var original = sourceCodes.FirstOrDefault(c => c.StartsWith(letters, StringComparison.Ordinal) && char.IsDigit(c[letters.Length]));
            if (original is not null)
            {
                findings.Add(new Finding(Category, Severity.Major, new TextSpan(m.Index, m.Index + m.Length), "number.code-changed",
                    $"\"{m.Value}\" is not in the original, which has \"{original}\": a digit of the designation changed.",
                    Suggestion: original));
            }
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\d-])(?<letters>\p{Lu}[\p{L}]{0,3})(?<digits>\d{1,4})(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex Code();

    private static readonly (string[] Units, double Factor, double Offset)[] Imperial =
    [
        (["feet", "foot", "ft"], 0.3048, 0), (["miles", "mile", "mi"], 1.609, 0), (["mph"], 1.609, 0),
        (["pounds", "pound", "lb", "lbs"], 0.4536, 0), (["inches", "inch", "in"], 2.54, 0), (["yards", "yard"], 0.9144, 0),
        (["acres", "acre"], 0.4047, 0), (["gallons", "gallon"], 3.785, 0), (["ounces", "ounce", "oz"], 28.35, 0),
        (["degrees", "°F", "F", "Fahrenheit"], 5.0 / 9, -32),
    ];

    /// <summary>
    /// A target number that is a source number converted to metric units (feet to metres, °F to °C) or a
    /// 12-hour time given on the 24-hour clock ("8 p.m." -> "20 Uhr"), within rounding.
    /// </summary>
    /// <summary>The word after each number of the original: its unit, if it has one.</summary>
    private static List<(NumberMention Number, string Unit)> UnitWords(TextAnalysis source)
    {
        var numbers = source.Numbers;
        var result = new List<(NumberMention, string)>(numbers.Count);
        for (var i = 0; i < numbers.Count; i++)
        {
            var s = numbers[i];
            var unit = NextWord(source.Text, s.NumberSpan.End);
            if (unit is "and" or "to" or "or" or "et" or "à" or "ou" or "y" or "a" or "und" or "bis" && i + 1 < numbers.Count
                && numbers[i + 1].NumberSpan.Start <= s.NumberSpan.End + unit.Length + 3)
            {
                // A range gives its unit once, after the second number ("between 375 and 400 pounds").
                unit = NextWord(source.Text, numbers[i + 1].NumberSpan.End);
            }
            result.Add((s, unit));
        }
        return result;
    }

    private static bool IsConverted(NumberMention t, string targetText, IEnumerable<(NumberMention Number, string Unit)> sourceUnits)
    {
        foreach (var (s, unit) in sourceUnits)
        {
            foreach (var (units, factor, offset) in Imperial)
            {
                if (!units.Contains(unit, StringComparer.OrdinalIgnoreCase))
                {
                    continue;
                }
                foreach (var sv in s.Values)
                {
                    var metric = (sv + offset) * factor;
                    if (t.Values.Any(tv => Math.Abs(tv - metric) <= Math.Max(1, 0.12 * Math.Abs(metric))))
                    {
                        return true;
                    }
                }
            }
            if (NextWord(targetText, t.NumberSpan.End) is "Uhr" or "h" && s.Values.Any(sv => t.Values.Any(tv => Math.Abs(tv - 12 - sv) < 1e-9)))
            {
                return true;
            }
        }
        return false;
    }

    private static string NextWord(string text, int index)
    {
        var i = index;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '\u00A0'))
        {
            i++;
        }
        var start = i;
        while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '°'))
        {
            i++;
        }
        return text[start..i];
    }

    /// <summary>A decade shortened in translation: "the 1960s" -> "die 60er Jahre".</summary>
    private static bool IsShortenedDecade(NumberMention t, string targetText, IReadOnlyList<NumberMention> sourceNumbers) =>
        t.Digits.Length == 2 && t.Digits[1] == '0'
        && (targetText.AsSpan(t.NumberSpan.End).StartsWith("er", StringComparison.Ordinal) || targetText.AsSpan(t.NumberSpan.End).StartsWith('s'))
        && sourceNumbers.Any(s => s.Digits.Length == 4 && s.Digits.EndsWith(t.Digits, StringComparison.Ordinal));

    /// <summary>Identical digit strings (codes, years written alike) are the same number even when read differently.</summary>
    private static bool SameCode(NumberMention t, IReadOnlyList<NumberMention> sourceNumbers) =>
        !t.HasMagnitude && t.Digits.Length >= 2 && sourceNumbers.Any(s => !s.HasMagnitude && s.Digits == t.Digits);

    private static NumberMention? NearestSourceNumber(CheckContext context, NumberMention t)
    {
        if (context.Alignment is not { } alignment || context.Source is not { } source)
        {
            return null;
        }
        var ti = context.Target.SentenceAt(t.NumberSpan.Start);
        if (ti < 0 || alignment.BeadOfTarget(ti) is not { SourceCount: > 0 } bead)
        {
            return null;
        }
        var from = source.Sentences[bead.SourceStart].Start;
        var to = source.Sentences[bead.SourceStart + bead.SourceCount - 1].End;
        var candidates = source.Numbers.Where(n => n.Span.Start >= from && n.Span.End <= to && !n.IsWord
            && !context.Target.Numbers.Any(x => x.SameAmount(n))).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private void CheckMagnitudesWithinTarget(TextAnalysis target, ICollection<Finding> findings)
    {
        var numbers = target.Numbers;
        foreach (var b in numbers)
        {
            if (b.IsWord || b.HasMagnitude || b.Unit is null or "%")
            {
                continue;
            }
            var a = numbers.FirstOrDefault(a => a.HasMagnitude && a.Unit == b.Unit && a.SameBareValue(b));
            if (a is null)
            {
                continue;
            }
            var amount = target[a.Span];
            findings.Add(new Finding(Category, Severity.Major, b.Span, "number.magnitude-dropped",
                $"\"{target[b.Span]}\" looks like \"{amount}\" with its magnitude word dropped; the article gives that amount elsewhere.",
                Suggestion: string.Create(CultureInfo.InvariantCulture, $"Check the amount; probably \"{amount}\".")));
        }
    }
}
