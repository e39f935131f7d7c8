using Newsdesk.Quality.Spelling;

namespace Newsdesk.Processing;

/// <summary>
/// Number and gender of a noun or adjective by the regular rules of the target language (Spanish and Catalan); null where
/// the rules do not say. Every result is checked against the target's Hunspell dictionary before it is used.
/// </summary>
internal static class Inflect
{
    /// <summary>The plural: the first of the regular candidates the dictionary knows.</summary>
    public static string? Plural(string language, string word, HunspellDictionary spelling)
    {
        var last = word[^1];
        IEnumerable<string> candidates = language switch
        {
            "es" when "aeiouáéó".Contains(last, StringComparison.Ordinal) => [word + "s"],
            "es" when last == 'z' => [word[..^1] + "ces"],
            "es" when "íú".Contains(last, StringComparison.Ordinal) => [word + "es", word + "s"],
            "es" when last is 's' or 'x' => [Unaccent(word) + "es", word],
            "es" => [Unaccent(word) + "es"],
            "ca" when last == 'a' => [word[..^1] + "es"],
            "ca" when "eioué".Contains(last, StringComparison.Ordinal) => [word + "s"],
            "ca" => [word + "s", word + "os"],
            _ => [],
        };
        return candidates.FirstOrDefault(spelling.IsCorrect);
    }

    /// <summary>The feminine of a masculine form ("endémico" -> "endémica", "marsellés" -> "marsellesa"); the word itself when it has one form.</summary>
    public static string? Feminine(string language, string word) => language switch
    {
        "es" when word.EndsWith('o') => word[..^1] + "a",
        "es" when word.EndsWith("és", StringComparison.Ordinal) => word[..^2] + "esa",
        "es" when word.EndsWith("ón", StringComparison.Ordinal) => word[..^2] + "ona",
        "es" when word.EndsWith("or", StringComparison.Ordinal) => word + "a",
        "es" when word.EndsWith('a') || word.EndsWith('e') || word.EndsWith('l') || word.EndsWith("ista", StringComparison.Ordinal) => word,
        "ca" when word.EndsWith('o') => word[..^1] + "a",
        "ca" when word.EndsWith('e') || word.EndsWith('l') => word,
        _ => null,
    };

    /// <summary>The gender a noun's ending shows without doubt ('f' for Spanish -a, -ción, -dad; 'm' for -o), or null.</summary>
    public static char? GenderByEnding(string language, string noun)
    {
        if (language != "es" || noun.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }
        if (noun.EndsWith("ión", StringComparison.Ordinal) || noun.EndsWith("dad", StringComparison.Ordinal)
            || noun.EndsWith("iones", StringComparison.Ordinal) || noun.EndsWith("dades", StringComparison.Ordinal))
        {
            return 'f';
        }
        if ((noun.EndsWith('a') || noun.EndsWith("as", StringComparison.Ordinal))
            && !noun.EndsWith("ma", StringComparison.Ordinal) && !noun.EndsWith("mas", StringComparison.Ordinal)
            && !noun.EndsWith("ista", StringComparison.Ordinal) && !noun.EndsWith("istas", StringComparison.Ordinal))
        {
            return 'f';
        }
        return noun.EndsWith('o') || noun.EndsWith("os", StringComparison.Ordinal) ? 'm' : null;
    }

    // The written accent of a last stressed syllable goes when the plural adds one: "erosión" -> "erosiones".
    private static string Unaccent(string word)
    {
        var i = word.Length - 2;
        if (i >= 0 && "áéíóú".Contains(word[i], StringComparison.Ordinal))
        {
            return word[..i] + "aeiou"["áéíóú".IndexOf(word[i], StringComparison.Ordinal)] + word[(i + 1)..];
        }
        return word;
    }
}
