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
            context.AddNotice(problem ?? "spelling check skipped");
            return;
        }
        var target = context.Target;
        var text = target.Text;
        var sourceText = context.Source?.Text;
        foreach (var w in target.Words)
        {
            var length = w.End - w.Start;
            if (length < 4 || !char.IsLower(text[w.Start]))
            {
                continue;
            }
            var word = text[w.Start..w.End];
            if (word.Any(c => char.IsDigit(c) || char.IsUpper(c)) || word.Contains('\'', StringComparison.Ordinal) || word.Contains('’', StringComparison.Ordinal))
            {
                continue;
            }
            if (sourceText is not null && sourceText.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (dictionary.IsCorrect(word) || (word.Contains('-', StringComparison.Ordinal) && word.Split('-').All(p => p.Length == 0 || dictionary.IsCorrect(p) || dictionary.IsCorrect(Capitalize(p)))))
            {
                continue;
            }
            // Sentence-initial words and nominalised forms may be written capitalised in the dictionary.
            if (dictionary.IsCorrect(Capitalize(word)))
            {
                continue;
            }
            findings.Add(new Finding(Category, Severity.Minor, w.Span, "spelling.unknown-word",
                $"\"{word}\" is not in the {dictionary.Name} dictionary: a typo or a garbled word?"));
        }
    }

    private static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
