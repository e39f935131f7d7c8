using System.Globalization;
using System.Text.RegularExpressions;
using Newsdesk.Locales;

namespace Newsdesk.Quality.Checks;

/// <summary>
/// Number, date and currency formats of the target locale: English digit grouping in a German text ("1,000,000",
/// "3.5 Prozent"), a currency symbol before the amount where the locale puts it after, month-first dates.
/// Number formats come with a safe fix.
/// </summary>
public sealed partial class LocaleFormatCheck : IQualityCheck
{
    [GeneratedRegex(@"(?<![\p{L}\d.,])(?<int>\d{1,3}(?:,\d{3})+)(?:\.(?<frac>\d+))?(?![\d,]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishGrouping();

    [GeneratedRegex(@"(?<![\p{L}\d.,])(?<int>\d+)\.(?<frac>\d{1,2})(?=\s?(?:%|Prozent|Millionen|Milliarden|Mio\.|Mrd\.|pour ?cent|millions?|milliards?|por ciento|millones)(?![\p{L}]))", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalPoint();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<sym>[$£€]|US\$)\s?(?<num>\d[\d.,’'\u00A0\u202F]*\d|\d)(?<mag>\s?(?:Mio\.|Mrd\.|Millionen|Milliarden|millions?|milliards?|Md|M|Mds)(?![\p{L}]))?", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolFirst();

    [GeneratedRegex(@"(?<![\d/])(?<m>0?[1-9]|1[0-2])/(?<d>0?[1-9]|[12]\d|3[01])/(?<y>(?:19|20)\d{2})(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirstDate();

    public FindingCategory Category => FindingCategory.LocaleFormat;

    public void Check(CheckContext context, ICollection<Finding> findings)
    {
        var locale = context.Locale;
        var text = context.Target.Text;
        if (locale.DecimalSeparator == "," && !locale.GroupSeparators.Contains(','))
        {
            HashSet<string>? sourceGrouped = null;
            foreach (Match m in EnglishGrouping().Matches(text))
            {
                // One comma group alone ("1,500") may be a decimal in this locale; two groups or a decimal point cannot.
                // Nor can the same figure copied from an original that groups thousands with commas: the original's
                // "7,000" is seven thousand, and left as it was it reads as seven.
                var groups = m.Groups["int"].Value.Count(c => c == ',');
                if (groups < 2 && !m.Groups["frac"].Success && !(sourceGrouped ??= CommaGroupedInSource(context)).Contains(m.Value))
                {
                    continue;
                }
                var fixedNumber = Reformat(m.Groups["int"].Value.Replace(",", "", StringComparison.Ordinal), m.Groups["frac"].Success ? m.Groups["frac"].Value : null, locale);
                findings.Add(new Finding(Category, Severity.Minor, new TextSpan(m.Index, m.Index + m.Length), "locale_format.number-grouping",
                    $"\"{m.Value}\" is written the English way; {locale.Tag} writes {fixedNumber}.",
                    Suggestion: fixedNumber, Fix: new TextEdit(new TextSpan(m.Index, m.Index + m.Length), fixedNumber)));
            }
            foreach (Match m in DecimalPoint().Matches(text))
            {
                var fixedNumber = m.Groups["int"].Value + locale.DecimalSeparator + m.Groups["frac"].Value;
                findings.Add(new Finding(Category, Severity.Minor, new TextSpan(m.Index, m.Index + m.Length), "locale_format.decimal-separator",
                    $"\"{m.Value}\" uses a decimal point; {locale.Tag} writes {fixedNumber}.",
                    Suggestion: fixedNumber, Fix: new TextEdit(new TextSpan(m.Index, m.Index + m.Length), fixedNumber)));
            }
        }
        if (!locale.CurrencySymbolFirst)
        {
            foreach (Match m in SymbolFirst().Matches(text))
            {
                var amount = m.Groups["num"].Value + m.Groups["mag"].Value;
                var symbol = m.Groups["sym"].Value == "US$" ? "US-Dollar" : m.Groups["sym"].Value;
                var suggestion = amount.TrimEnd() + "\u00A0" + symbol;
                findings.Add(new Finding(Category, Severity.Minor, new TextSpan(m.Index, m.Index + m.Length), "locale_format.currency-position",
                    $"\"{m.Value}\" puts the currency first; {locale.Tag} writes the amount first ({suggestion}).",
                    Suggestion: suggestion));
            }
        }
        if (!locale.WritesMonthFirst)
        {
            foreach (Match m in MonthFirstDate().Matches(text))
            {
                var d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
                var mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
                if (d <= 12)
                {
                    continue; // ambiguous: could be day-first already
                }
                var suggestion = locale.FormatNumericDate(d, mo, int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture));
                findings.Add(new Finding(Category, Severity.Minor, new TextSpan(m.Index, m.Index + m.Length), "locale_format.date-order",
                    $"\"{m.Value}\" is an American month-first date; {locale.Tag} writes {suggestion}.", Suggestion: suggestion));
            }
        }
    }

    /// <summary>Numbers the original writes with comma grouping, when its language groups thousands with commas.</summary>
    private static HashSet<string> CommaGroupedInSource(CheckContext context)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (context.Source is { } source
            && Locale.For(context.Input.SourceLanguage).GroupSeparator == ",")
        {
            foreach (Match m in EnglishGrouping().Matches(source.Text))
            {
                set.Add(m.Value);
            }
        }
        return set;
    }

    private static string Reformat(string integerDigits, string? fraction, Locale locale)
    {
        var group = locale.GroupSeparator;
        var b = new System.Text.StringBuilder();
        for (var i = 0; i < integerDigits.Length; i++)
        {
            if (i > 0 && (integerDigits.Length - i) % 3 == 0)
            {
                b.Append(group);
            }
            b.Append(integerDigits[i]);
        }
        if (fraction is not null)
        {
            b.Append(locale.DecimalSeparator).Append(fraction);
        }
        return b.ToString();
    }
}
