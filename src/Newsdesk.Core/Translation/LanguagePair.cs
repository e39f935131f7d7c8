using Newsdesk.Model;

namespace Newsdesk.Translation;

/// <summary>A translation direction: source language to target language ("fr->es", "fr->de-CH").</summary>
public readonly record struct LanguagePair(LanguageTag Source, LanguageTag Target)
{
    /// <summary>Parses "fr->es", "fr-es" is ambiguous with regions and is refused; "fr|es" is accepted too.</summary>
    public static LanguagePair Parse(string value)
    {
        var parts = value.Split(["->", "|"], StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !LanguageTag.TryParse(parts[0], out var source) || !LanguageTag.TryParse(parts[1], out var target))
        {
            throw new FormatException($"'{value}' is not a language pair; write it as SOURCE->TARGET, e.g. 'fr->es'.");
        }
        return new LanguagePair(source, target);
    }

    /// <summary>True when this pair covers the requested one at the language level (an engine's "fr->de" serves "fr->de-CH").</summary>
    public bool Covers(LanguagePair requested) =>
        string.Equals(Source.Language, requested.Source.Language, StringComparison.Ordinal)
        && (string.Equals(Target.Value, requested.Target.Value, StringComparison.Ordinal)
            || (Target.Region is null && string.Equals(Target.Language, requested.Target.Language, StringComparison.Ordinal)));

    public override string ToString() => $"{Source}->{Target}";
}
