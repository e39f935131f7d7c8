using Newsdesk.Quality.Text;

namespace Newsdesk.Quality.Checks;

/// <summary>The punctuation rules of single languages: French spacing, Spanish opening marks, German words.</summary>
public sealed partial class PunctuationCheck
{
    /// <summary>
    /// French sets a no-break space before ":" and a narrow one before ";", "?" and "!" ("Pourquoi ?"), which engines
    /// translating from English leave out. Swiss and Canadian usage differs, so those locales are not checked. Times
    /// ("10:30"), URLs ("http://", "?q=") and runs of marks ("?!": the space goes before the first) are not prose.
    /// </summary>
    private void CheckMissingFrenchSpacing(string text, ICollection<Finding> findings)
    {
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not (':' or ';' or '?' or '!'))
            {
                continue;
            }
            var before = text[i - 1];
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            if (!(char.IsLetterOrDigit(before) || before is '»' or '"' or ')' or '”')
                || char.IsLetterOrDigit(after) || after is '/' or '=' or '&' or ')' || (char.IsDigit(before) && c == ':'))
            {
                continue;
            }
            var space = c == ':' ? "\u00A0" : "\u202F";
            findings.Add(new Finding(Category, Severity.Minor, new TextSpan(i, i + 1), "punctuation.french-spacing-missing",
                $"French sets a no-break space before \"{c}\".", Suggestion: space + c,
                Fix: new TextEdit(new TextSpan(i, i), space)));
        }
    }

    /// <summary>
    /// Spanish opens a question with "¿" where it starts, often inside a sentence ("Dijo: ¿vienes?"), and engines
    /// translating from languages without it drop it. A "?" with no "¿" before it in its sentence (since the previous
    /// question) is reported; where the question starts is for the editor, so there is a suggestion and no fix.
    /// </summary>
    private void CheckInvertedQuestionMarks(TextAnalysis target, ICollection<Finding> findings)
    {
        var text = target.Text;
        foreach (var sentence in target.Sentences)
        {
            var from = sentence.Start;
            for (var i = sentence.Start; i < sentence.End; i++)
            {
                if (text[i] != '?')
                {
                    continue;
                }
                // "(?)" marks a doubt, "??" one question; a "?" inside a word is a URL or a code.
                var inWord = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && i > 0 && char.IsLetterOrDigit(text[i - 1]);
                if (text.AsSpan(from, i - from).IndexOf('¿') < 0 && !inWord && !(i > 0 && text[i - 1] is '(' or '?'))
                {
                    findings.Add(new Finding(Category, Severity.Minor, new TextSpan(i, i + 1), "punctuation.inverted-question-mark",
                        "This question has no opening \"¿\": Spanish marks where a question starts.",
                        Suggestion: "Put \"¿\" where the question starts."));
                }
                from = i + 1;
            }
        }
    }

    // Abbreviations German writes with full stops (Duden), as engines and typists leave them without: "dh", "zB".
    private static readonly Dictionary<string, string> GermanAbbreviations = new(StringComparer.Ordinal)
    {
        ["dh"] = "d. h.", ["zB"] = "z. B.", ["zb"] = "z. B.", ["bzw"] = "bzw.", ["usw"] = "usw.", ["ggf"] = "ggf.", ["evtl"] = "evtl.",
        ["vgl"] = "vgl.", ["inkl"] = "inkl.", ["bspw"] = "bspw.", ["zT"] = "z. T.", ["uU"] = "u. U.", ["ua"] = "u. a.", ["ca"] = "ca.",
    };

    private static readonly HashSet<string> InfinitiveOpeners = new(StringComparer.Ordinal) { "um", "ohne", "statt", "anstatt" };

    // Before these the infinitive group is coordinated with another or compared, and shares its comma.
    private static readonly HashSet<string> NoCommaBefore = new(StringComparer.Ordinal) { "und", "oder", "sowie", "als", "wie", "sondern", "aber" };

    /// <summary>
    /// Word-level German rules, in one pass over the words. Abbreviations without their full stops ("dh", "zB"). An
    /// infinitive group opened by "um", "ohne", "statt" or "anstatt" without the comma German requires before it
    /// (Duden), which engines translating "to …" often leave out: "… entwickelt um an den Nektar zu kommen". Not after
    /// "und"/"oder" (coordinated groups share one comma) and not for "um … herum" (a preposition).
    /// </summary>
    private void CheckGermanWords(TextAnalysis target, ICollection<Finding> findings)
    {
        var text = target.Text;
        var words = target.Words;
        var abbreviations = GermanAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        var openers = InfinitiveOpeners.GetAlternateLookup<ReadOnlySpan<char>>();
        var noCommaBefore = NoCommaBefore.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var word = text.AsSpan(w.Start, w.End - w.Start);
            var next = w.End < text.Length ? text[w.End] : ' ';
            if (word.Length <= 4 && next != '.' && abbreviations.TryGetValue(word, out var written))
            {
                findings.Add(new Finding(Category, Severity.Minor, w.Span, "punctuation.abbreviation",
                    $"\"{word}\" is written \"{written}\" in German, with its full stops.", Suggestion: written,
                    Fix: new TextEdit(w.Span, written)));
                continue;
            }
            if (i == 0 || w.SentenceInitial || !openers.Contains(word)
                || text[w.Start - 1] != ' ' || words[i - 1].End != w.Start - 1 || words[i - 1].Sentence != w.Sentence)
            {
                continue;
            }
            var before = text.AsSpan(words[i - 1].Start, words[i - 1].End - words[i - 1].Start);
            if (noCommaBefore.Contains(before))
            {
                continue;
            }
            if (EndsInfinitiveGroup(text, words, i) && !text.AsSpan(w.End, Math.Min(120, text.Length - w.End)).Contains("herum", StringComparison.Ordinal))
            {
                findings.Add(new Finding(Category, Severity.Minor, w.Span, "punctuation.comma-infinitive",
                    $"\"{word} … zu …\" is an infinitive group; German sets it off with a comma.", Suggestion: $", {word}"));
            }
        }
    }

    /// <summary>
    /// Whether the words after an opener run, without punctuation or a coordinating conjunction between them, to
    /// "zu" and an infinitive ("-en", "-ern", "-eln") that ends the clause.
    /// </summary>
    private static bool EndsInfinitiveGroup(string text, IReadOnlyList<WordToken> words, int opener)
    {
        for (var k = opener + 1; k < words.Count && k <= opener + 14; k++)
        {
            var gap = text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End);
            if (gap.ContainsAny(ClauseBreaks) || words[k].Sentence != words[opener].Sentence)
            {
                return false;
            }
            var word = text.AsSpan(words[k].Start, words[k].End - words[k].Start);
            if (word is "und" or "oder" or "aber")
            {
                return false;
            }
            if (word is "zu" && k + 1 < words.Count && words[k + 1].Sentence == words[opener].Sentence)
            {
                var verb = text.AsSpan(words[k + 1].Start, words[k + 1].End - words[k + 1].Start);
                var after = text.AsSpan(words[k + 1].End).TrimStart(' ');
                if (char.IsLower(verb[0]) && (verb.EndsWith("en", StringComparison.Ordinal) || verb.EndsWith("ern", StringComparison.Ordinal) || verb.EndsWith("eln", StringComparison.Ordinal))
                    && text.AsSpan(words[k].End, words[k + 1].Start - words[k].End) is " " && (after.IsEmpty || ClauseBreaks.Contains(after[0])))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",.;:!?\"„“”»«\n–—()");
}
