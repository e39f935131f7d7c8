using System.Collections.Frozen;
using Newsdesk.Text;

namespace Newsdesk.Locales;

/// <summary>
/// Names of places and sites that each language writes its own way ("La Mecque", "Mekka", "La Meca"), from the
/// embedded Locales/Data/exonyms.txt: the forms of a name in another language, for comparing an original with its
/// translation.
/// </summary>
public sealed class Exonyms
{
    /// <summary>The table shipped with the product.</summary>
    public static Exonyms Default { get; } = new(FunctionWordLexicon.Lines("exonyms.txt"));

    // (language, folded form) -> the rows that have it; a row maps a language to its forms.
    private readonly FrozenDictionary<(string Language, string Folded), int[]> _rowsByForm;
    private readonly IReadOnlyList<IReadOnlyDictionary<string, string[]>> _rows;

    /// <summary>Reads lines of the form "fr=La Mecque; de=Mekka; es=La Meca|Meca".</summary>
    public Exonyms(IEnumerable<string> lines)
    {
        var rows = new List<IReadOnlyDictionary<string, string[]>>();
        var byForm = new Dictionary<(string, string), List<int>>();
        foreach (var line in lines)
        {
            var row = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var cell in line.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = cell.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0)
                {
                    throw new FormatException($"exonyms.txt: \"{cell}\" is not language=form in \"{line}\".");
                }
                var language = cell[..eq].Trim();
                var forms = cell[(eq + 1)..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                row[language] = forms;
                foreach (var form in forms)
                {
                    var key = (language, TextFolding.Fold(form));
                    if (!byForm.TryGetValue(key, out var list))
                    {
                        byForm[key] = list = [];
                    }
                    list.Add(rows.Count);
                }
            }
            rows.Add(row);
        }
        _rows = rows;
        _rowsByForm = byForm.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    /// <summary>The forms in <paramref name="targetLanguage"/> of a name written <paramref name="name"/> in <paramref name="sourceLanguage"/>; empty when the table does not list it.</summary>
    public IEnumerable<string> FormsOf(string name, string sourceLanguage, string targetLanguage)
    {
        if (!_rowsByForm.TryGetValue((sourceLanguage, TextFolding.Fold(name)), out var rows))
        {
            yield break;
        }
        foreach (var row in rows)
        {
            if (_rows[row].TryGetValue(targetLanguage, out var forms))
            {
                foreach (var form in forms)
                {
                    yield return form;
                }
            }
        }
    }
}
