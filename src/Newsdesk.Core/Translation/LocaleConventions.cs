using System.Globalization;
using Newsdesk.Model;

namespace Newsdesk.Translation;

/// <summary>
/// How one locale writes numbers, amounts, dates and quotations: what protection reads in the source and what
/// typography writes in the target. Written out per locale instead of read from ICU so output does not change
/// with the machine's culture data.
/// </summary>
public sealed record LocaleConventions
{
    private const string Nbsp = "\u00A0";
    private const string NarrowNbsp = "\u202F";

    public required string Language { get; init; }
    public string DecimalSeparator { get; init; } = ",";
    public string GroupSeparator { get; init; } = ".";

    /// <summary>Group separators read in source text besides <see cref="GroupSeparator"/> (spaces of all widths, mostly).</summary>
    public string AlsoReadAsGroupSeparators { get; init; } = " \u00A0\u202F\u2009";

    /// <summary>Smallest integer part length that gets grouped (Spanish writes 1000 but 10.000).</summary>
    public int MinimumGroupingDigits { get; init; } = 4;

    /// <summary>Space between a number and %, empty for English.</summary>
    public string PercentSpace { get; init; } = Nbsp;

    /// <summary>True where the currency symbol comes first ("$5", "€10" in English).</summary>
    public bool CurrencySymbolFirst { get; init; }

    /// <summary>Quotation marks, outer level then inner level; null leaves quotation marks as the engine wrote them.</summary>
    public (string Open, string Close, string InnerOpen, string InnerClose)? Quotes { get; init; }

    /// <summary>French spacing: no-break space inside guillemets and before : ; ! ?.</summary>
    public bool FrenchSpacing { get; init; }

    public IReadOnlyList<MagnitudeWord> Magnitudes { get; init; } = [];

    /// <summary>Month names, January first, as written inside a date.</summary>
    public IReadOnlyList<string> Months { get; init; } = [];

    /// <summary>Writes a day and month (and year) the locale's way, given <see cref="Months"/>.</summary>
    public Func<IReadOnlyList<string>, int, int, int?, string>? DateFormat { get; init; }

    /// <summary>Writes a date (day, month 1-12, optional year) the locale's way; null when the locale has no date format here.</summary>
    public string? FormatDate(int day, int month, int? year) => DateFormat?.Invoke(Months, day, month, year);

    /// <summary>True when 1.5 of a magnitude takes the singular (French "1,5 milliard").</summary>
    public bool SingularBelowTwo { get; init; }

    /// <summary>The conventions of a locale; unknown languages get number separators from .NET culture data and no rewriting of quotes.</summary>
    public static LocaleConventions For(LanguageTag tag)
    {
        var language = tag.Language;
        var region = tag.Region;
        return language switch
        {
            "de" => region is "CH" or "LI" ? GermanSwiss : German,
            "fr" => French,
            "en" => region is "GB" or "IE" or "AU" or "NZ" or "IN" or "ZA" ? BritishEnglish : English,
            "es" => Spanish,
            "ca" => Catalan,
            "it" => Italian,
            "nl" => Dutch,
            "pt" => Portuguese,
            _ => FromCulture(tag),
        };
    }

    public static LocaleConventions German { get; } = new()
    {
        Language = "de",
        Quotes = ("\u201E", "\u201C", "\u201A", "\u2018"),
        Magnitudes =
        [
            new(6, "Million", "Millionen", "Mio.", "Mio"),
            new(9, "Milliarde", "Milliarden", "Mrd.", "Mrd"),
            new(12, "Billion", "Billionen", "Bio."),
        ],
        Months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
        DateFormat = (months, d, m, y) => $"{d}. {months[m - 1]}{(y is { } year ? $" {year}" : "")}",
    };

    public static LocaleConventions GermanSwiss { get; } = German with
    {
        DecimalSeparator = ".",
        GroupSeparator = "\u2019",
        AlsoReadAsGroupSeparators = " \u00A0\u202F\u2009'",
        Quotes = ("\u00AB", "\u00BB", "\u2039", "\u203A"),
    };

    public static LocaleConventions French { get; } = new()
    {
        Language = "fr",
        GroupSeparator = NarrowNbsp,
        PercentSpace = NarrowNbsp,
        Quotes = ("\u00AB", "\u00BB", "\u201C", "\u201D"),
        FrenchSpacing = true,
        SingularBelowTwo = true,
        Magnitudes =
        [
            new(6, "million", "millions", "M"),
            new(9, "milliard", "milliards", "Md", "Mds", "Mrd", "Mrds"),
            new(12, "billion", "billions"),
        ],
        Months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        DateFormat = (months, d, m, y) => $"{(d == 1 ? "1er" : d.ToString(CultureInfo.InvariantCulture))} {months[m - 1]}{(y is { } year ? $" {year}" : "")}",
    };

