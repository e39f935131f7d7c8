using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Newsdesk.Model;

namespace Newsdesk.Translation;

/// <summary>The glossary of one language pair, with a version that changes exactly when its rules change.</summary>
public sealed record TranslationGlossary
{
    private TranslationGlossary(string version, IReadOnlyList<GlossaryEntry> entries)
    {
        Version = version;
        Entries = entries;
    }

    /// <summary>Content hash of the entries; part of the translation-memory key so a glossary edit invalidates old matches.</summary>
    public string Version { get; }

    public IReadOnlyList<GlossaryEntry> Entries { get; }

    public static TranslationGlossary Empty { get; } = new("none", []);

    public IEnumerable<GlossaryEntry> DoNotTranslate => Entries.Where(e => e.DoNotTranslate);

    public IEnumerable<GlossaryEntry> PreferredRenderings => Entries.Where(e => !e.DoNotTranslate);

    /// <summary>The entries that apply to one source text: per term, the first whose context is there (a sense-specific rule before the general one).</summary>
    public IReadOnlyList<GlossaryEntry> For(string sourceText) => Entries
        .Where(e => e.AppliesTo(sourceText))
        .GroupBy(e => e.Term, StringComparer.OrdinalIgnoreCase)
        .Select(g => g.First())
        .ToList();

    /// <summary>Builds the glossary of one pair; entries are ordered so the version does not depend on storage order.</summary>
    public static TranslationGlossary Create(IEnumerable<GlossaryEntry> entries)
    {
        var ordered = entries
            .OrderBy(e => e.Term, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.Context is null ? 1 : 0)
            .ThenBy(e => e.Rendering ?? "", StringComparer.Ordinal)
            .ToList();
        if (ordered.Count == 0)
        {
            return Empty;
        }
        var text = new StringBuilder();
        foreach (var entry in ordered)
        {
            text.Append(CultureInfo.InvariantCulture, $"{entry.SourceLanguage}\t{entry.TargetLanguage}\t{entry.Term}\t{entry.Rendering ?? "\u0000"}");
            text.Append(entry.Context is null ? "\n" : $"\t{entry.Context}\n");
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return new TranslationGlossary(Convert.ToHexStringLower(hash)[..16], ordered);
    }
}
