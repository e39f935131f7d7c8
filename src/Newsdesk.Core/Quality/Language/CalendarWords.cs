using System.Collections.Frozen;
using Newsdesk.Quality.Data;

namespace Newsdesk.Quality.Language;

/// <summary>
/// Weekday and month names per language (data file calendar-words.tsv): one of another language in a translation
/// ("am Friday", "el lundi") is a word the engine left untranslated, and the table gives the right one.
/// </summary>
public static class CalendarWords
{
    private static readonly (string[] Languages, FrozenDictionary<string, (string Language, int Row)[]> Words, string[][] Rows) Table = Load();

    /// <summary>
    /// When the word is a weekday or month name of another language and not of <paramref name="language"/>: that
    /// language (<paramref name="likelyLanguage"/> when the name is one of its too) and the name in
    /// <paramref name="language"/> (null when the table has no column for it).
    /// </summary>
    public static (string Language, string? Translation)? Foreign(string word, string language, string? likelyLanguage = null)
    {
        if (!Table.Words.TryGetValue(word, out var entries) || entries.Any(e => e.Language == language))
        {
            return null;
        }
        var column = Array.IndexOf(Table.Languages, language);
        // A name several languages share ("april", "domingo") is said to be of the original's language when it is one.
        var (from, row) = entries.FirstOrDefault(e => e.Language == likelyLanguage) is { Language: not null } likely ? likely : entries[0];
        return (from, column >= 0 ? Table.Rows[row][column] : null);
    }

    private static (string[], FrozenDictionary<string, (string, int)[]>, string[][]) Load()
    {
        var lines = QualityData.Lines("calendar-words.tsv");
        var languages = lines[0].Split('\t');
        var rows = lines.Skip(1).Select(l => l.Split('\t')).ToArray();
        var words = new Dictionary<string, List<(string, int)>>(StringComparer.OrdinalIgnoreCase);
        for (var r = 0; r < rows.Length; r++)
        {
            if (rows[r].Length != languages.Length)
            {
                throw new InvalidDataException($"calendar-words.tsv: row {r + 1} has {rows[r].Length} columns, the header {languages.Length}");
            }
            for (var c = 0; c < languages.Length; c++)
            {
                var list = words.TryGetValue(rows[r][c], out var existing) ? existing : words[rows[r][c]] = [];
                list.Add((languages[c], r));
            }
        }
        return (languages, words.ToFrozenDictionary(w => w.Key, w => w.Value.ToArray(), StringComparer.OrdinalIgnoreCase), rows);
    }
}
