using System.Text.RegularExpressions;
using Newsdesk.Locales;
using Newsdesk.Quality.Data;
using Newsdesk.Quality.Text;

namespace Newsdesk.Quality.Checks;

/// <summary>
/// Site chrome inside the body (widget labels, "Lire aussi", share and subscribe prompts, comment counters, the
/// masthead of a republishing site) and engine chatter ("Sure, here is the translation"), as a whole line or as a
/// sentence glued to a paragraph. The fix removes it.
/// </summary>
public sealed class BoilerplateCheck : IQualityCheck
{
    // Only lines and sentences of at most 160 characters are matched, which bounds the backtracking.
    private static readonly Regex Pattern = new(
        @"^\W{0,3}(?:" + string.Join("|", QualityData.Lines("boilerplate.txt").Select(l => "(?:" + l + ")")) + @")[\s\u00A0\u202F:：»>›|\-–—.!…]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // A line of dashes, bullets or stars separates widgets from the story; it carries no text.
    private static readonly Regex Separator = new(@"^[\s\-–—_*•·=~|#]+$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // A republishing site's masthead as the first or last line: its brand, one word written like a brand (an inner
    // capital, a digit or a dot: "DayFR", "News24", "Le360.ma"), and the edition's language ("DayFR Deutsch").
    private static readonly Regex Masthead = new(
        @"^(?<brand>(?=\S*(?:\p{Lu}\S*\p{Lu}|\d|\.\p{L}))[\p{L}\d][\p{L}\d.&]*) (?<language>\p{L}+)$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Dictionary<string, string> EditionNames = new(StringComparer.Ordinal)
    {
        ["de"] = "Deutsch", ["en"] = "English", ["fr"] = "Français", ["es"] = "Español", ["ca"] = "Català",
        ["it"] = "Italiano", ["nl"] = "Nederlands", ["pt"] = "Português",
    };

    public FindingCategory Category => FindingCategory.Boilerplate;

    /// <summary>Whether a line or sentence is page furniture (a widget label, prompt or credit) in any of the known languages.</summary>
    public static bool IsPageFurniture(string text) => text.Length <= 160 && Pattern.IsMatch(text);

    public void Check(CheckContext context, ICollection<Finding> findings)
    {
        var target = context.Target;
        var text = target.Text;
        foreach (var p in target.Paragraphs)
        {
            var line = text[p.Start..p.End];
            if (line.Length <= 160 && Pattern.IsMatch(line))
            {
                findings.Add(new Finding(Category, Severity.Major, p.Span, "boilerplate.line",
                    $"\"{Shorten(line)}\" is page furniture (a widget label, prompt or credit), not part of the article.",
                    Suggestion: "Remove the line.", Fix: new TextEdit(LineWithBreak(text, p), "")));
                continue;
            }
            if ((p.Paragraph == 0 || p.Paragraph == target.Paragraphs.Count - 1) && IsMasthead(context, line))
            {
                findings.Add(new Finding(Category, Severity.Minor, p.Span, "boilerplate.masthead",
                    $"\"{line}\" is the name of the site the text was taken from, not part of the article.",
                    Suggestion: "Remove the line.", Fix: new TextEdit(LineWithBreak(text, p), "")));
                continue;
            }
            if (line.Length <= 12 && Separator.IsMatch(line))
            {
                findings.Add(new Finding(Category, Severity.Minor, p.Span, "boilerplate.separator",
                    "A separator line from the page layout, not part of the article.",
                    Suggestion: "Remove the line.", Fix: new TextEdit(LineWithBreak(text, p), "")));
                continue;
            }
            if (IsFurnitureByShape(context, p, line))
            {
                findings.Add(new Finding(Category, Severity.Major, p.Span, "boilerplate.shape",
                    $"\"{Shorten(line)}\" has no counterpart in the original and reads like page furniture (a label, teaser or prompt), not part of the article.",
                    Suggestion: "Remove the line.", Fix: new TextEdit(LineWithBreak(text, p), "")));
                continue;
            }
            if (GluedToHeading(context, p) is { } glued)
            {
                findings.Add(new Finding(Category, Severity.Major, glued, "boilerplate.glued-heading",
                    $"\"{Shorten(text[glued.Start..glued.End])}\" after the heading has no counterpart in the original and reads like page furniture (a label, teaser or prompt).",
                    Suggestion: "Remove it.", Fix: new TextEdit(new TextSpan(SpacesBefore(text, glued.Start, p.Start), glued.End), "")));
                continue;
            }
            CheckSentences(context, p, findings);
        }
    }

    /// <summary>Where the spaces right before <paramref name="index"/> start (not before <paramref name="floor"/>).</summary>
    private static int SpacesBefore(string text, int index, int floor)
    {
        while (index > floor && text[index - 1] is ' ' or '\u00A0')
        {
            index--;
        }
        return index;
    }

    /// <summary>
    /// A label glued to a heading, where no full stop shows where the heading ends ("… für Mieter Zum Newsletter anmelden"):
    /// the heading's words up to a capitalised word that the target writes in lower case (so it opens something new) are
    /// as long as the original's heading, by the text's own length ratio, and the whole line is further from it; what
    /// follows is shaped like a label and shares no word with the original. Not after a colon, dash or quotation mark
    /// (a subtitle or a quotation starts with a capital).
    /// </summary>
    private static TextSpan? GluedToHeading(CheckContext context, TextSegment paragraph)
    {
        if (context.Source is not { } source || context.Alignment is not { } alignment || source.Text.Length == 0
            || context.Spelling.Get(context.TargetLanguage, out _) is not { } spelling)
        {
            return null;
        }
        var target = context.Target;
        var text = target.Text;
        var end = paragraph.End;
        while (end > paragraph.Start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end - paragraph.Start < 8 || text[end - 1] is '.' or '!' or '?' or '…' or '"' or '”' or '“' or '»' or ')')
        {
            return null; // not a heading, or one ending in a way a glued label does not
        }
        var index = target.SentenceAt(paragraph.Start);
        if (index < 0 || target.Sentences[index].End < end || alignment.BeadOfTarget(index) is not { SourceCount: > 0, TargetCount: 1 } bead)
        {
            return null;
        }
        var original = source.Text[source.Sentences[bead.SourceStart].Start..source.Sentences[bead.SourceStart + bead.SourceCount - 1].End];
        var expected = original.Length * ((double)text.Length / source.Text.Length);
        var words = target.Words.Where(w => w.Sentence == index).ToList();
        TextSpan? best = null;
        var bestGap = double.MaxValue;
        for (var k = 2; k < words.Count; k++)
        {
            var word = text[words[k].Start..words[k].End];
            if (!char.IsUpper(word[0]) || word.Skip(1).Any(char.IsUpper) || OpensSubtitle(text, words[k - 1].End, words[k].Start))
            {
                continue;
            }
            var lower = word.ToLowerInvariant();
            if (!FunctionWordLexicon.Languages.Any(l => context.Lexicon.Contains(l, lower))
                && (!spelling.IsCorrect(lower) || spelling.HasCapitalisedEntry(word)))
            {
                continue; // a noun (German "Wandel", beside the verb "wandeln") or a name
            }
            if (words.Count - k < 2)
            {
                continue; // one word after a heading is as likely its own last word
            }
            var head = words[k - 1].End - paragraph.Start;
            var gap = Math.Abs(head - expected);
            if (gap > 0.3 * expected || Math.Abs(end - paragraph.Start - expected) <= gap || gap >= bestGap)
            {
                continue;
            }
            var tail = text[words[k].Start..end];
            if (tail.Length > MaxGluedLabel || !LooksLikeLabel(context, tail)
                || words.Skip(k).Any(w => w.End - w.Start >= 3 && original.Contains(text[w.Start..w.End], StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            best = new TextSpan(words[k].Start, end);
            bestGap = gap;
        }
        return best;
    }

    private static bool OpensSubtitle(string text, int previousEnd, int start)
    {
        foreach (var c in text.AsSpan(previousEnd, start - previousEnd))
        {
            if (c is ':' or '–' or '—' or '-' or '|' or '„' or '“' or '"' or '«' or '‚' or '(' or '.' or '?' or '!' or '/')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Furniture recognised by what it is rather than by its words: a short line that the alignment finds no counterpart
    /// for in the original (the republishing site added it), shaped like a label, teaser or prompt: it ends with a colon
    /// or an arrow, is split by bars or bullets, is in capitals, or is a few words (title case up to eight) without a
    /// full stop.
    /// </summary>
    private static bool IsFurnitureByShape(CheckContext context, TextSegment paragraph, string line)
    {
        if (context.Source is null || context.Alignment is not { } alignment || line.Length > MaxShapeLine)
        {
            return false;
        }
        var target = context.Target;
        var sentences = Enumerable.Range(0, target.Sentences.Count).Where(i => target.Sentences[i].Paragraph == paragraph.Paragraph).ToList();
        if (sentences.Count == 0 || sentences.Any(i => alignment.BeadOfTarget(i) is not { SourceCount: 0 }))
        {
            return false;
        }
        return LooksLikeLabel(context, line.Trim());
    }

    /// <summary>
    /// The shape of a label, teaser or prompt: it ends with a colon or an arrow, is split by bars or bullets, is in
    /// capitals, or is a few words (title case up to eight) without a full stop.
    /// </summary>
    private static bool LooksLikeLabel(CheckContext context, string trimmed)
    {
        var words = trimmed.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('"', '«', '»', '„', '“', '”', '(', ')', ',', ';')).Where(w => w.Any(char.IsLetter)).ToList();
        if (words.Count == 0)
        {
            return false;
        }
        if (trimmed[^1] is ':' or '›' or '»' or '>' or '→' or '|' || trimmed.Contains(" | ", StringComparison.Ordinal)
            || trimmed.Contains(" • ", StringComparison.Ordinal))
        {
            return true;
        }
        if (words.Count >= 2 && words.All(w => w.Where(char.IsLetter).All(char.IsUpper)))
        {
            return true;
        }
        if (words.Count > MaxTitleWords || trimmed[^1] is '.' or '!' or '?' or '"' or '“' or '”' or '»' or '…')
        {
            return false;
        }
        // A few words without a full stop (a label or a button: "Artikel merken", "Lo más leído"), or title case: every
        // word that is not a function word of the target starts with a capital.
        if (words.Count <= MaxLabelWords)
        {
            return true;
        }
        var content = words.Where(w => !context.Lexicon.Contains(context.TargetLanguage, w)).ToList();
        return content.Count >= 2 && content.All(w => char.IsUpper(w[0]));
    }

    /// <summary>
    /// Furniture glued to a paragraph's end by position and shape: after a sentence that ends the paragraph's text
    /// properly, a short piece without a full stop, shaped like a label, that the alignment gives no source sentence of
    /// its own (it stands alone or shares its neighbour's).
    /// </summary>
    private static bool IsGluedByShape(CheckContext context, List<TextSegment> sentences)
    {
        if (context.Source is null || context.Alignment is not { } alignment)
        {
            return false;
        }
        var target = context.Target;
        var text = target.Text;
        var last = sentences[^1];
        var before = sentences[^2];
        var trimmed = text[last.Start..last.End].Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxGluedLabel || !char.IsUpper(trimmed[0]) || !EndsASentence(text, before))
        {
            return false;
        }
        var index = target.SentenceAt(last.Start);
        if (index <= 0 || alignment.BeadOfTarget(index) is not { } bead
            || !(bead.SourceCount == 0 || bead.TargetStart < index))
        {
            return false;
        }
        return LooksLikeLabel(context, trimmed);
    }

    private static bool EndsASentence(string text, TextSegment sentence)
    {
        var end = sentence.End;
        while (end > sentence.Start && text[end - 1] is '"' or '“' or '”' or '»' or '\'' or ')' or ' ')
        {
            end--;
        }
        return end > sentence.Start && text[end - 1] is '.' or '!' or '?' or '…';
    }

    private const int MaxGluedLabel = 60;
    private const int MaxShapeLine = 90;
    private const int MaxTitleWords = 8;
    private const int MaxLabelWords = 5;

    /// <summary>
    /// A brand and the target's language, the brand named nowhere else in the text or its original: a headline
    /// about a language course or an exam ("TestDaF Deutsch") names its subject again below.
    /// </summary>
    private static bool IsMasthead(CheckContext context, string line)
    {
        if (line.Length > 60 || Masthead.Match(line) is not { Success: true } m
            || !EditionNames.TryGetValue(context.TargetLanguage, out var edition) || m.Groups["language"].Value != edition)
        {
            return false;
        }
        var brand = m.Groups["brand"].Value;
        var text = context.Target.Text;
        var first = text.IndexOf(brand, StringComparison.OrdinalIgnoreCase);
        return text.IndexOf(brand, first + brand.Length, StringComparison.OrdinalIgnoreCase) < 0
            && context.Source?.Text.Contains(brand, StringComparison.OrdinalIgnoreCase) != true;
    }

    private void CheckSentences(CheckContext context, TextSegment paragraph, ICollection<Finding> findings)
    {
        var target = context.Target;
        var text = target.Text;
        var sentences = target.Sentences.Where(s => s.Paragraph == paragraph.Paragraph).ToList();
        if (sentences.Count < 2)
        {
            return;
        }
        // A run of boilerplate sentences at the start or end of a paragraph ("… gefallen? Teilen Sie ihn …").
        var flags = sentences.Select(s => s.Length <= 160 && Pattern.IsMatch(text[s.Start..s.End])).ToArray();
        if (!flags[^1] && IsGluedByShape(context, sentences))
        {
            var last = sentences[^1];
            var start = SpacesBefore(text, last.Start, paragraph.Start);
            findings.Add(new Finding(Category, Severity.Major, last.Span, "boilerplate.glued-shape",
                $"\"{Shorten(text[last.Start..last.End])}\" after the paragraph's last sentence has no counterpart in the original and reads like page furniture (a label, teaser or prompt).",
                Suggestion: "Remove it.", Fix: new TextEdit(new TextSpan(start, last.End), "")));
        }
        var i = 0;
        while (i < sentences.Count)
        {
            if (!flags[i])
            {
                i++;
                continue;
            }
            var j = i;
            while (j + 1 < sentences.Count && flags[j + 1])
            {
                j++;
            }
            var span = new TextSpan(sentences[i].Start, sentences[j].End);
            var content = text[span.Start..span.End];
            {
                // Take the space before it so that removal leaves a clean paragraph.
                var start = span.Start;
                while (start > paragraph.Start && text[start - 1] is ' ' or '\u00A0')
                {
                    start--;
                }
                findings.Add(new Finding(Category, Severity.Major, span, "boilerplate.inline",
                    $"\"{Shorten(content)}\" is page furniture glued to the paragraph, not part of the article.",
                    Suggestion: "Remove it.", Fix: new TextEdit(new TextSpan(start, span.End), "")));
            }
            i = j + 1;
        }
    }

    private static TextSpan LineWithBreak(string text, TextSegment p)
    {
        var start = p.Start;
        var end = p.End;
        while (end < text.Length && text[end] is ' ' or '\t' or '\r')
        {
            end++;
        }
        if (end < text.Length && text[end] == '\n')
        {
            return new TextSpan(LineStart(text, start), end + 1);
        }
        // The last line: take the line break before it instead.
        var ls = LineStart(text, start);
        return ls > 0 ? new TextSpan(ls - 1, text.Length) : new TextSpan(ls, end);
    }

    private static int LineStart(string text, int position)
    {
        while (position > 0 && text[position - 1] != '\n')
        {
            position--;
        }
        return position;
    }

    internal static string Shorten(string s) => s.Length <= 60 ? s : string.Concat(s.AsSpan(0, 57), "…");
}
