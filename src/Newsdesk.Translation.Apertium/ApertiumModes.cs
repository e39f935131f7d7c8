using System.Globalization;
using Newsdesk.Model;

namespace Newsdesk.Translation.Apertium;

/// <summary>Turns Apertium mode names ("fr-es", "fra-cat", "eng-spa") into language pairs.</summary>
internal static class ApertiumModes
{
    private static readonly Lazy<Dictionary<string, string>> ThreeToTwo = new(() =>
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.NeutralCultures))
        {
            if (culture.TwoLetterISOLanguageName.Length == 2 && culture.ThreeLetterISOLanguageName.Length == 3)
            {
                map.TryAdd(culture.ThreeLetterISOLanguageName, culture.TwoLetterISOLanguageName);
            }
        }
        // Without ICU culture data the map is empty; the languages Apertium packages ship most often still work.
        foreach (var (three, two) in new[] { ("eng", "en"), ("spa", "es"), ("fra", "fr"), ("cat", "ca"), ("deu", "de"), ("ita", "it"),
                     ("por", "pt"), ("oci", "oc"), ("glg", "gl"), ("eus", "eu"), ("nld", "nl"), ("arg", "an"), ("ast", "ast"), ("srd", "sc") })
        {
            map.TryAdd(three, two);
        }
        return map;
    });

    /// <summary>The pair of a mode name, or null for analysis modes, variants ("fra-cat_pre2017") and multi-step names.</summary>
    public static LanguagePair? ToPair(string mode)
    {
        var parts = mode.Trim().Split('-');
        if (parts.Length != 2 || parts.Any(p => p.Contains('_', StringComparison.Ordinal)))
        {
            return null;
        }
        return ToLanguage(parts[0]) is { } source && ToLanguage(parts[1]) is { } target ? new LanguagePair(source, target) : null;
    }

    public static LanguageTag? ToLanguage(string code)
    {
        if (code.Length == 2 && LanguageTag.TryParse(code, out var two))
        {
            return two;
        }
        if (code.Length == 3 && ThreeToTwo.Value.TryGetValue(code, out var mapped) && LanguageTag.TryParse(mapped, out var tag))
        {
            return tag;
        }
        return null;
    }

    /// <summary>Where the mode files of a data directory (apertium -d) are, or of the installed packages without one.</summary>
    public static IReadOnlyList<string> Directories(string? dataDirectory) =>
        dataDirectory is { Length: > 0 } dir
            ? [Path.Combine(dir, "modes"), dir]
            : ["/usr/share/apertium/modes", "/usr/local/share/apertium/modes"];

    /// <summary>
    /// The modes `apertium -l` lists (the names of DATADIR/modes/*.mode, DATADIR being the data directory or the installed
    /// packages' /usr/share/apertium), read here without the script, which starts a process per mode (0.4 s). Empty when
    /// there are none, for `apertium -l` to say why.
    /// </summary>
    public static IReadOnlyList<string> ListInstalled(string? dataDirectory)
    {
        var modes = Path.Combine(dataDirectory is { Length: > 0 } dir ? dir : "/usr/share/apertium", "modes");
        return Directory.Exists(modes)
            ? [.. Directory.EnumerateFiles(modes, "*.mode").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>Maps pairs to mode names; the first mode for a pair wins.</summary>
    public static Dictionary<LanguagePair, string> Index(IEnumerable<string> modes)
    {
        var index = new Dictionary<LanguagePair, string>();
        foreach (var mode in modes)
        {
            if (ToPair(mode) is { } pair)
            {
                index.TryAdd(pair, mode.Trim());
            }
        }
        return index;
    }
}
