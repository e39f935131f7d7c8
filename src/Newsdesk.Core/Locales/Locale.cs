using System.Globalization;
using System.Text;
using Newsdesk.Model;

namespace Newsdesk.Locales;

/// <summary>
/// How one locale writes numbers, amounts, dates, times, ordinals and quotations: what the translator reads in a source
/// and writes in a target, what the quality gate expects of a translation, and how the site dates its pages. The
/// locales are written out in <see cref="LocaleTable"/> instead of read from ICU, so output does not change with the
/// machine's culture data; a language the table does not know gets separators and date formats from .NET culture data.
/// </summary>
public sealed record Locale
{
    internal const string Nbsp = "\u00A0";
    internal const string NarrowNbsp = "\u202F";

    /// <summary>The tag this locale was asked for ("de-AT" gets the rules of "de" under its own tag).</summary>
    public required LanguageTag Tag { get; init; }

    /// <summary>The primary language subtag ("de" for de-CH).</summary>
    public string Language => Tag.Language;

    /// <summary>True for a locale of the table; false for one made from .NET culture data, whose quotes are left alone.</summary>
    public bool IsWrittenOut { get; init; } = true;

    public string DecimalSeparator { get; init; } = ",";

    /// <summary>The group separator this locale writes (".", ",", a narrow no-break space, ’).</summary>
    public string GroupSeparator { get; init; } = ".";

    /// <summary>Other group separators that are read as such and accepted (spaces of all widths, mostly).</summary>
    public string OtherGroupSeparators { get; init; } = " " + Nbsp + NarrowNbsp + "\u2009";

    /// <summary>Every group separator the locale reads, the written one first.</summary>
    public string GroupSeparators => GroupSeparator + OtherGroupSeparators;

    /// <summary>Smallest integer part length that gets grouped (Spanish writes 1000 but 10.000).</summary>
    public int MinimumGroupingDigits { get; init; } = 4;

    /// <summary>Space between a number and %: empty in English.</summary>
    public string PercentSpace { get; init; } = Nbsp;

    /// <summary>True where the currency symbol comes before the amount ("$5", "€10" in English); false where it follows ("10 €").</summary>
    public bool CurrencySymbolFirst { get; init; }

    /// <summary>Words that scale a number (million, Milliarde, millones), with their abbreviations.</summary>
    public IReadOnlyList<MagnitudeWord> Magnitudes { get; init; } = [];

    /// <summary>True when 1.5 of a magnitude takes the singular (French "1,5 milliard").</summary>
    public bool SingularBelowTwo { get; init; }

    /// <summary>The quotation marks this locale writes.</summary>
    public QuoteMarks Quotes { get; init; } = new("\u201C", "\u201D", "\u2018", "\u2019");

    /// <summary>Quotation mark pairs that are correct in this locale (the written ones, nested ones, book style).</summary>
    public IReadOnlyList<(char Open, char Close)> AcceptedQuotePairs { get; init; } = [];

    /// <summary>Whether a space goes before : ; ! ? (French typography).</summary>
    public HighPunctuationSpacing HighPunctuation { get; init; }

    /// <summary>Month names, January first, as written inside a date.</summary>
    public IReadOnlyList<string> Months { get; init; } = [];

    /// <summary>Weekday names, Monday first, as written in running text.</summary>
    public IReadOnlyList<string> Weekdays { get; init; } = [];

    /// <summary>The article or preposition that goes before a date in running text ("le", "am", "on"); null when none is known.</summary>
    public string? DateArticle { get; init; }

    /// <summary>
    /// How a date with a month name is written, as a regular expression with groups d, m and (optional) y; "{months}"
    /// stands for the alternation of <see cref="Months"/>. Null when dates are not read in this locale.
    /// </summary>
    public string? DateReadingPattern { get; init; }

    /// <summary>Writes a day, month and optional year with the month's name; receives <see cref="Months"/>.</summary>
    internal Func<IReadOnlyList<string>, int, int, int?, string>? DateWriter { get; init; }

