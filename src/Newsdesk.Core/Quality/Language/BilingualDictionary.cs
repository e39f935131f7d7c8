using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;

namespace Newsdesk.Quality.Language;

/// <summary>
/// The entries of a FreeDict dictionary (dictd format) as written: per lower-case headword, each entry's part of speech,
/// gender and senses, each sense a list of renderings ("canto rodado, guija" is one sense with two renderings). Unlike
/// <see cref="BilingualLexicon"/>, which keeps match keys for alignment, this keeps the words themselves, so that a
/// translation can use them.
/// </summary>
public sealed class BilingualDictionary
{
    private readonly FrozenDictionary<string, DictionaryEntry[]> _entries;

    private BilingualDictionary(FrozenDictionary<string, DictionaryEntry[]> entries, string name)
    {
        _entries = entries;
        Name = name;
    }

    /// <summary>The dictionary's file name ("freedict-fra-spa").</summary>
    public string Name { get; }

    public int Count => _entries.Count;

    /// <summary>The entries of a lower-case headword (several when it is more than one part of speech), or none.</summary>
    public IReadOnlyList<DictionaryEntry> Lookup(string headword) => _entries.GetValueOrDefault(headword) ?? [];

    /// <summary>Reads a dictd dictionary; throws InvalidDataException naming the file and line when the index is malformed.</summary>
    public static BilingualDictionary Load(string indexPath, string dictPath)
    {
        var entries = new Dictionary<string, List<DictionaryEntry>>(StringComparer.Ordinal);
        var seen = new HashSet<(string, long)>();
        foreach (var (headword, offset, text) in DictdIndex.Read(indexPath, dictPath))
        {
            if (headword.StartsWith("00", StringComparison.Ordinal) || !seen.Add((headword, offset)))
            {
                continue;
            }
            if (Parse(text) is { } entry)
            {
                (entries.TryGetValue(headword, out var list) ? list : entries[headword] = []).Add(entry);
            }
        }
        return new BilingualDictionary(entries.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal),
            Path.GetFileNameWithoutExtension(indexPath));
    }

    /// <summary>
    /// One entry: "headword /pron/ &lt;n, fem&gt;", then either one line of renderings or numbered senses ("1. costear").
    /// Lines that follow a sense (field labels, definitions in the source language, examples) are not renderings.
    /// </summary>
    internal static DictionaryEntry? Parse(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length < 2)
        {
            return null;
        }
        var head = lines[0];
        var open = head.LastIndexOf('<');
        var close = head.LastIndexOf('>');
        var labels = open >= 0 && close > open ? head[(open + 1)..close].Split(',', StringSplitOptions.TrimEntries) : [];
        var pos = labels.FirstOrDefault(l => l is "n" or "adj" or "v" or "adv" or "pn") ?? (labels.Any(l => l is "masc" or "fem") ? "n" : "");
        var gender = labels.Contains("fem") ? 'f' : labels.Contains("masc") ? 'm' : '\0';
        var senses = new List<string[]>();
        var expectFirst = true;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || char.IsWhiteSpace(line[0]))
            {
                continue;
            }
            var dot = line.IndexOf(". ", StringComparison.Ordinal);
            if (dot > 0 && dot <= 3 && !line.AsSpan(0, dot).ContainsAnyExceptInRange('0', '9'))
            {
                senses.Add(Renderings(line[(dot + 2)..]));
                expectFirst = false;
                continue;
            }
            if (expectFirst)
            {
                senses.Add(Renderings(line));
                expectFirst = false;
            }
        }
        senses.RemoveAll(s => s.Length == 0);
        return senses.Count == 0 ? null : new DictionaryEntry(pos, gender, senses);
    }

    // "erosión 2." (WikDict numbers the next sense on the same line), "canto rodado, guija", "dron (informal)".
    private static string[] Renderings(string line)
    {
        var b = new StringBuilder(line.Length);
        var depth = 0;
        foreach (var c in line)
        {
            switch (c)
            {
                case '(' or '[' or '<' or '{':
                    depth++;
                    continue;
                case ')' or ']' or '>' or '}':
                    depth = Math.Max(0, depth - 1);
                    continue;
            }
            if (depth == 0)
            {
                b.Append(c);
            }
        }
        var text = b.ToString().Trim();
        var trailing = text.LastIndexOf(' ');
        if (trailing > 0 && text[^1] == '.' && text[(trailing + 1)..^1].All(char.IsAsciiDigit))
        {
            text = text[..trailing].Trim();
        }
        return text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(r => r.Length > 0 && r.Any(char.IsLetter)).ToArray();
    }
}

/// <summary>One dictionary entry: part of speech ("n", "adj", "v", "adv", "pn" or empty), the headword's gender ('m', 'f' or none), its senses.</summary>
public sealed record DictionaryEntry(string PartOfSpeech, char Gender, IReadOnlyList<string[]> Senses);
