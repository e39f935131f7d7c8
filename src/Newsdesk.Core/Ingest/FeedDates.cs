using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsdesk.Ingest;

/// <summary>Reads the dates feeds use: RFC 822/1123 (with named zones), ISO 8601 / RFC 3339 and W3C date forms.</summary>
public static partial class FeedDates
{
    // Named zones seen in real feeds. RFC 822 defines only UT/GMT and the US ones; the rest are common enough in
    // European and Asian feeds to be worth reading. Ambiguous abbreviations (IST, CST in China, BST in Bangladesh)
    // follow the most common news-feed meaning, or are left out.
    private static readonly Dictionary<string, TimeSpan> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = TimeSpan.Zero, ["UTC"] = TimeSpan.Zero, ["GMT"] = TimeSpan.Zero, ["Z"] = TimeSpan.Zero,
        ["EST"] = TimeSpan.FromHours(-5), ["EDT"] = TimeSpan.FromHours(-4),
        ["CST"] = TimeSpan.FromHours(-6), ["CDT"] = TimeSpan.FromHours(-5),
        ["MST"] = TimeSpan.FromHours(-7), ["MDT"] = TimeSpan.FromHours(-6),
        ["PST"] = TimeSpan.FromHours(-8), ["PDT"] = TimeSpan.FromHours(-7),
        ["AKST"] = TimeSpan.FromHours(-9), ["AKDT"] = TimeSpan.FromHours(-8),
        ["HST"] = TimeSpan.FromHours(-10),
        ["WET"] = TimeSpan.Zero, ["WEST"] = TimeSpan.FromHours(1),
        ["BST"] = TimeSpan.FromHours(1),
        ["CET"] = TimeSpan.FromHours(1), ["CEST"] = TimeSpan.FromHours(2),
        ["MET"] = TimeSpan.FromHours(1), ["MEST"] = TimeSpan.FromHours(2),
        ["MEZ"] = TimeSpan.FromHours(1), ["MESZ"] = TimeSpan.FromHours(2),
        ["EET"] = TimeSpan.FromHours(2), ["EEST"] = TimeSpan.FromHours(3),
        ["MSK"] = TimeSpan.FromHours(3),
        ["JST"] = TimeSpan.FromHours(9), ["KST"] = TimeSpan.FromHours(9),
        ["HKT"] = TimeSpan.FromHours(8), ["SGT"] = TimeSpan.FromHours(8), ["AWST"] = TimeSpan.FromHours(8),
        ["ACST"] = new TimeSpan(9, 30, 0), ["ACDT"] = new TimeSpan(10, 30, 0),
        ["AEST"] = TimeSpan.FromHours(10), ["AEDT"] = TimeSpan.FromHours(11),
        ["NZST"] = TimeSpan.FromHours(12), ["NZDT"] = TimeSpan.FromHours(13),
    };

    // English plus the German and French abbreviations some localised CMSs put into RFC 822 dates.
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["january"] = 1, ["janv"] = 1, ["janvier"] = 1, ["januar"] = 1, ["jän"] = 1,
        ["feb"] = 2, ["february"] = 2, ["févr"] = 2, ["fevr"] = 2, ["février"] = 2, ["februar"] = 2,
        ["mar"] = 3, ["march"] = 3, ["mär"] = 3, ["mrz"] = 3, ["märz"] = 3, ["mars"] = 3,
        ["apr"] = 4, ["april"] = 4, ["avr"] = 4, ["avril"] = 4,
        ["may"] = 5, ["mai"] = 5,
        ["jun"] = 6, ["june"] = 6, ["juni"] = 6, ["juin"] = 6,
        ["jul"] = 7, ["july"] = 7, ["juli"] = 7, ["juil"] = 7, ["juillet"] = 7,
        ["aug"] = 8, ["august"] = 8, ["août"] = 8, ["aout"] = 8,
        ["sep"] = 9, ["sept"] = 9, ["september"] = 9, ["septembre"] = 9,
        ["oct"] = 10, ["october"] = 10, ["okt"] = 10, ["oktober"] = 10, ["octobre"] = 10,
        ["nov"] = 11, ["november"] = 11, ["novembre"] = 11,
        ["dec"] = 12, ["december"] = 12, ["dez"] = 12, ["dezember"] = 12, ["déc"] = 12, ["décembre"] = 12,
    };

    [GeneratedRegex(@"^(?:\p{L}+\.?,?\s*)?(?<day>\d{1,2})[\s-]+(?<month>\p{L}+)\.?[\s-]+(?<year>\d{2,4})(?:\s+|T)(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:\.\d+)?)?\s*(?<zone>[+-]\d{2}:?\d{2}|\p{L}{1,5})?(?:\s*\(.*\))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc822();

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})(?:[T ](?<time>\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(?<zone>Z|[+-]\d{2}(?::?\d{2})?)?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Iso8601();

    /// <summary>Reads a date; a null value with a problem when it cannot, a value with a warning when the zone was missing.</summary>
    public static FeedDate Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new FeedDate(null, null, null);
        }
        var s = text.Trim();
        var iso = Iso8601().Match(s);
        if (iso.Success)
        {
            return ParseIso(s, iso);
        }
        var rfc = Rfc822().Match(s);
        if (rfc.Success)
        {
            return ParseRfc822(s, rfc);
        }
        return Invalid(s);
    }

    private static FeedDate ParseIso(string s, Match m)
    {
        var zone = m.Groups["zone"].Value;
        var time = m.Groups["time"].Success ? m.Groups["time"].Value : "00:00:00";
        if (time.Length == 5)
        {
            time += ":00";
        }
        time = time.Replace(',', '.');
        var normalisedZone = zone.Length switch
        {
            0 => "Z",
            3 => zone + ":00",
            5 => zone[..3] + ":" + zone[3..],
            _ => zone.ToUpperInvariant(),
        };
        if (!DateTimeOffset.TryParse($"{m.Groups["date"].Value}T{time}{normalisedZone}", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return Invalid(s);
        }
        // A bare date (no time) is a day, not an instant at an unknown zone; reading it as UTC midnight is the convention.
        return zone.Length == 0 && m.Groups["time"].Success
            ? new FeedDate(value, FeedProblemKind.DateWithoutZone, $"date '{s}' has no time zone; UTC assumed")
            : new FeedDate(value, null, null);
    }

    private static FeedDate ParseRfc822(string s, Match m)
    {
        if (!Months.TryGetValue(m.Groups["month"].Value, out var month))
        {
            return Invalid(s);
        }
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["year"].Value.Length == 2)
        {
            year += year < 50 ? 2000 : 1900;
        }
        else if (m.Groups["year"].Value.Length == 3)
        {
            return Invalid(s);
        }
        var hour = int.Parse(m.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(m.Groups["minute"].Value, CultureInfo.InvariantCulture);
        var second = m.Groups["second"].Success ? int.Parse(m.Groups["second"].Value, CultureInfo.InvariantCulture) : 0;
        var zoneText = m.Groups["zone"].Value;
        TimeSpan offset;
        FeedProblemKind? kind = null;
        string? warning = null;
        if (zoneText.Length == 0)
        {
            offset = TimeSpan.Zero;
            kind = FeedProblemKind.DateWithoutZone;
            warning = $"date '{s}' has no time zone; UTC assumed";
        }
        else if (zoneText[0] is '+' or '-')
        {
            var digits = zoneText.Replace(":", "", StringComparison.Ordinal);
            var hours = int.Parse(digits.AsSpan(1, 2), CultureInfo.InvariantCulture);
            var minutes = int.Parse(digits.AsSpan(3, 2), CultureInfo.InvariantCulture);
            if (hours > 14 || minutes > 59)
            {
                return Invalid(s);
            }
            offset = new TimeSpan(hours, minutes, 0);
            if (zoneText[0] == '-')
            {
                offset = -offset;
            }
        }
        else if (!Zones.TryGetValue(zoneText, out offset))
        {
            // RFC 5322: military single-letter zones were specified wrongly in RFC 822, so read them as unknown (-0000).
            if (zoneText.Length == 1)
            {
                offset = TimeSpan.Zero;
                kind = FeedProblemKind.DateWithoutZone;
                warning = $"date '{s}' uses the military zone '{zoneText}', which RFC 822 got wrong; UTC assumed";
            }
            else
            {
                return new FeedDate(null, FeedProblemKind.InvalidDate, $"date '{s}' has an unknown time zone '{zoneText}'; kept as no date");
            }
        }
        try
        {
            return new FeedDate(new DateTimeOffset(year, month, day, hour, minute, second, offset), kind, warning);
        }
        catch (ArgumentOutOfRangeException)
        {
            return Invalid(s);
        }
    }

    private static FeedDate Invalid(string s) =>
        new(null, FeedProblemKind.InvalidDate, $"'{Shorten(s)}' is not a date in RFC 822 or ISO 8601 form; kept as no date");

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
