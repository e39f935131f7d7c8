using System.Collections.Frozen;
using Newsdesk.Locales;
using Newsdesk.Model;

namespace Newsdesk.Quality.Language;

/// <summary>
/// Weekday and month names per language, from the locale table: one of another language in a translation ("am Friday",
/// "el lundi") is a word the engine left untranslated, and the table gives the right one.
/// </summary>
public static class CalendarWords
{
    /// <summary>The gate's languages, in the order that decides which language a name several share is said to be of.</summary>
    private static readonly string[] Languages = ["en", "de", "fr", "es", "it", "pt", "nl", "ca"];

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
        var locales = Languages.Select(l => Locale.For(LanguageTag.Parse(l))).ToArray();
        // One row per weekday (Monday first), then one per month: the same day or month in every column, lower case.
        var rows = Enumerable.Range(0, 7).Select(d => locales.Select(l => l.Weekdays[d].ToLowerInvariant()).ToArray())
            .Concat(Enumerable.Range(0, 12).Select(m => locales.Select(l => l.Months[m].ToLowerInvariant()).ToArray()))
            .ToArray();
        var words = new Dictionary<string, List<(string, int)>>(StringComparer.OrdinalIgnoreCase);
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < Languages.Length; c++)
            {
                var list = words.TryGetValue(rows[r][c], out var existing) ? existing : words[rows[r][c]] = [];
                list.Add((Languages[c], r));
            }
        }
        return (Languages, words.ToFrozenDictionary(w => w.Key, w => w.Value.ToArray(), StringComparer.OrdinalIgnoreCase), rows);
    }
}