    /// <summary>How a date is written in figures, as a .NET custom format ("d.M.yyyy", "dd/MM/yyyy", "M/d/yyyy").</summary>
    public string NumericDatePattern { get; init; } = "dd/MM/yyyy";

    /// <summary>How a time of day is written, as a .NET custom format ("HH:mm", "H:mm", "h:mm tt").</summary>
    public string TimePattern { get; init; } = "HH:mm";

    /// <summary>The words around figures (percent, the hour, age, ranges, scores, ordinals) that <see cref="NumberReader"/> reads.</summary>
    public ValueWords Values { get; init; } = new();

    /// <summary>Writes an ordinal number (3 -> "3.", "3e", "3rd", "3.º").</summary>
    internal Func<int, string> OrdinalWriter { get; init; } = n => n.ToString(CultureInfo.InvariantCulture) + ".";

    /// <summary>The culture whose data fill the formats of a locale the table does not know; invariant for the table's own.</summary>
    internal CultureInfo FormatCulture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>The conventions of a locale: the table's entry for the tag, else the entry of its language, else .NET culture data.</summary>
    public static Locale For(LanguageTag tag) => LocaleTable.Find(tag);

    /// <summary>True when figures of a date are written month first (en-US "12/25/2024").</summary>
    public bool WritesMonthFirst
    {
        get
        {
            var day = NumericDatePattern.IndexOf('d', StringComparison.Ordinal);
            var month = NumericDatePattern.IndexOf('M', StringComparison.Ordinal);
            return month >= 0 && day >= 0 && month < day && !NumericDatePattern.StartsWith('y');
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

    /// <summary>Writes digits with this locale's separators; the integer part is grouped only when asked and long enough.</summary>
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

    /// <summary>Writes a date (day 1-31, month 1-12, optional year) with the month's name; null when the locale has no such format.</summary>
    public string? FormatDate(int day, int month, int? year) =>
        DateWriter is null || month is < 1 or > 12 || day is < 1 or > 31 ? null : DateWriter(Months, day, month, year);

    /// <summary>Writes a calendar date with the month's name ("1er novembre 2026", "November 1, 2026"); ISO 8601 where the locale has no such format.</summary>
    public string FormatDate(DateOnly date) =>
        FormatDate(date.Day, date.Month, date.Year) ?? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Writes a date in figures the locale's way ("25.12.2024", "25/12/2024", "12/25/2024"). The figures are written as
    /// given, so that a date that does not exist ("2/30/2024" in a text) can still be shown in the locale's order.
    /// </summary>
    public string FormatNumericDate(int day, int month, int year)
    {
        var b = new StringBuilder();
        var pattern = NumericDatePattern;
        for (var i = 0; i < pattern.Length;)
        {
            var c = pattern[i];
            var run = 1;
            while (i + run < pattern.Length && pattern[i + run] == c)
            {
                run++;
            }
            switch (c)
            {
                case 'd':
                    b.Append(day.ToString(run >= 2 ? "00" : "0", CultureInfo.InvariantCulture));
                    break;
                case 'M':
                    b.Append(month.ToString(run >= 2 ? "00" : "0", CultureInfo.InvariantCulture));
                    break;
                case 'y':
                    b.Append(run <= 2 ? (year % 100).ToString("00", CultureInfo.InvariantCulture) : year.ToString(CultureInfo.InvariantCulture));
                    break;
                case '\'':
                    var close = pattern.IndexOf('\'', i + 1);
                    close = close < 0 ? pattern.Length : close;
                    b.Append(pattern, i + 1, close - i - 1);
                    run = close + 1 - i;
                    break;
                default:
                    b.Append(c, run);
                    break;
            }
            i += run;
        }
        return b.ToString();
    }

    /// <summary>Writes a time of day the locale's way ("09:05", "9:05", "9:05 AM", "09 h 05").</summary>
    public string FormatTime(int hour, int minute) => new TimeOnly(hour, minute).ToString(TimePattern, FormatCulture);

    /// <summary>Writes an ordinal number the locale's way ("1er", "3.", "3rd", "3.º").</summary>
    public string FormatOrdinal(int number) => OrdinalWriter(number);
}
