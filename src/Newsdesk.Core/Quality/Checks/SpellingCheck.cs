namespace Newsdesk.Quality.Checks;

/// <summary>
/// Unknown words by the target language's Hunspell dictionary. Names and numbers are excluded: only lower-case words
/// are checked (German nouns and all names are capitalised), and words found in the source are taken as names or
/// terms. Reports once and skips itself when Hunspell or the dictionary is missing.
/// </summary>
public sealed class SpellingCheck : IQualityCheck
{
    public FindingCategory Category => FindingCategory.Spelling;

    public void Check(CheckContext context, ICollection<Finding> findings)
    {
        if (!context.Options.Spelling)
        {
            return;
        }
        var dictionary = context.Spelling.Get(context.TargetLanguage, out var problem);
        if (dictionary is null)
        {
            context.AddNotice($"spelling check skipped: {problem}");
            return;
        }
        var target = context.Target;
        var text = target.Text;
        foreach (var w in target.Words)
        {
            var length = w.End - w.Start;
            if (length < 4 || !char.IsLower(text[w.Start]))
            {
                continue;
            }
            var word = text[w.Start..w.End];
            if (!word.All(char.IsLower))
            {
                continue;
            }
            if (context.SourceHasWord(word))
            {
                continue;
            }
            if (dictionary.Knows(word) || (word.Contains('-', StringComparison.Ordinal) && word.Split('-').All(p => p.Length == 0 || dictionary.Knows(p))))
            {
                continue;
            }
            // Unknown is not wrong: compounds and derived forms are missing from every dictionary. Only a word one
            // typing slip away from a known word is reported.
            if (TypoCorrection(dictionary, word) is not { } correction)
            {
                continue;
            }
            findings.Add(new Finding(Category, Severity.Minor, w.Span, "spelling.typo",
                $"\"{word}\" is not in the {dictionary.Name} dictionary; probably a typo for \"{correction}\".", Suggestion: correction));
        }
    }

    private static readonly (string, string)[] Confusions =
    [
        ("ä", "a"), ("a", "ä"), ("ö", "o"), ("o", "ö"), ("ü", "u"), ("u", "ü"), ("ß", "ss"), ("ss", "ß"),
        ("é", "e"), ("e", "é"), ("è", "e"), ("à", "a"), ("ç", "c"), ("ñ", "n"), ("í", "i"), ("ó", "o"), ("á", "a"),
    ];

    /// <summary>A known word reachable by one slip: swapped neighbours, a doubled or dropped double letter, a lost accent.</summary>
    private static string? TypoCorrection(Spelling.HunspellDictionary dictionary, string word)
    {
        var candidates = new List<string>();
        for (var i = 0; i + 1 < word.Length; i++)
        {
            if (word[i] != word[i + 1] && !(word[i] is 'i' or 'e' && word[i + 1] is 'i' or 'e'))
            {
                candidates.Add(string.Concat(word.AsSpan(0, i), word[i + 1].ToString(), word[i].ToString(), word.AsSpan(i + 2)));
            }
            else
            {
                candidates.Add(word.Remove(i, 1));
            }
        }
        for (var i = 1; i < word.Length; i++)
        {
            if (word[i] is not ('a' or 'e' or 'i' or 'o' or 'u') && word[i] != word[i - 1])
            {
                candidates.Add(word.Insert(i, word[i].ToString()));
            }
        }
        foreach (var (from, to) in Confusions)
        {
            for (var at = word.IndexOf(from, StringComparison.Ordinal); at >= 0; at = word.IndexOf(from, at + 1, StringComparison.Ordinal))
            {
                candidates.Add(string.Concat(word.AsSpan(0, at), to, word.AsSpan(at + from.Length)));
            }
        }
        return candidates.FirstOrDefault(c => c.Length >= 4 && c.All(char.IsLetter) && dictionary.IsCorrect(c));
    }
}
