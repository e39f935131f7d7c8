using System.Text.RegularExpressions;
using Newsdesk.Quality.Alignment;

namespace Newsdesk.Quality.Checks;

/// <summary>
/// Sentences of the source with no counterpart in the target (omission) and the reverse (addition), from the
/// length- and anchor-based sentence alignment. Needs a source.
/// </summary>
public sealed partial class OmissionCheck : IQualityCheck
{
    // Shorter sentences are too often page furniture (bylines, captions, "Photo Ludovic Marin / AFP") that is rightly
    // left out, unless they end like a sentence, which credits do not. One merged into a neighbour must also have none
    // of its words rendered, so it may be shorter still.
    private const int MinimumLetters = 25;
    private const int MinimumSentenceLetters = 20;
    private const int MinimumMergedLetters = 15;
    private const int MinimumAddedLetters = 50;
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
                var letters = Letters(source.Text, sourceSpan);
                if (letters < MinimumLetters && (letters < MinimumSentenceLetters || !EndsLikeASentence(source.Text, sourceSpan))
                    || BoilerplateCheck.IsPageFurniture(source[sourceSpan]))
                {
                    continue; // page furniture of the original is rightly left out
                }
                var at = InsertionPoint(context, bead);
                findings.Add(new Finding(FindingCategory.Omission, Severity.Major, new TextSpan(at, at), "omission.sentence",
                    $"A sentence of the original is missing from the translation: \"{BoilerplateCheck.Shorten(source[sourceSpan])}\"",
                    SourceSpan: sourceSpan, Suggestion: "Translate the missing sentence."));
            }
            else if (bead.SourceCount >= 2 && bead.TargetCount > 0 && UntranslatedEndOfMerge(context, bead) is { } omitted)
            {
                var sourceSpan = source.Sentences[omitted].Span;
                var at = omitted == bead.SourceStart ? InsertionPoint(context, bead) : target.Sentences[bead.TargetStart + bead.TargetCount - 1].End;
                findings.Add(new Finding(FindingCategory.Omission, Severity.Major, new TextSpan(at, at), "omission.sentence",
                    $"A sentence of the original is missing from the translation: \"{BoilerplateCheck.Shorten(source[sourceSpan])}\"",
                    SourceSpan: sourceSpan, Suggestion: "Translate the missing sentence."));
            }
            else if (bead.SourceCount > 0 && bead.TargetCount > 0 && OmittedGluedHeading(context, bead) is { } heading)
            {
                var t0 = target.Sentences[bead.TargetStart];
                findings.Add(new Finding(FindingCategory.Omission, Severity.Major, new TextSpan(t0.Start, t0.Start), "omission.heading",
                    $"The heading \"{BoilerplateCheck.Shorten(source[heading])}\", run into the next sentence in the original, is missing from the translation.",
                    SourceSpan: heading, Suggestion: "Translate the heading as a line of its own."));
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
                if (Letters(target.Text, span) < MinimumAddedLetters || BoilerplateCheck.IsPageFurniture(target[span]))
                {
                    continue;
                }
                findings.Add(new Finding(FindingCategory.Addition, Severity.Major, span, "addition.sentence",
                    "This sentence has no counterpart in the original: it was added in translation.",
                    Suggestion: "Check it against the original; remove it if it is not there."));
            }
        }
    }

    /// <summary>
    /// The first or last sentence of a bead holding several sentences of the original, when the dictionary finds none
    /// of its words in the bead's translation while it finds the other sentences' words: the length model merges a
    /// short omitted sentence into its neighbour rather than leave it unaligned.
    /// </summary>
    private static int? UntranslatedEndOfMerge(CheckContext context, AlignmentBead bead)
    {
        if (context.Lexical is not { } lexical)
        {
            return null;
        }
        var source = context.Source!;
        var target = context.Target;
        var beadTarget = new TextSpan(target.Sentences[bead.TargetStart].Start, target.Sentences[bead.TargetStart + bead.TargetCount - 1].End);
        foreach (var k in new[] { bead.SourceStart, bead.SourceStart + bead.SourceCount - 1 })
        {
            var sentence = source.Sentences[k].Span;
            var letters = Letters(source.Text, sentence);
            if (letters < MinimumMergedLetters || BoilerplateCheck.IsPageFurniture(source[sentence]))
            {
                continue;
            }
            var rest = k == bead.SourceStart
                ? new TextSpan(source.Sentences[k + 1].Start, source.Sentences[bead.SourceStart + bead.SourceCount - 1].End)
                : new TextSpan(source.Sentences[bead.SourceStart].Start, source.Sentences[k - 1].End);
            var coverage = lexical.Of(sentence, beadTarget);
            if (!IsAbsent(coverage) || !IsPresent(lexical.Of(rest, beadTarget)))
            {
                continue;
            }
            // A short sentence, or one with only two known words, may just be said differently ("C'est une grande
            // première" as "das hat es noch nie gegeben"): then the translation must also be about as long as the
            // rest alone.
            var restLetters = Letters(source.Text, rest);
            if (coverage.Known >= 3 && letters >= MinimumLetters
                || Letters(target.Text, beadTarget) < context.Alignment!.Ratio * (restLetters + letters / 2.0))
            {
                return k;
            }
        }
        return null;
    }

    /// <summary>Whether the passage ends with a full stop, question or exclamation mark, or one followed by closing quotes.</summary>
    private static bool EndsLikeASentence(string text, TextSpan span)
    {
        var end = span.End;
        while (end > span.Start && text[end - 1] is '"' or '»' or '”' or '“' or '\'' or '’' or ')' or ' ' or '\u00A0' or '\u202F')
        {
            end--;
        }
        return end > span.Start && text[end - 1] is '.' or '!' or '?' or '…';
    }

    /// <summary>Two or more words the dictionary knows, none of them rendered.</summary>
    private static bool IsAbsent(WordCoverage c) => c.Known >= 2 && c.Found == 0;

    /// <summary>At least two known words rendered, and a third of them: the dictionary works for this passage.</summary>
    private static bool IsPresent(WordCoverage c) => c.Found >= 2 && c.Found * 3 >= c.Known;

    /// <summary>
    /// A heading of the original run into the sentence after it (no full stop between them: "Publié le 11 décembre
    /// 2021 à 22h48 Le président …"), whose names and numbers are all absent from the aligned translation while the
    /// sentence itself is there. The length model cannot see it: the heading is short next to the sentence. Anchors
    /// are numbers and the names the translation keeps elsewhere. A heading without any is judged by its words (a
    /// dictionary finds none of them while it finds the sentence's), else by the translation's shape.
    /// </summary>
    private static TextSpan? OmittedGluedHeading(CheckContext context, AlignmentBead bead)
    {
        var source = context.Source!;
        var target = context.Target;
        var sentence = source.Sentences[bead.SourceStart];
        if (source.Paragraphs[sentence.Paragraph].Start != sentence.Start)
        {
            return null; // headings start their paragraph
        }
        var words = source.Words;
        var first = FirstWordAt(words, sentence.Start);
        if (first < 0)
        {
            return null;
        }
        var dictionary = context.Options.Spelling ? context.Spelling.Get(context.SourceLanguage, out _) : null;
        var glue = -1;
        for (var k = first + 1; k < words.Count && k <= first + MaxHeadingWords && words[k].Start < sentence.End; k++)
        {
            if (IsGluePoint(context, context.SourceLanguage, dictionary, source.Text, words[k - 1], words[k]))
            {
                glue = k;
                break;
            }
        }
        if (glue < first + 2)
        {
            return null;
        }
        var headingEnd = HeadingEnd(source.Text, words[glue - 1].End, words[glue].Start);
        if (source.Text.AsSpan(headingEnd, words[glue].Start - headingEnd).Trim() is { IsEmpty: false } rest && NumberGap().IsMatch(rest))
        {
            headingEnd = words[glue].Start;
            while (char.IsWhiteSpace(source.Text[headingEnd - 1]))
            {
                headingEnd--;
            }
        }
        var heading = new TextSpan(sentence.Start, headingEnd);
        if (Letters(source.Text, heading) < MinimumHeadingLetters)
        {
            return null;
        }
        var t0 = target.Sentences[bead.TargetStart];
        var t1 = target.Sentences[bead.TargetStart + bead.TargetCount - 1];
        var translated = target.Text[t0.Start..t1.End];
        var anchors = 0;
        foreach (var n in source.Numbers)
        {
            if (n.NumberSpan.Start >= heading.Start && n.NumberSpan.End <= heading.End && n.Digits.Length > 0)
            {
                anchors++;
                if (target.Numbers.Any(t => t.NumberSpan.Start >= t0.Start && t.NumberSpan.End <= t1.End && t.Digits == n.Digits))
                {
                    return null;
                }
            }
        }
        for (var k = first + 1; k < glue; k++)
        {
            var w = words[k];
            // A capitalised word is an anchor if the translation keeps it somewhere or the dictionary does not know it
            // (a name either way), not if it is a noun the translation translates ("État").
            var word = source.Text[w.Start..w.End];
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            {
                word = word[..^2];
            }
            if (word.Length >= 3 && char.IsUpper(word[0])
                && (target.Text.Contains(word, StringComparison.Ordinal) || dictionary is not null && !dictionary.IsCorrect(word.ToLowerInvariant())))
            {
                anchors++;
                if (translated.Contains(word, StringComparison.Ordinal))
                {
                    return null;
                }
            }
        }
        if (anchors > 0)
        {
            return heading;
        }
        if (context.Lexical is { } lexical)
        {
            if (IsAbsent(lexical.Of(heading, new TextSpan(t0.Start, t1.End)))
                && IsPresent(lexical.Of(new TextSpan(words[glue].Start, sentence.End), new TextSpan(t0.Start, t1.End))))
            {
                return heading;
            }
        }
        // Nothing to look for: the translation's own shape decides. A translated heading is still run into the
        // sentence (a glue point near its start) or split off as a sentence of its own; without either, a translation
        // shorter than the original without its heading predicts has left the heading out. Only a clear glue point
        // counts here (a sentence-opening function word, a dash): a capitalised common word ("The only objective
        // Democrats have…") may be a noun in running text.
        if (bead.TargetCount != 1 || target.Paragraphs[t0.Paragraph].Start != t0.Start || HasGluePoint(context, t0)
            || !ClearGluePoint(context, source.Text, words[glue - 1], words[glue]))
        {
            return null;
        }
        var ratio = context.Alignment!.Ratio;
        var sourceLetters = Letters(source.Text, new TextSpan(sentence.Start, sentence.End));
        var headingLetters = Letters(source.Text, heading);
        return Letters(target.Text, new TextSpan(t0.Start, t0.End)) < ratio * (sourceLetters - headingLetters / 2.0) ? heading : null;
    }

    private static bool ClearGluePoint(CheckContext context, string text, Text.WordToken previous, Text.WordToken next)
    {
        return context.Lexicon.Contains(context.SourceLanguage, ElidedHead(text.AsSpan(next.Start, next.End - next.Start)))
            || DashGap().IsMatch(text.AsSpan(previous.End, next.Start - previous.End));
    }

    /// <summary>The elided article or pronoun of a word ("L" of "L'État"), or the word.</summary>
    private static ReadOnlySpan<char> ElidedHead(ReadOnlySpan<char> word)
    {
        var apostrophe = word.IndexOfAny('\'', '’');
        return apostrophe > 0 ? word[..apostrophe] : word;
    }

    /// <summary>Whether a target sentence has a sentence start run into it near its beginning, as a glued heading leaves.</summary>
    private static bool HasGluePoint(CheckContext context, Text.TextSegment sentence)
    {
        var target = context.Target;
        var words = target.Words;
        var first = FirstWordAt(words, sentence.Start);
        if (first < 0)
        {
            return false;
        }
        var dictionary = context.Options.Spelling ? context.Spelling.Get(context.TargetLanguage, out _) : null;
        for (var k = first + 1; k < words.Count && k <= first + MaxHeadingWords + 4 && words[k].Start < sentence.End; k++)
        {
            if (IsGluePoint(context, context.TargetLanguage, dictionary, target.Text, words[k - 1], words[k]))
            {
                return true;
            }
        }
        return false;
    }

    private const int MaxHeadingWords = 14;
    private static readonly System.Buffers.SearchValues<char> Apostrophes = System.Buffers.SearchValues.Create("'’");
    private const int MinimumHeadingLetters = 12;

    /// <summary>
    /// Where a sentence starts without a full stop before it: a capitalised function word of the original's language
    /// ("Le", "Elle", "The") straight after a word or number, or a spaced dash followed by a capital or a number.
    /// </summary>
    private static bool IsGluePoint(CheckContext context, string language, Spelling.HunspellDictionary? dictionary, string text, Text.WordToken previous, Text.WordToken next)
    {
        var gap = text.AsSpan(previous.End, next.Start - previous.End);
        var between = gap.Trim();
        var nextWord = text.AsSpan(next.Start, next.End - next.Start);
        var previousWord = text.AsSpan(previous.Start, previous.End - previous.Start);
        if (between.IsEmpty || between is ")" or "»" or "\"" or "”" || NumberGap().IsMatch(between))
        {
            var previousEnd = text[previous.End - 1];
            var lastBefore = between.IsEmpty ? previousEnd : between[^1];
            if (!char.IsUpper(nextWord[0]) || !(char.IsLetterOrDigit(lastBefore) || lastBefore is ')' or '»' or '"' or '”'))
            {
                return false;
            }
            // A number ("22h48") between the two words is part of the gap; the tokenizer skips numbers.
            var head = ElidedHead(nextWord);
            if (context.Lexicon.Contains(language, previousWord))
            {
                return false; // "selon Le Monde", "à La Rochelle"
            }
            if (context.Lexicon.Contains(language, head))
            {
                return true;
            }
            // A common word capitalised after a lower-case word ("… cette saison Première fin …"), in a language that
            // capitalises only names and sentence starts.
            // A name after a title ("secretary Nick Thomas") goes on capitalised; a sentence goes on in lower case.
            return dictionary is not null && language != "de" && between.IsEmpty && char.IsLower(previousWord[0])
                && nextWord.Length >= 3 && !nextWord.ContainsAny(Apostrophes) && nextWord[1..].ToString().All(char.IsLower)
                && NextWordIsLowerCase(text, next.End)
                && dictionary.IsCorrect(nextWord.ToString().ToLowerInvariant());
        }
        // "Titre - La suite", "Ingrédients : … (maison) - 100 g …": a spaced dash after the heading.
        return DashGap().IsMatch(gap) && (char.IsUpper(nextWord[0]) || gap.ContainsAnyInRange('0', '9'));
    }

    [GeneratedRegex(@"^\)?\s+[-–—]\s+(\d[\d.,]*\s+)?$")]
    private static partial Regex DashGap();

    /// <summary>A number between the heading's last word and the sentence ("… décembre 2021 Le …").</summary>
    [GeneratedRegex(@"^\d[\d.,:]*$")]
    private static partial Regex NumberGap();

    private static bool NextWordIsLowerCase(string text, int from)
    {
        var i = from;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        return i < text.Length && char.IsLower(text[i]);
    }

    /// <summary>The heading ends after its last word and the closing marks right after it ("(maison)", "« vert »").</summary>
    private static int HeadingEnd(string text, int lastWordEnd, int glue)
    {
        var end = lastWordEnd;
        while (end < glue && text[end] is ')' or ']' or '»' or '"' or '”' or '“' or '\u00A0' or '\u202F')
        {
            end++;
        }
        return end;
    }

    private static int FirstWordAt(IReadOnlyList<Text.WordToken> words, int position)
    {
        int lo = 0, hi = words.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (words[mid].Start >= position)
            {
                found = mid;
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return found;
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
