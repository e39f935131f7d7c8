using System.Collections.Frozen;

namespace Newsdesk.Locales;

/// <summary>
/// Function words of the desk's languages (embedded Locales/Data/function-words.{lang}.txt): a cheap, name-proof test
/// of which language a text is in. Extraction votes with them on a whole page; the quality gate reads them per
/// sentence and word.
/// </summary>
public sealed class FunctionWordLexicon
{
    /// <summary>Languages with a function-word list (the quality gate's languages).</summary>
    public static readonly IReadOnlyList<string> Languages = ["de", "fr", "en", "es", "it", "pt", "nl", "ca"];

    private readonly FrozenDictionary<string, FrozenSet<string>> _words;

    public FunctionWordLexicon()
    {
        _words = Languages.ToFrozenDictionary(
            l => l,
            l => Lines($"function-words.{l}.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The non-blank, non-comment lines of an embedded Locales/Data file.</summary>
    internal static IReadOnlyList<string> Lines(string fileName)
    {
        var assembly = typeof(FunctionWordLexicon).Assembly;
        using var stream = assembly.GetManifestResourceStream("Newsdesk.Locales.Data." + fileName)
            ?? throw new InvalidOperationException($"Embedded locale data '{fileName}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                lines.Add(trimmed);
            }
        }
        return lines;
    }

    public static FunctionWordLexicon Shared { get; } = new();

    public bool Knows(string language) => _words.ContainsKey(language);

    /// <summary>The language's function words (either case) as a lookup by span; throws for a language without a list.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(string language) =>
        _words[language].GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the (lower or upper case) word is a function word of the language.</summary>
    public bool Contains(string language, ReadOnlySpan<char> word) =>
        _words.TryGetValue(language, out var set) && set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Counts function words per language in the given span of text; elided articles ("d’", "l’") count too.</summary>
    public Dictionary<string, int> Count(string text, int start, int end, out int wordCount)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        wordCount = 0;
        var i = start;
        while (i < end)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var s = i;
            while (i < end && char.IsLetter(text[i]))
            {
                i++;
            }
            wordCount++;
            var word = text.AsSpan(s, i - s);
            if (i < end - 1 && text[i] is '\'' or '’' && char.IsLetter(text[i + 1]))
            {
                // An elision ("d’Armes", "l'Etat") is the strongest single sign of French, Italian or Catalan.
                var elided = text.AsSpan(s, i - s + 1);
                foreach (var (lang, set) in _words)
                {
                    if (set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(elided))
                    {
                        counts[lang] = counts.GetValueOrDefault(lang) + 1;
                    }
                }
                i++;
                continue;
            }
            foreach (var (lang, set) in _words)
            {
                if (set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                {
                    counts[lang] = counts.GetValueOrDefault(lang) + 1;
                }
            }
        }
        return counts;
    }
}
