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
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = 0;
        var start = -1;
        for (var i = 0; i <= text.Length && words < MaxWords; i++)
        {
            var letter = i < text.Length && (char.IsLetter(text[i]) || text[i] == '\'');
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                var word = text[start..i].Trim('\'').ToLowerInvariant();
                start = -1;
                words++;
                foreach (var lang in FunctionWordLexicon.Languages)
                {
                    if (FunctionWordLexicon.Shared.Contains(lang, word))
                    {
                        counts[lang] = counts.GetValueOrDefault(lang) + 1;
                    }
                }
                foreach (var (lang, set) in lexicon.Stopwords)
                {
                    if (set.Contains(word))
                    {
                        counts[lang] = counts.GetValueOrDefault(lang) + 1;
                    }
                }
            }
        }
        return (counts, words);
    }
}
