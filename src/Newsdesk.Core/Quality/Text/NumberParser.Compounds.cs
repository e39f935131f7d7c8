using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsdesk.Quality.Text;

// Numbers written as one expression whose digit string differs by language while its value does not: a date
// "05/05/2016" = "05.05.2016" = "2016-05-05", a time "8 h 30" = "8.30 Uhr", a score "2-1" = "1:2". Read before the
// plain digits so that "05.05" is not taken for 5.05 nor "1:2" for a time; a date and a score become their parts
// (day, month, year; each side's goals), compared one by one, so their order and separators do not matter.
public static partial class NumberParser
{
    /// <summary>A numeric date, day or month first (the parts are compared as a set), or ISO.</summary>
    [GeneratedRegex(@"(?<![\d.,/:-])(?:(?<a>\d{1,2})(?<sep>[./-])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})|(?<y>\d{4})-(?<b>\d{2})-(?<a>\d{2}))(?![\d]|[.,]\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    /// <summary>The French spaced time "8 h 30", "20 h" (a time glued together, "8h30", is read with the digits).</summary>
    [GeneratedRegex(@"(?<![\d.,])(?<h>[01]?\d|2[0-4])\s?h\s(?<m>[0-5]\d)(?!\d)|(?<![\d.,])(?<h>[01]?\d|2[0-4])\sh(?![\p{L}\d])",
        RegexOptions.CultureInvariant)]
    private static partial Regex SpacedTime();

    /// <summary>A score or result with a colon and one digit after it ("1:2", "10:3"), which a time never has.</summary>
    [GeneratedRegex(@"(?<![\d.,:])(?<a>\d{1,2})\s?:\s?(?<b>\d)(?![\d:]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ColonScore();

    /// <summary>Two numbers joined by a dash ("2-1", "10 – 15"): a score or a range; its parts are read with the digits.</summary>
    [GeneratedRegex(@"(?<![\d.,/:–-])(?<a>\d{1,2})\s?[-–]\s?(?<b>\d{1,2})(?![\d:]|[.,/–-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DashedPair();

    /// <summary>The unit of a pair mention: a score or range as an unordered pair, compared only with the original's pairs.</summary>
    public const string PairUnit = "pair";

    /// <summary>Adds the dates, times and scores of the text to <paramref name="result"/>; returns the spans they cover.</summary>
    private static List<TextSpan> AddCompounds(string text, List<NumberMention> result)
    {
        var covered = new List<TextSpan>();
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return covered;
        }
        foreach (Match m in NumericDate().Matches(text))
        {
            var a = m.Groups["a"];
            var b = m.Groups["b"];
            var y = m.Groups["y"];
            var first = int.Parse(a.Value, CultureInfo.InvariantCulture);
            var second = int.Parse(b.Value, CultureInfo.InvariantCulture);
            // One of the two is a month, and neither is zero or beyond a day.
            if (first is < 1 or > 31 || second is < 1 or > 31 || (first > 12 && second > 12))
            {
                continue;
            }
            var year = int.Parse(y.Value, CultureInfo.InvariantCulture);
            if (y.Length == 2)
            {
                year += year < 50 ? 2000 : 1900;
            }
            AddPart(result, a, first);
            AddPart(result, b, second);
            AddPart(result, y, year);
            covered.Add(new TextSpan(m.Index, m.Index + m.Length));
        }
        foreach (Match m in SpacedTime().Matches(text))
        {
            if (Inside(covered, m.Index))
            {
                continue;
            }
            var hours = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minutes = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            var span = new TextSpan(m.Index, m.Index + m.Length);
            // As the digits read "10h30": hours + minutes / 100, so that "10.30 Uhr" and "10:30" agree.
            result.Add(new NumberMention(span, span, [hours + minutes / 100.0], 1, null, null, IsWord: false,
                Digits: string.Create(CultureInfo.InvariantCulture, $"{hours}{(minutes > 0 ? minutes.ToString("00", CultureInfo.InvariantCulture) : "")}")));
            covered.Add(span);
        }
        foreach (Match m in ColonScore().Matches(text))
        {
            if (Inside(covered, m.Index))
            {
                continue;
            }
            AddPart(result, m.Groups["a"], int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture));
            AddPart(result, m.Groups["b"], int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture));
            AddPair(result, m);
            covered.Add(new TextSpan(m.Index, m.Index + m.Length));
        }
        foreach (Match m in DashedPair().Matches(text))
        {
            if (!Inside(covered, m.Index))
            {
                AddPair(result, m); // the parts are read as plain digits
            }
        }
        return covered;
    }

    /// <summary>A score or range as one value, the same whichever number comes first ("2-1" = "1:2").</summary>
    private static void AddPair(List<NumberMention> result, Match m)
    {
        var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
        var b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
        var span = new TextSpan(m.Index, m.Index + m.Length);
        result.Add(new NumberMention(span, span, [1e9 + Math.Min(a, b) * 1000 + Math.Max(a, b)], 1, null, PairUnit, IsWord: false, Digits: ""));
    }

    private static bool Inside(List<TextSpan> spans, int index) => spans.Any(s => s.Contains(index));

    private static void AddPart(List<NumberMention> result, Group digits, int value)
    {
        var span = new TextSpan(digits.Index, digits.Index + digits.Length);
        result.Add(new NumberMention(span, span, [value], 1, null, null, IsWord: false, Digits: value.ToString(CultureInfo.InvariantCulture)));
    }
}
