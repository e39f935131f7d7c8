using Newsdesk.Quality.Alignment;

namespace Newsdesk.Quality.Checks;

/// <summary>
/// Sentences of the source with no counterpart in the target (omission) and the reverse (addition), from the
/// length- and anchor-based sentence alignment. Needs a source.
/// </summary>
public sealed class OmissionCheck : IQualityCheck
{
    private const int MinimumLetters = 25;
    private const double PartialDeviation = -3.0;

    public FindingCategory Category => FindingCategory.Omission;

    public void Check(CheckContext context, ICollection<Finding> findings)
    {
        if (context.Alignment is not { } alignment || context.Source is not { } source)
        {
            return;
        }
        var target = context.Target;
        foreach (var bead in alignment.Beads)
        {
            if (bead.IsOmission)
            {
                var first = source.Sentences[bead.SourceStart];
                var last = source.Sentences[bead.SourceStart + bead.SourceCount - 1];
                var sourceSpan = new TextSpan(first.Start, last.End);
                if (Letters(source.Text, sourceSpan) < MinimumLetters)
                {
                    continue;
                }
                var at = InsertionPoint(context, bead);
                findings.Add(new Finding(FindingCategory.Omission, Severity.Major, new TextSpan(at, at), "omission.sentence",
                    $"A sentence of the original is missing from the translation: \"{BoilerplateCheck.Shorten(source[sourceSpan])}\"",
                    SourceSpan: sourceSpan, Suggestion: "Translate the missing sentence."));
            }
            else if (bead.SourceCount > 0 && bead.TargetCount > 0 && alignment.LengthDeviation(source, target, bead) <= PartialDeviation)
            {
                // Aligned, but far shorter than the original predicts: part of it (often a heading glued to the
                // sentence, or a clause) did not make it into the translation.
                var first = source.Sentences[bead.SourceStart];
                var last = source.Sentences[bead.SourceStart + bead.SourceCount - 1];
                var t0 = target.Sentences[bead.TargetStart];
                var t1 = target.Sentences[bead.TargetStart + bead.TargetCount - 1];
                findings.Add(new Finding(FindingCategory.Omission, Severity.Major, new TextSpan(t0.Start, t1.End), "omission.partial",
                    "This passage is much shorter than the original; part of it seems to be missing.",
                    SourceSpan: new TextSpan(first.Start, last.End), Suggestion: "Compare with the original and translate what is missing."));
            }
            else if (bead.IsAddition)
            {
                var first = target.Sentences[bead.TargetStart];
                var last = target.Sentences[bead.TargetStart + bead.TargetCount - 1];
                var span = new TextSpan(first.Start, last.End);
                if (Letters(target.Text, span) < MinimumLetters * 2)
                {
                    continue;
                }
                findings.Add(new Finding(FindingCategory.Addition, Severity.Major, span, "addition.sentence",
                    "This sentence has no counterpart in the original: it was added in translation.",
                    Suggestion: "Check it against the original; remove it if it is not there."));
            }
        }
    }

    private static int InsertionPoint(CheckContext context, AlignmentBead bead)
    {
        var sentences = context.Target.Sentences;
        if (bead.TargetStart > 0 && bead.TargetStart <= sentences.Count)
        {
            return sentences[bead.TargetStart - 1].End;
        }
        return sentences.Count > 0 ? sentences[0].Start : 0;
    }

    private static int Letters(string text, TextSpan span)
    {
        var n = 0;
        for (var i = span.Start; i < span.End; i++)
        {
            if (char.IsLetter(text[i]))
            {
                n++;
            }
        }
        return n;
    }
}