    public static LocaleConventions English { get; } = new()
    {
        Language = "en",
        DecimalSeparator = ".",
        GroupSeparator = ",",
        AlsoReadAsGroupSeparators = "\u00A0\u202F\u2009",
        PercentSpace = "",
        CurrencySymbolFirst = true,
        Quotes = ("\u201C", "\u201D", "\u2018", "\u2019"),
        Magnitudes =
        [
            new(6, "million", "million", "mn"),
            new(9, "billion", "billion", "bn"),
            new(12, "trillion", "trillion", "tn"),
        ],
        Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        DateFormat = (months, d, m, y) => $"{months[m - 1]} {d}{(y is { } year ? $", {year}" : "")}",
    };

    public static LocaleConventions BritishEnglish { get; } = English with
    {
        DateFormat = (months, d, m, y) => $"{d} {months[m - 1]}{(y is { } year ? $" {year}" : "")}",
    };

    public static LocaleConventions Spanish { get; } = new()
    {
        Language = "es",
        MinimumGroupingDigits = 5,
        Quotes = ("\u00AB", "\u00BB", "\u201C", "\u201D"),
        Magnitudes =
        [
            new(6, "millón", "millones"),
            new(9, "mil millones", "mil millones", "millardo", "millardos"),
            new(12, "billón", "billones"),
        ],
        Months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        DateFormat = (months, d, m, y) => $"{d} de {months[m - 1]}{(y is { } year ? $" de {year}" : "")}",
    };

    public static LocaleConventions Catalan { get; } = new()
    {
        Language = "ca",
        Quotes = ("\u00AB", "\u00BB", "\u201C", "\u201D"),
        Magnitudes =
        [
            new(6, "milió", "milions"),
            new(9, "mil milions", "mil milions", "miliard", "miliards"),
            new(12, "bilió", "bilions"),
        ],
        Months = ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre", "desembre"],
        DateFormat = (months, d, m, y) =>
        {
            var month = months[m - 1];
            var of = month[0] is 'a' or 'o' ? "d'" : "de ";
            return $"{d} {of}{month}{(y is { } year ? $" de {year}" : "")}";
        },
    };

    public static LocaleConventions Italian { get; } = new()
    {
        Language = "it",
        Quotes = ("\u00AB", "\u00BB", "\u201C", "\u201D"),
        Magnitudes =
        [
            new(6, "milione", "milioni", "mln"),
            new(9, "miliardo", "miliardi", "mld"),
            new(12, "bilione", "bilioni"),
        ],
        Months = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        DateFormat = (months, d, m, y) => $"{d} {months[m - 1]}{(y is { } year ? $" {year}" : "")}",
    };

    public static LocaleConventions Dutch { get; } = new()
    {
        Language = "nl",
        Quotes = ("\u201C", "\u201D", "\u2018", "\u2019"),
        Magnitudes =
        [
            new(6, "miljoen", "miljoen"),
            new(9, "miljard", "miljard"),
            new(12, "biljoen", "biljoen"),
        ],
        Months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        DateFormat = (months, d, m, y) => $"{d} {months[m - 1]}{(y is { } year ? $" {year}" : "")}",
    };

    public static LocaleConventions Portuguese { get; } = new()
    {
        Language = "pt",
        GroupSeparator = ".",
        Quotes = ("\u00AB", "\u00BB", "\u201C", "\u201D"),
        Months = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
        DateFormat = (months, d, m, y) => $"{d} de {months[m - 1]}{(y is { } year ? $" de {year}" : "")}",
    };

    private static LocaleConventions FromCulture(LanguageTag tag)
    {
        try
        {
            var format = CultureInfo.GetCultureInfo(tag.Value).NumberFormat;
            return new LocaleConventions
            {
                Language = tag.Language,
                DecimalSeparator = format.NumberDecimalSeparator,
                GroupSeparator = format.NumberGroupSeparator,
            };
        }
        catch (CultureNotFoundException)
        {
            return new LocaleConventions { Language = tag.Language, DecimalSeparator = ".", GroupSeparator = "," };
        }
    }

    /// <summary>The magnitude word of an exponent in this locale, agreeing with the number, or null.</summary>
    public string? MagnitudeFor(int exponent, decimal value)
    {
        var word = Magnitudes.FirstOrDefault(m => m.Exponent == exponent);
        if (word is null)
        {
            return null;
        }
        var singular = SingularBelowTwo ? value < 2 : value == 1;
        return singular ? word.Singular : word.Plural;
    }

    /// <summary>Writes digits with this locale's separators; the integer part is grouped only when the source grouped it.</summary>
    public string FormatNumber(string integerDigits, string? fractionDigits, bool grouped)
    {
        var integer = integerDigits;
        if (grouped && integerDigits.Length >= MinimumGroupingDigits)
        {
            var parts = new List<string>();
            for (var end = integerDigits.Length; end > 0; end -= 3)
            {
                parts.Insert(0, integerDigits[Math.Max(0, end - 3)..end]);
            }
            integer = string.Join(GroupSeparator, parts);
        }
        return fractionDigits is null ? integer : integer + DecimalSeparator + fractionDigits;
    }
}
