using System.Collections.Concurrent;

namespace Newsdesk.Quality.Spelling;

/// <summary>
/// Finds and opens Hunspell dictionaries per language, once. When the library or a dictionary is missing it
/// remembers why, so the checks that need it can say so once and be skipped instead of failing.
/// </summary>
public sealed class SpellCheckerProvider : IDisposable
{
    private static readonly Dictionary<string, string[]> Candidates = new(StringComparer.Ordinal)
    {
        ["de"] = ["de_DE", "de_AT", "de_CH", "de_BE", "de_LU"],
        ["fr"] = ["fr_FR", "fr", "fr_BE", "fr_CH"],
        ["en"] = ["en_US", "en_GB"],
        ["es"] = ["es_ES", "es"],
        ["ca"] = ["ca_ES", "ca"],
        ["it"] = ["it_IT"],
        ["pt"] = ["pt_PT", "pt_BR"],
        ["nl"] = ["nl_NL", "nl"],
    };

    private readonly string _directory;
    private readonly ConcurrentDictionary<string, Lazy<(HunspellDictionary? Dictionary, string? Problem)>> _dictionaries = new(StringComparer.Ordinal);

    public SpellCheckerProvider(string directory = "/usr/share/hunspell")
    {
        _directory = directory;
    }

    /// <summary>The dictionary for a language, or null with the reason it is unavailable (for a notice: "… skipped: {reason}").</summary>
    public HunspellDictionary? Get(string language, out string? problem)
    {
        var entry = _dictionaries.GetOrAdd(language, l => new Lazy<(HunspellDictionary?, string?)>(() => Load(l))).Value;
        problem = entry.Problem;
        return entry.Dictionary;
    }

    private (HunspellDictionary?, string?) Load(string language)
    {
        var names = Candidates.GetValueOrDefault(language) ?? [language];
        foreach (var name in names)
        {
            var aff = Path.Combine(_directory, name + ".aff");
            var dic = Path.Combine(_directory, name + ".dic");
            if (!File.Exists(dic))
            {
                continue;
            }
            try
            {
                return (HunspellDictionary.Open(aff, dic), null);
            }
            catch (DllNotFoundException)
            {
                return (null, $"the Hunspell library {HunspellNative.Library} is not installed (Debian package libhunspell-1.7-0)");
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or EntryPointNotFoundException)
            {
                return (null, $"the Hunspell dictionary for '{language}' could not be opened: {e.Message}");
            }
        }
        return (null, $"no Hunspell dictionary for '{language}' in {_directory} (Debian package hunspell-{language}*)");
    }

    public void Dispose()
    {
        foreach (var entry in _dictionaries.Values)
        {
            if (entry.IsValueCreated)
            {
                entry.Value.Dictionary?.Dispose();
            }
        }
    }
}
