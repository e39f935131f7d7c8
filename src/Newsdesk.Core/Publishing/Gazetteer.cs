using System.Text.RegularExpressions;

namespace Newsdesk.Publishing;

/// <summary>
/// Places with their names per language (Data/places.tsv), so a place mentioned as "États-Unis", "Vereinigte Staaten"
/// or "Estados Unidos" is one topic labelled in every edition's language.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, string> _keyByName;
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _labels;
    private readonly Regex _names;

    public Gazetteer(IEnumerable<string> lines)
    {
        _keyByName = new Dictionary<string, string>(StringComparer.Ordinal);
        _labels = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        string[]? languages = null;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("# key", StringComparison.Ordinal))
            {
                languages = line[2..].Split('\t').Skip(1).Select(l => l.Trim()).TakeWhile(l => l.Length == 2).ToArray();
                continue;
            }
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            languages ??= ["en", "fr", "es", "de", "ca"];
            var cells = line.Split('\t');
            var key = cells[0];
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 1; i < cells.Length && i - 1 < languages.Length; i++)
            {
                var names = cells[i].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (names.Length == 0)
                {
                    continue;
                }
                labels[languages[i - 1]] = names[0];
                foreach (var name in names)
                {
                    _keyByName.TryAdd(name, key);
                }
            }
            _labels[key] = labels;
        }
        // Longest names first, so "New York" wins over "York" and "Afrique du Sud" over "Afrique".
        var alternation = string.Join('|', _keyByName.Keys.OrderByDescending(n => n.Length).Select(Regex.Escape));
        _names = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{alternation})(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>The gazetteer shipped with Newsdesk.</summary>
    public static Gazetteer Default { get; } = new(TopicData.Lines("places.tsv"));

    public int Count => _labels.Count;

    /// <summary>The place key a name stands for ("Vereinigte Staaten" → "us"), if it is a known place.</summary>
    public string? KeyOf(string name) => _keyByName.GetValueOrDefault(name.Trim());

    /// <summary>A place's names per language.</summary>
    public IReadOnlyDictionary<string, string> Labels(string key) => _labels[key];

    /// <summary>Every place mentioned in the text, with its mentions and where they are.</summary>
    public IEnumerable<(string Key, int Index, int Length)> Find(string text)
    {
        foreach (Match m in _names.Matches(text))
        {
            yield return (_keyByName[m.Value], m.Index, m.Length);
        }
    }
}
