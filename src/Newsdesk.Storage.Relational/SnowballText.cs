using System.Globalization;
using System.Text;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;
using Newsdesk.Model;
using Newsdesk.Storage;

namespace Newsdesk.Storage.Relational;

/// <summary>
/// Language-aware words: text split into words, lower-cased and reduced to its Snowball stem in the edition's language
/// ("marchés" and "marché" alike). SQLite's FTS5 index holds these stems; both dialects highlight search hits with them
/// (PostgreSQL's text search configurations use the same Snowball stemmers).
/// </summary>
public static class SnowballText
{
    [ThreadStatic]
    private static Dictionary<string, SnowballProgram?>? t_stemmers;

    // Highlighting stems every word of every hit; a site's vocabulary is small enough to remember (bounded, reset when full).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Language, string Word), string> FoldedStems = new();
    private const int MaxRemembered = 400_000;

    private static SnowballProgram? Stemmer(string language)
    {
        t_stemmers ??= new Dictionary<string, SnowballProgram?>(StringComparer.Ordinal);
        if (!t_stemmers.TryGetValue(language, out var stemmer))
        {
            stemmer = language switch
            {
                "fr" => new FrenchStemmer(),
                "es" => new SpanishStemmer(),
                "de" => new GermanStemmer(),
                "en" => new EnglishStemmer(),
                "ca" => new CatalanStemmer(),
                "it" => new ItalianStemmer(),
                "pt" => new PortugueseStemmer(),
                "nl" => new DutchStemmer(),
                "da" => new DanishStemmer(),
                "sv" => new SwedishStemmer(),
                "nb" or "nn" or "no" => new NorwegianStemmer(),
                "fi" => new FinnishStemmer(),
                "ro" => new RomanianStemmer(),
                "ru" => new RussianStemmer(),
                "tr" => new TurkishStemmer(),
                "hu" => new HungarianStemmer(),
                "eu" => new BasqueStemmer(),
                "ga" => new IrishStemmer(),
                _ => null,
            };
            t_stemmers[language] = stemmer;
        }
        return stemmer;
    }

    /// <summary>The stem of one word in a language (the lower-cased word where no stemmer exists).</summary>
    public static string Stem(LanguageTag language, string word)
    {
        var lower = word.ToLower(CultureInfo.InvariantCulture);
        var stemmer = Stemmer(language.Language);
        if (stemmer is null)
        {
            return lower;
        }
        stemmer.SetCurrent(lower);
        stemmer.Stem();
        var stem = stemmer.Current;
        return stem.Length == 0 ? lower : stem;
    }

    /// <summary>The text as space-separated stems, in order (phrases stay adjacent).</summary>
    public static string StemText(LanguageTag language, string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var word in Newsdesk.Publishing.SearchQuery.Words(text))
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }
            sb.Append(Stem(language, word));
        }
        return sb.ToString();
    }

    /// <summary>Folds accents the way FTS5's unicode61 tokenizer (remove_diacritics 2) does, for comparing stems.</summary>
    public static string Fold(string stem)
    {
        var d = stem.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// Marks the words of <paramref name="text"/> whose stem is one of <paramref name="stems"/> (folded); with
    /// <paramref name="window"/> words, returns only the window with the most marks.
    /// </summary>
    public static string Highlight(LanguageTag language, string text, IReadOnlySet<string> stems, int? window = null)
    {
        var spans = new List<(int Start, int End, bool Hit)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }
            spans.Add((start, i, stems.Contains(FoldedStem(language, text[start..i]))));
        }
        var from = 0;
        var to = spans.Count;
        if (window is { } w && spans.Count > w)
        {
            var best = 0;
            var bestHits = -1;
            var hits = 0;
            for (var k = 0; k < spans.Count; k++)
            {
                hits += spans[k].Hit ? 1 : 0;
                if (k >= w)
                {
                    hits -= spans[k - w].Hit ? 1 : 0;
                }
                if (k >= w - 1 && hits > bestHits)
                {
                    bestHits = hits;
                    best = k - w + 1;
                }
            }
            // Start a few words before the first hit so it reads as a sentence.
            from = Math.Max(0, best - 3);
            to = Math.Min(spans.Count, from + w);
        }
        if (spans.Count == 0)
        {
            return text;
        }
        var startChar = from == 0 ? 0 : spans[from].Start;
        var endChar = to == spans.Count ? text.Length : spans[to - 1].End;
        var sb = new StringBuilder(endChar - startChar + 16);
        if (startChar > 0)
        {
            sb.Append("… ");
        }
        var pos = startChar;
        for (var k = from; k < to; k++)
        {
            var (s, e, hit) = spans[k];
            sb.Append(text, pos, s - pos);
            if (hit)
            {
                sb.Append(SearchHit.MarkStart).Append(text, s, e - s).Append(SearchHit.MarkEnd);
            }
            else
            {
                sb.Append(text, s, e - s);
            }
            pos = e;
        }
        sb.Append(text, pos, endChar - pos);
        if (endChar < text.Length)
        {
            sb.Append(" …");
        }
        return sb.ToString();
    }

    /// <summary>Fold(Stem(word)), remembered.</summary>
    public static string FoldedStem(LanguageTag language, string word)
    {
        var key = (language.Language, word);
        if (FoldedStems.TryGetValue(key, out var known))
        {
            return known;
        }
        if (FoldedStems.Count >= MaxRemembered)
        {
            FoldedStems.Clear();
        }
        var folded = Fold(Stem(language, word));
        FoldedStems[key] = folded;
        return folded;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
