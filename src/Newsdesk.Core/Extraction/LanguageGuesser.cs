using System.Collections.Frozen;
using Newsdesk.Locales;

namespace Newsdesk.Extraction;

/// <summary>
/// A cheap language guess for a whole page from function-word counts: the desk's function-word lists
/// (<see cref="FunctionWordLexicon"/>, shared with the quality gate) for de, fr, en, es, it, nl, pt, ca, and the
/// extraction lexicon's own stopwords for languages the desk does not translate (pl).
/// </summary>
internal static class LanguageGuesser
{
    private const int MaxWords = 3000;

    /// <summary>The most likely language and whether the evidence is strong (enough hits, clear margin).</summary>
    public static (string? Language, bool Confident) Guess(string text, Lexicon lexicon)
    {
        var (counts, words) = Count(text, lexicon);
        if (counts.Count == 0)
        {
            return (null, false);
        }
        var ranked = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        var best = ranked[0];
        var second = ranked.Count > 1 ? ranked[1].Value : 0;
        if (best.Value < 3)
        {
            return (null, false);
        }
        var confident = best.Value >= 12 && best.Value >= second * 1.6 && best.Value >= words * 0.08;
        return (best.Key, confident);
    }

    /// <summary>How many of the text's words are function words of each language, and how many words were read.</summary>
    public static (Dictionary<string, int> Counts, int Words) Count(string text, Lexicon lexicon)
    {
        // Called several times per page (whole text, passages): words are looked up as spans, without a string each.
        var hits = new int[FunctionWords.Length + lexicon.Stopwords.Count];
        var stopwords = Stopwords(lexicon);
        var words = 0;
        foreach (var word in new WordRuns(text, curlyApostrophe: false))
        {
            if (words == MaxWords)
            {
                break;
            }
            words++;
            if (word.Length == 0 || word.Length > MaxWordLength)
            {
                continue; // no function word or stopword is that long
            }
            for (var l = 0; l < FunctionWords.Length; l++)
            {
                if (FunctionWords[l].Words.Contains(word))
                {
                    hits[l]++;
                }
            }
            for (var l = 0; l < stopwords.Length; l++)
            {
                if (stopwords[l].Words.Contains(word))
                {
                    hits[FunctionWords.Length + l]++;
                }
            }
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var l = 0; l < FunctionWords.Length; l++)
        {
            if (hits[l] > 0)
            {
                counts[FunctionWords[l].Language] = hits[l];
            }
        }
        for (var l = 0; l < stopwords.Length; l++)
        {
            if (hits[FunctionWords.Length + l] > 0)
            {
                counts[stopwords[l].Language] = counts.GetValueOrDefault(stopwords[l].Language) + hits[FunctionWords.Length + l];
            }
        }
        return (counts, words);
    }

    private const int MaxWordLength = 48;

    /// <summary>The function-word lists and (below) the stopword lists, case-insensitive, as span lookups.</summary>
    private static readonly (string Language, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words)[] FunctionWords =
        [.. FunctionWordLexicon.Languages.Select(l => (l, FunctionWordLexicon.Shared.Lookup(l)))];

    private static (string Language, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words)[] Stopwords(Lexicon lexicon) =>
        [.. lexicon.Stopwords.Select(kv => (kv.Key, kv.Value.GetAlternateLookup<ReadOnlySpan<char>>()))];
}
