namespace Newsdesk.Quality.Text;

/// <summary>Splits text into paragraphs (lines) and sentences with a rule-based splitter that knows common abbreviations.</summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        // German
        "z", "B", "d", "h", "u", "a", "bzw", "usw", "ca", "Nr", "Dr", "Prof", "St", "vgl", "ggf", "evtl", "inkl", "zzgl",
        "Mio", "Mrd", "Tsd", "Abs", "Art", "Str", "Jh", "Jhd", "geb", "gest", "bspw", "sog", "o", "v", "Chr", "Hr", "Fr", "etc",
        // French
        "M", "MM", "Mme", "Mmes", "Mlle", "env", "cf", "av", "apr", "J.-C", "Me", "Mgr", "p", "pp", "vol", "éd", "n°",
        // English
        "Mr", "Mrs", "Ms", "Jr", "Sr", "vs", "e", "g", "i", "Inc", "Ltd", "Co", "Corp", "Gen", "Gov", "Sen", "Rep", "Sgt",
        "Lt", "Col", "Capt", "No", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Mt", "approx", "U.S", "a.m", "p.m",
        // Spanish
        "Sra", "Sr", "Srta", "Dña", "Ud", "Uds", "pág", "aprox", "núm",
    };

    /// <summary>Paragraph spans: non-blank lines, trimmed.</summary>
    public static List<TextSegment> Paragraphs(string text)
    {
        var result = new List<TextSegment>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var s = start;
                var e = i;
                while (s < e && char.IsWhiteSpace(text[s]))
                {
                    s++;
                }
                while (e > s && char.IsWhiteSpace(text[e - 1]))
                {
                    e--;
                }
                if (e > s)
                {
                    result.Add(new TextSegment(s, e, result.Count));
                }
                start = i + 1;
            }
        }
        return result;
    }

    /// <summary>Sentence spans within the given paragraphs.</summary>
    public static List<TextSegment> Sentences(string text, IReadOnlyList<TextSegment> paragraphs)
    {
        var result = new List<TextSegment>();
        foreach (var p in paragraphs)
        {
            var start = p.Start;
            var i = p.Start;
            while (i < p.End)
            {
                var c = text[i];
                if (c is '.' or '!' or '?' or '…')
                {
                    var end = i + 1;
                    while (end < p.End && text[end] is '.' or '!' or '?' or '…')
                    {
                        end++;
                    }
                    // Closing quotes and brackets belong to the sentence they end.
                    while (end < p.End && text[end] is '"' or '“' or '”' or '»' or '«' or '’' or '\'' or ')' or ']')
                    {
                        end++;
                    }
                    if (end < p.End && char.IsWhiteSpace(text[end]) && IsBoundary(text, p, start, i, end))
                    {
                        result.Add(new TextSegment(start, end, p.Paragraph));
                        var next = end;
                        while (next < p.End && char.IsWhiteSpace(text[next]))
                        {
                            next++;
                        }
                        start = next;
                        i = next;
                        continue;
                    }
                    i = end;
                    continue;
                }
                i++;
            }
            if (start < p.End)
            {
                result.Add(new TextSegment(start, p.End, p.Paragraph));
            }
        }
        return result;
    }

    private static bool IsBoundary(string text, TextSegment paragraph, int sentenceStart, int mark, int after)
    {
        var next = after;
        while (next < paragraph.End && char.IsWhiteSpace(text[next]))
        {
            next++;
        }
        if (next >= paragraph.End)
        {
            return false;
        }
        var n = text[next];
        var startsLikeSentence = char.IsUpper(n) || char.IsDigit(n) || n is '"' or '„' or '“' or '«' or '»' or '(' or '‚' or '\'' or '–' or '—' or '-' or '¿' or '¡';
        if (!startsLikeSentence)
        {
            return false;
        }
        if (text[mark] != '.')
        {
            return true;
        }
        // The word before the full stop decides: abbreviations and day ordinals ("3. Februar") do not end sentences.
        var w = mark;
        while (w > sentenceStart && !char.IsWhiteSpace(text[w - 1]) && text[w - 1] is not '(' and not '"' and not '„' and not '«')
        {
            w--;
        }
        var word = text[w..mark];
        if (word.Length == 0)
        {
            return true;
        }
        if (Abbreviations.Contains(word) || Abbreviations.Contains(word.TrimStart('-')))
        {
            return false;
        }
        // Initials ("J. Smith", "U.S.") and dotted abbreviations ("z.B.").
        if (word.Length == 1 && char.IsLetter(word[0]))
        {
            return false;
        }
        if (word.Contains('.', StringComparison.Ordinal) && word.Replace(".", "", StringComparison.Ordinal).Length <= 4)
        {
            return false;
        }
        if (word.All(char.IsDigit) && word.Length <= 2 && char.IsLetter(n))
        {
            return false;
        }
        return true;
    }
}
