using System.Collections.Concurrent;
using Newsdesk.Model;

namespace Newsdesk.Translation;

/// <summary>
/// The glossary the desk ships per language pair (Translation/Data/default-glossary.fr-es.tsv, …): the false friends the
/// gate knows, with the sense that decides them ("site" near "construction" is "emplazamiento", "site internet" is "sitio
/// web"). It is added under an editor's glossary: an editor's entry for the same term replaces the shipped ones.
/// </summary>
public static class DefaultGlossary
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<GlossaryEntry>> Cache = new(StringComparer.Ordinal);

    /// <summary>The shipped entries of a pair (by language, regions ignored); empty when none ship.</summary>
    public static IReadOnlyList<GlossaryEntry> Entries(LanguagePair pair) =>
        Cache.GetOrAdd($"{pair.Source.Language}-{pair.Target.Language}", name => Load(name, pair));

    /// <summary>The editor's glossary with the shipped entries whose terms it does not have.</summary>
    public static TranslationGlossary Merge(LanguagePair pair, TranslationGlossary glossary)
    {
        var shipped = Entries(pair);
        if (shipped.Count == 0)
        {
            return glossary;
        }
        var own = glossary.Entries.Select(e => e.Term).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return TranslationGlossary.Create(glossary.Entries.Concat(shipped.Where(e => !own.Contains(e.Term))));
    }

    private static List<GlossaryEntry> Load(string name, LanguagePair pair)
    {
        using var stream = typeof(DefaultGlossary).Assembly.GetManifestResourceStream($"Newsdesk.Translation.Data.default-glossary.{name}.tsv");
        if (stream is null)
        {
            return [];
        }
        using var reader = new StreamReader(stream);
        var entries = new List<GlossaryEntry>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var f = line.Split('\t');
            if (f.Length < 2 || f[0].Trim().Length == 0 || f[1].Trim().Length == 0)
            {
                throw new InvalidDataException($"default-glossary.{name}.tsv: '{line}' has no term and rendering");
            }
            string Field(int i) => f.Length > i ? f[i].Trim() : "";
            var avoid = Field(2).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            entries.Add(new GlossaryEntry(
                LanguageTag.Parse(pair.Source.Language), LanguageTag.Parse(pair.Target.Language), f[0].Trim(), f[1].Trim(),
                avoid.Length > 0 ? avoid : null,
                Field(4) is { Length: > 0 } note ? "Default glossary: " + note : "Default glossary",
                Field(3) is { Length: > 0 } context ? context : null,
                ReplaceAvoided: true));
        }
        return entries;
    }
}
