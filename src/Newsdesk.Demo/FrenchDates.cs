using System.Globalization;

namespace Newsdesk.Demo;

/// <summary>French date wording for page chrome, spelled out here so the output does not depend on ICU data.</summary>
internal static class FrenchDates
{
    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] Days = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];

    /// <summary>"12 mars 2026 à 07h45"</summary>
    public static string Long(DateTimeOffset date) =>
        $"{DayOfMonth(date)} {Months[date.Month - 1]} {date.Year} à {date.Hour:00}h{date.Minute:00}";

    /// <summary>"12/03/2026 à 07:45"</summary>
    public static string Numeric(DateTimeOffset date) =>
        date.ToString("dd'/'MM'/'yyyy' à 'HH':'mm", CultureInfo.InvariantCulture);

    /// <summary>"jeudi 12 mars 2026"</summary>
    public static string Day(DateTimeOffset date) =>
        $"{Days[(int)date.DayOfWeek]} {DayOfMonth(date)} {Months[date.Month - 1]} {date.Year}";

    /// <summary>"07:45"</summary>
    public static string Time(DateTimeOffset date) => date.ToString("HH':'mm", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 with the offset: 2026-03-12T07:45:00+01:00.</summary>
    public static string Iso(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>RFC 822 as RSS 2.0 wants it: Thu, 12 Mar 2026 07:45:00 +0100.</summary>
    public static string Rfc822(DateTimeOffset date) =>
        date.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + date.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", "", StringComparison.Ordinal);

    /// <summary>HTTP date (RFC 9110): Thu, 12 Mar 2026 06:45:00 GMT.</summary>
    public static string Http(DateTimeOffset date) => date.UtcDateTime.ToString("R", CultureInfo.InvariantCulture);

    private static string DayOfMonth(DateTimeOffset date) => date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture);
}
