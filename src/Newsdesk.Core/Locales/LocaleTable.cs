using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using Newsdesk.Model;

namespace Newsdesk.Locales;

/// <summary>
/// The locales the desk knows, one entry each, and the lookup by BCP-47 tag: the tag's own entry, else its language's
/// (de-AT reads as de), else one made from .NET culture data. A new locale is one more entry here and one more row in
/// the lookup below.
/// </summary>
internal static class LocaleTable
{
    private const string Nbsp = Locale.Nbsp;
    private const string NarrowNbsp = Locale.NarrowNbsp;
    private const int MaxCached = 1_000;

    private static readonly ConcurrentDictionary<LanguageTag, Locale> Cache = new();

    private static string Year(string before, int? year) => year is { } y ? before + y.ToString(CultureInfo.InvariantCulture) : "";

    private static string Digits(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static Locale German { get; } = new()
    {
        Tag = LanguageTag.Parse("de"),
        DecimalSeparator = ",",
        GroupSeparator = ".",
        Quotes = new("\u201E", "\u201C", "\u201A", "\u2018"),
        AcceptedQuotePairs = [('„', '“'), ('‚', '‘'), ('»', '«'), ('›', '‹')],
        Magnitudes =
        [
            new(6, "Million", "Millionen", "Mio.", "Mio"),
            new(9, "Milliarde", "Milliarden", "Mrd.", "Mrd"),
            new(12, "Billion", "Billionen", "Bio."),
        ],
        Months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
        DateArticle = "am",
        DateReadingPattern = @"(?<d>\d{1,2})\.[ \u00A0]?(?<m>{months})(?: (?<y>\d{4}))?",
        DateWriter = (months, d, m, y) => $"{Digits(d)}. {months[m - 1]}{Year(" ", y)}",
        NumericDatePattern = "d.M.yyyy",
        TimePattern = "HH:mm",
        OrdinalWriter = n => Digits(n) + ".",
    };

    public static Locale GermanSwiss { get; } = German with
    {
        Tag = LanguageTag.Parse("de-CH"),
        DecimalSeparator = ".",
        GroupSeparator = "\u2019",
        OtherGroupSeparators = " " + Nbsp + NarrowNbsp + "\u2009'",
        Quotes = new("\u00AB", "\u00BB", "\u2039", "\u203A"),
        AcceptedQuotePairs = [('«', '»'), ('‹', '›')],
    };

    public static Locale French { get; } = new()
    {
        Tag = LanguageTag.Parse("fr"),
        DecimalSeparator = ",",
        GroupSeparator = NarrowNbsp,
        PercentSpace = NarrowNbsp,
        Quotes = new("\u00AB", "\u00BB", "\u201C", "\u201D", Nbsp),
        AcceptedQuotePairs = [('«', '»'), ('“', '”'), ('‹', '›')],
        HighPunctuation = HighPunctuationSpacing.Required,
        SingularBelowTwo = true,
        Magnitudes =
        [
            new(6, "million", "millions", "M"),
            new(9, "milliard", "milliards", "Md", "Mds", "Mrd", "Mrds"),
            new(12, "billion", "billions"),
        ],
        Months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        DateArticle = "le",
        DateReadingPattern = @"(?<d>1er|\d{1,2})[ \u00A0](?<m>{months})(?:[ \u00A0](?<y>\d{4}))?",
        DateWriter = (months, d, m, y) => $"{(d == 1 ? "1er" : Digits(d))} {months[m - 1]}{Year(" ", y)}",
        NumericDatePattern = "dd/MM/yyyy",
        TimePattern = "HH:mm",
        OrdinalWriter = n => n == 1 ? "1er" : Digits(n) + "e",
    };

    /// <summary>Swiss French: figures written dd.MM.yyyy; a space before ; ! ? is usage but not required.</summary>
    public static Locale FrenchSwiss { get; } = French with
    {
        Tag = LanguageTag.Parse("fr-CH"),
        HighPunctuation = HighPunctuationSpacing.Optional,
        NumericDatePattern = "dd.MM.yyyy",
    };

    /// <summary>Canadian French: no space required before ; ! ?, ISO dates in figures, "9 h 05".</summary>
    public static Locale FrenchCanadian { get; } = French with
    {
        Tag = LanguageTag.Parse("fr-CA"),
        HighPunctuation = HighPunctuationSpacing.Optional,
        NumericDatePattern = "yyyy-MM-dd",
        TimePattern = "H 'h' mm",
    };

    public static Locale English { get; } = new()
    {
        Tag = LanguageTag.Parse("en"),
        DecimalSeparator = ".",
        GroupSeparator = ",",
        OtherGroupSeparators = Nbsp + NarrowNbsp + "\u2009",
        PercentSpace = "",
        CurrencySymbolFirst = true,
        Quotes = new("\u201C", "\u201D", "\u2018", "\u2019"),
        AcceptedQuotePairs = [('“', '”'), ('‘', '’'), ('"', '"')],
        Magnitudes =
        [
            new(6, "million", "million", "mn"),
            new(9, "billion", "billion", "bn"),
            new(12, "trillion", "trillion", "tn"),
        ],
        Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        DateArticle = "on",
        DateReadingPattern = @"(?:(?<m>{months})\.? (?<d>\d{1,2})(?:st|nd|rd|th)?(?:,? (?<y>\d{4}))?|(?<d>\d{1,2})(?:st|nd|rd|th)? (?<m>{months})(?:,? (?<y>\d{4}))?)",
        DateWriter = (months, d, m, y) => $"{months[m - 1]} {Digits(d)}{Year(", ", y)}",
        NumericDatePattern = "M/d/yyyy",
        TimePattern = "h:mm tt",
        OrdinalWriter = EnglishOrdinal,
    };

    /// <summary>English outside North America: day first ("23 January 2025", "23/01/2025"), 24-hour clock.</summary>
    public static Locale BritishEnglish { get; } = English with
    {
        Tag = LanguageTag.Parse("en-GB"),
        DateWriter = (months, d, m, y) => $"{Digits(d)} {months[m - 1]}{Year(" ", y)}",
        NumericDatePattern = "dd/MM/yyyy",
        TimePattern = "HH:mm",
    };

    public static Locale Spanish { get; } = new()
    {
        Tag = LanguageTag.Parse("es"),
        DecimalSeparator = ",",
        GroupSeparator = ".",
        MinimumGroupingDigits = 5,
        Quotes = new("\u00AB", "\u00BB", "\u201C", "\u201D"),
        AcceptedQuotePairs = [('«', '»'), ('“', '”'), ('‘', '’')],
        Magnitudes =
        [
            new(6, "millón", "millones"),
            new(9, "mil millones", "mil millones", "millardo", "millardos"),
            new(12, "billón", "billones"),
        ],
        Months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        DateArticle = "el",
        DateReadingPattern = @"(?<d>\d{1,2}) de (?<m>{months})(?: de (?<y>\d{4}))?",
        DateWriter = (months, d, m, y) => $"{Digits(d)} de {months[m - 1]}{Year(" de ", y)}",
        NumericDatePattern = "d/M/yyyy",
        TimePattern = "H:mm",
        OrdinalWriter = n => Digits(n) + ".º",
    };

    /// <summary>Mexican Spanish: decimal point and comma grouping, the currency symbol first ("$1,500.50").</summary>
    public static Locale MexicanSpanish { get; } = Spanish with
    {
        Tag = LanguageTag.Parse("es-MX"),
        DecimalSeparator = ".",
        GroupSeparator = ",",
        OtherGroupSeparators = Nbsp + NarrowNbsp + "\u2009",
        MinimumGroupingDigits = 4,
        PercentSpace = "",
        CurrencySymbolFirst = true,
        NumericDatePattern = "dd/MM/yyyy",
        TimePattern = "HH:mm",
    };

    /// <summary>Spanish of the United States: written as in Mexico, with the 12-hour clock.</summary>
    public static Locale UsSpanish { get; } = MexicanSpanish with
    {
        Tag = LanguageTag.Parse("es-US"),
        NumericDatePattern = "d/M/yyyy",
        TimePattern = "h:mm tt",
    };

    public static Locale Catalan { get; } = new()
    {
        Tag = LanguageTag.Parse("ca"),
        DecimalSeparator = ",",
        GroupSeparator = ".",
        Quotes = new("\u00AB", "\u00BB", "\u201C", "\u201D"),
        AcceptedQuotePairs = [('«', '»'), ('“', '”'), ('‘', '’')],
        Magnitudes =
        [
            new(6, "milió", "milions"),
            new(9, "mil milions", "mil milions", "miliard", "miliards"),
            new(12, "bilió", "bilions"),
        ],
        Months = ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre", "desembre"],
        DateArticle = "el",
        DateReadingPattern = @"(?<d>\d{1,2}) (?:de |d'|d’)(?<m>{months})(?: de (?<y>\d{4}))?",
        DateWriter = (months, d, m, y) =>
        {
            var month = months[m - 1];
            var of = month[0] is 'a' or 'o' ? "d'" : "de ";
            return $"{Digits(d)} {of}{month}{Year(" de ", y)}";
        },
        NumericDatePattern = "d/M/yyyy",
        TimePattern = "H:mm",
        OrdinalWriter = n => Digits(n) + (n switch { 1 or 3 => "r", 2 => "n", 4 => "t", _ => "è" }),
    };

    public static Locale Italian { get; } = new()
    {
        Tag = LanguageTag.Parse("it"),
        DecimalSeparator = ",",
        GroupSeparator = ".",
        Quotes = new("\u00AB", "\u00BB", "\u201C", "\u201D"),
        AcceptedQuotePairs = [('«', '»'), ('“', '”'), ('‘', '’')],
        Magnitudes =
        [
            new(6, "milione", "milioni", "mln"),
            new(9, "miliardo", "miliardi", "mld"),
            new(12, "bilione", "bilioni"),
        ],
        Months = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        DateArticle = "il",
        DateReadingPattern = @"(?<d>\d{1,2}) (?<m>{months})(?: (?<y>\d{4}))?",
        DateWriter = (months, d, m, y) => $"{Digits(d)} {months[m - 1]}{Year(" ", y)}",
        NumericDatePattern = "dd/MM/yyyy",
        TimePattern = "HH:mm",
        OrdinalWriter = n => Digits(n) + "º",
    };

    public static Locale Dutch { get; } = new()
    {
        Tag = LanguageTag.Parse("nl"),
        DecimalSeparator = ",",
        GroupSeparator = ".",
        CurrencySymbolFirst = true,
        Quotes = new("\u201C", "\u201D", "\u2018", "\u2019"),
        AcceptedQuotePairs = [('“', '”'), ('‘', '’'), ('„', '”')],
        Magnitudes =
        [
            new(6, "miljoen", "miljoen"),
            new(9, "miljard", "miljard"),
            new(12, "biljoen", "biljoen"),
        ],
        Months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        DateArticle = "op",
        DateReadingPattern = @"(?<d>\d{1,2}) (?<m>{months})(?: (?<y>\d{4}))?",
        DateWriter = (months, d, m, y) => $"{Digits(d)} {months[m - 1]}{Year(" ", y)}",
        NumericDatePattern = "d-M-yyyy",
        TimePattern = "HH:mm",
        OrdinalWriter = n => Digits(n) + "e",
    };

    public static Locale Portuguese { get; } = new()
    {
        Tag = LanguageTag.Parse("pt"),
        DecimalSeparator = ",",
        GroupSeparator = ".",
        Quotes = new("\u00AB", "\u00BB", "\u201C", "\u201D"),
        AcceptedQuotePairs = [('«', '»'), ('“', '”'), ('‘', '’')],
        Magnitudes =
        [
            new(6, "milhão", "milhões"),
            new(9, "mil milhões", "mil milhões"),
            new(12, "bilião", "biliões"),
        ],
        Months = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
        DateArticle = "em",
        DateReadingPattern = @"(?<d>\d{1,2}) de (?<m>{months})(?: de (?<y>\d{4}))?",
        DateWriter = (months, d, m, y) => $"{Digits(d)} de {months[m - 1]}{Year(" de ", y)}",
        NumericDatePattern = "dd/MM/yyyy",
        TimePattern = "HH:mm",
        OrdinalWriter = n => Digits(n) + ".º",
    };

    /// <summary>Every entry by tag; a tag not listed falls back to its language's entry.</summary>
    private static readonly FrozenDictionary<string, Locale> Entries = new Dictionary<string, Locale>(StringComparer.Ordinal)
    {
        ["de"] = German,
        ["de-CH"] = GermanSwiss, ["de-LI"] = GermanSwiss,
        ["fr"] = French,
        ["fr-CH"] = FrenchSwiss,
        ["fr-CA"] = FrenchCanadian,
        ["en"] = English,
        ["en-GB"] = BritishEnglish, ["en-IE"] = BritishEnglish, ["en-AU"] = BritishEnglish, ["en-NZ"] = BritishEnglish,
        ["en-IN"] = BritishEnglish, ["en-ZA"] = BritishEnglish,
        ["es"] = Spanish,
        ["es-MX"] = MexicanSpanish,
        ["es-US"] = UsSpanish,
        ["ca"] = Catalan,
        ["it"] = Italian,
        ["nl"] = Dutch,
        ["pt"] = Portuguese,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The tags of the table's own entries.</summary>
    public static IReadOnlyCollection<string> Tags => Entries.Keys;

    public static Locale Find(LanguageTag tag)
    {
        if (Cache.TryGetValue(tag, out var cached))
        {
            return cached;
        }
        var locale = Entries.GetValueOrDefault(tag.Value) ?? Entries.GetValueOrDefault(tag.Language) ?? FromCulture(tag);
        if (locale.Tag != tag)
        {
            locale = locale with { Tag = tag };
        }
        if (Cache.Count >= MaxCached)
        {
            Cache.Clear();
        }
        Cache[tag] = locale;
        return locale;
    }

    /// <summary>
    /// A language the table does not know: separators and formats from .NET culture data (invariant when there are none),
    /// quotation marks left as they are, and no dates read; every quotation mark pair counts as correct.
    /// </summary>
    private static Locale FromCulture(LanguageTag tag)
    {
        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(tag.Value);
        }
        catch (CultureNotFoundException)
        {
            culture = CultureInfo.InvariantCulture;
        }
        var known = !culture.Equals(CultureInfo.InvariantCulture);
        var dates = culture.DateTimeFormat;
        var longDate = WithoutWeekday(dates.LongDatePattern);
        return new Locale
        {
            Tag = tag,
            IsWrittenOut = false,
            DecimalSeparator = known ? culture.NumberFormat.NumberDecimalSeparator : ".",
            GroupSeparator = known ? culture.NumberFormat.NumberGroupSeparator : ",",
            AcceptedQuotePairs = [('“', '”'), ('„', '“'), ('«', '»'), ('»', '«'), ('‘', '’'), ('"', '"')],
            DateWriter = (_, d, m, y) => new DateOnly(y ?? 2000, m, Math.Min(d, DateTime.DaysInMonth(y ?? 2000, m)))
                .ToString(y is null ? dates.MonthDayPattern : longDate, culture),
            NumericDatePattern = dates.ShortDatePattern,
            TimePattern = dates.ShortTimePattern,
            FormatCulture = culture,
        };
    }

    /// <summary>A long date pattern without its weekday ("dddd, d MMMM yyyy" -> "d MMMM yyyy").</summary>
    private static string WithoutWeekday(string pattern)
    {
        var at = pattern.IndexOf("dddd", StringComparison.Ordinal);
        if (at < 0)
        {
            return pattern;
        }
        var end = at + 4;
        while (end < pattern.Length && pattern[end] is ',' or ' ' or '\u060C')
        {
            end++;
        }
        var start = at;
        while (start > 0 && pattern[start - 1] is ',' or ' ' or '\u060C')
        {
            start--;
        }
        return (pattern[..start] + (start > 0 && end < pattern.Length ? " " : "") + pattern[end..]).Trim();
    }

    private static string EnglishOrdinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return Digits(n) + suffix;
    }
}
