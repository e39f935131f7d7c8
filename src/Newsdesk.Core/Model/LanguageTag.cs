using System.Globalization;

namespace Newsdesk.Model;

/// <summary>A BCP-47 language tag, normalised (language lower case, region upper case): "de", "de-CH", "fr-FR".</summary>
public readonly record struct LanguageTag
{
    public LanguageTag(string value)
    {
        if (!TryNormalize(value, out var normal))
        {
            throw new ArgumentException($"'{(value.Length > MaxLength ? value[..MaxLength] + "…" : value)}' is not a BCP-47 language tag such as 'de' or 'de-CH'.", nameof(value));
        }
        Value = normal;
    }

    public string Value { get; }

    /// <summary>Longer text is not a tag: BCP 47 asks for tags of up to 35 characters to work; real ones are far shorter.</summary>
    public const int MaxLength = 64;

    /// <summary>The primary language subtag: "de" for "de-CH".</summary>
    public string Language => Value.Split('-')[0];

    /// <summary>The region subtag if present: "CH" for "de-CH".</summary>
    public string? Region
    {
        get
        {
            var parts = Value.Split('-');
            return parts.Length > 1 && parts[^1].Length == 2 ? parts[^1] : null;
        }
    }

    public static LanguageTag Parse(string value) => new(value);

    public static bool TryParse(string? value, out LanguageTag tag)
    {
        if (value is not null && TryNormalize(value, out var normal))
        {
            tag = FromNormal(normal);
            return true;
        }
        tag = default;
        return false;
    }

    private static LanguageTag FromNormal(string normal) => new(normal);

    private static bool TryNormalize(string value, out string normal)
    {
        normal = "";
        if (value.Length > MaxLength * 2 || value.Trim().Length > MaxLength)
        {
            return false;
        }
        var parts = value.Trim().Replace('_', '-').Split('-');
        if (parts.Length == 0 || parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetter))
        {
            return false;
        }
        var result = new List<string> { parts[0].ToLowerInvariant() };
        foreach (var part in parts.Skip(1))
        {
            if (part.Length is < 2 or > 8 || !part.All(char.IsAsciiLetterOrDigit))
            {
                return false;
            }
            result.Add(part.Length == 2 ? part.ToUpperInvariant()
                : part.Length == 4 ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(part.ToLowerInvariant())
                : part.ToLowerInvariant());
        }
        normal = string.Join('-', result);
        return true;
    }

    public override string ToString() => Value ?? "";
}
