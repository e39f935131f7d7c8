using System.Collections.Concurrent;
using Newsdesk.Locales;

namespace Newsdesk.Quality.Language;

/// <summary>
/// Finds and loads the FreeDict dictionary of a language pair, once. When it is missing or unreadable it remembers
/// why, so the checks that use it fall back to what they can do without and say so once.
/// </summary>
public sealed class LexiconProvider
{
    private static readonly Dictionary<string, string> FreeDictCodes = new(StringComparer.Ordinal)
    {
        ["de"] = "deu", ["fr"] = "fra", ["en"] = "eng", ["es"] = "spa", ["ca"] = "cat", ["it"] = "ita",
        ["pt"] = "por", ["nl"] = "nld",
    };

    // The pairs among these languages that Debian packages as dict-freedict-xxx-yyy (2025); none has Catalan.
    private static readonly HashSet<string> Packaged = new(StringComparer.Ordinal)
    {
        "deu-eng", "deu-fra", "deu-ita", "deu-nld", "deu-por", "deu-spa", "eng-deu", "eng-fra", "eng-ita", "eng-nld",
        "eng-por", "eng-spa", "fra-deu", "fra-eng", "fra-ita", "fra-nld", "fra-por", "fra-spa", "ita-deu", "ita-eng",
        "ita-por", "ita-spa", "nld-deu", "nld-eng", "nld-fra", "nld-ita", "nld-spa", "por-deu", "por-eng", "por-fra",
        "por-spa", "spa-deu", "spa-eng", "spa-por",
    };

    private readonly string _directory;
    private readonly FunctionWordLexicon _functionWords;
    private readonly ConcurrentDictionary<(string, string), Lazy<(BilingualLexicon? Lexicon, string? Problem)>> _lexicons = new();

    public LexiconProvider(string directory, FunctionWordLexicon functionWords)
    {
        _directory = directory;
        _functionWords = functionWords;
    }

    /// <summary>The dictionary from one language into another, or null with the reason it is unavailable.</summary>
    public BilingualLexicon? Get(string source, string target, out string? problem)
    {
        var entry = _lexicons.GetOrAdd((source, target), pair => new Lazy<(BilingualLexicon?, string?)>(() => Load(pair.Item1, pair.Item2))).Value;
        problem = entry.Problem;
        return entry.Lexicon;
    }

    private (BilingualLexicon?, string?) Load(string source, string target)
    {
        if (!FreeDictCodes.TryGetValue(source, out var s) || !FreeDictCodes.TryGetValue(target, out var t))
        {
            return (null, $"no FreeDict dictionary is known for {source}-{target}");
        }
        var name = $"freedict-{s}-{t}";
        var index = Path.Combine(_directory, name + ".index");
        var dict = Path.Combine(_directory, name + ".dict.dz");
        if (!File.Exists(index) || !File.Exists(dict))
        {
            return (null, Packaged.Contains($"{s}-{t}")
                ? $"no {name} dictionary in {_directory} (Debian package dict-{name})"
                : $"FreeDict has no {source}-{target} dictionary ({name} is not in {_directory})");
        }
        try
        {
            return (BilingualLexicon.Load(index, dict, word => _functionWords.Contains(target, word)), null);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return (null, $"the {name} dictionary could not be read: {e.Message}");
        }
    }
}
