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
    private readonly ConcurrentDictionary<(string, string), Lazy<(BilingualDictionary? Dictionary, string? Problem)>> _dictionaries = new();

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

    /// <summary>The same dictionary with its renderings as written (for mending a translation), or null with the reason.</summary>
    public BilingualDictionary? GetDictionary(string source, string target, out string? problem)
    {
        var entry = _dictionaries.GetOrAdd((source, target), pair => new Lazy<(BilingualDictionary?, string?)>(() =>
        {
            if (Files(pair.Item1, pair.Item2, out var index, out var dict) is { } missing)
            {
                return (null, missing);
            }
            try
            {
                return (BilingualDictionary.Load(index, dict), null);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                return (null, $"the {Path.GetFileNameWithoutExtension(index)} dictionary could not be read: {e.Message}");
            }
        })).Value;
        problem = entry.Problem;
        return entry.Dictionary;
    }

    private string? Files(string source, string target, out string index, out string dict)
    {
        index = dict = "";
        if (!FreeDictCodes.TryGetValue(source, out var s) || !FreeDictCodes.TryGetValue(target, out var t))
        {
            return $"no FreeDict dictionary is known for {source}-{target}";
        }
        var name = $"freedict-{s}-{t}";
        index = Path.Combine(_directory, name + ".index");
        dict = Path.Combine(_directory, name + ".dict.dz");
        if (!File.Exists(index) || !File.Exists(dict))
        {
            return Packaged.Contains($"{s}-{t}")
                ? $"no {name} dictionary in {_directory} (Debian package dict-{name})"
                : $"FreeDict has no {source}-{target} dictionary ({name} is not in {_directory})";
        }
        return null;
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
