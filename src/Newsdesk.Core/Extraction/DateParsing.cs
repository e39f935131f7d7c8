using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsdesk.Extraction;

/// <summary>Parses the date-time spellings found in article metadata; a value without offset is taken as UTC.</summary>
internal static partial class DateParsing
{
    [GeneratedRegex(@"([+-]\d{2})(\d{2})$")]
    private static partial Regex OffsetWithoutColon();

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})\s+(\d{1,2}:\d{2})")]
    private static partial Regex SpaceSeparated();

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var s = value.Trim();
        if (s.Length > 40)
        {
            return null;
        }
        s = OffsetWithoutColon().Replace(s, "$1:$2");
        s = SpaceSeparated().Replace(s, "$1T$2");
        if (s.EndsWith(" UTC", StringComparison.OrdinalIgnoreCase) || s.EndsWith(" GMT", StringComparison.OrdinalIgnoreCase))
        {
            s = s[..^4] + "Z";
        }
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture,
                DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed) && parsed.Year is > 1990 and < 2100)
        {
            return parsed;
        }
        if (long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch) && epoch > 631152000)
        {
            // Unix seconds or milliseconds, as some CMSs write them.
            return epoch > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(epoch) : DateTimeOffset.FromUnixTimeSeconds(epoch);
        }
        return null;
    }
}
