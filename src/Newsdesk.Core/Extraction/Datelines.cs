using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Newsdesk.Locales;

namespace Newsdesk.Extraction;

/// <summary>The facts of a dateline line: when the story was published and updated, and who wrote it.</summary>
/// <param name="Bare">Only a date (and time): no outlet, marker or author that says it is the story's dateline.</param>
internal sealed record Dateline(DateTimeOffset? Published, DateTimeOffset? Modified, string? Byline, bool Bare);

/// <summary>
/// Reads dateline lines that pages print inside the body ("Le Courrier | 04.05.2015 à 13h36 • Mis à jour le 04.05.2015
/// à 14h02 | Par Jeanne Martin", "Von Anna Berg | 4. Mai 2015, 13:36 Uhr", "Publié le 3 février 2023 à 9 h 40, mis à jour
/// à 11 h 05"). A line is a dateline only when every part of it is one of: the outlet's name, a date (with or without a
/// time), an update marker with a date or time, an author marker with names. Its facts belong in the metadata, not the
/// text. Month names come from the locale table, so every language it knows is read; a time without a zone is UTC, as
/// in <see cref="DateParsing"/>.
/// </summary>
internal static partial class Datelines
{
    private const int MaxLength = 260;
    private const int MaxOutletLength = 48;
    private const int MaxNamesLength = 90;

    private enum Part { Outlet, Date, Published, Updated, By }

    private sealed record Marker(Part Kind, string Words);

    private static readonly Marker[] Markers = Lexicon.DatelineWords
        .Select(w => new Marker(w.Kind switch
        {
            "published" => Part.Published,
            "updated" => Part.Updated,
            "by" => Part.By,
            _ => throw new InvalidOperationException($"Unknown dateline word kind '{w.Kind}' in dateline-words.txt."),
        }, w.Words))
        .OrderByDescending(m => m.Words.Length)
        .ToArray();

    /// <summary>Every month name of the locale table, lower case, to its number.</summary>
    private static readonly FrozenDictionary<string, int> MonthNames = BuildMonthNames();

    /// <summary>Every weekday name of the locale table, lower case, with its two- and three-letter abbreviations.</summary>
    private static readonly FrozenSet<string> Weekdays = LocaleTable.Tags
        .SelectMany(tag => Locale.For(Model.LanguageTag.Parse(tag)).Weekdays)
        .Select(w => w.ToLowerInvariant())
        .SelectMany(w => new[] { w, w[..Math.Min(2, w.Length)], w[..Math.Min(3, w.Length)] })
        .ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, int> BuildMonthNames()
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var tag in LocaleTable.Tags)
        {
            var months = Locale.For(Model.LanguageTag.Parse(tag)).Months;
            for (var i = 0; i < months.Count; i++)
            {
                var name = months[i].ToLowerInvariant();
                names.TryAdd(name, i + 1);
                // The usual abbreviations: "janv.", "févr.", "Sept.", "Jan." (the first three or four letters).
                if (name.Length > 4)
                {
                    names.TryAdd(name[..3], i + 1);
                    names.TryAdd(name[..4], i + 1);
                }
            }
        }
        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\s*(?:\||•|·|\s[–—-]\s)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?<d>\d{1,2})[./-](?<m>\d{1,2})[./-](?<y>\d{4}|\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?:(?<wd>\p{L}+)\.?,?\s+)?(?<d>\d{1,2})(?:\.|er|º|st|nd|rd|th)?\s+(?:de\s+|d['’]\s*)?(?<m>\p{L}+)\.?,?\s+(?:de\s+)?(?<y>\d{4})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?:(?<wd>\p{L}+)\.?,?\s+)?(?<m>\p{L}+)\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    /// <summary>What may stand between a date and its time: "à", "at", "um", "a las", "a les", "alle", "às", a comma.</summary>
    [GeneratedRegex(@"^(?:,|;|\s|a las\b|a les\b|alle\b|às\b|at\b|um\b|à\b|a\b|-)*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimeLead();

    [GeneratedRegex(@"^(?<h>\d{1,2})\s?(?:h|:|\.)\s?(?<min>\d{2})?(?:\s?(?:uhr|h))?(?:\s?(?<ampm>[ap])\.?\s?m\.?)?(?:\s?(?:utc|gmt))?(?=$|[\s,;)])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Time();

    [GeneratedRegex(@"^(?<h>\d{1,2})\s?(?<ampm>[ap])\.?\s?m\.?(?=$|[\s,;)])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HourOnly();

    /// <summary>A connector between several authors' names.</summary>
    private static readonly FrozenSet<string> NameConnectors = new[] { "et", "and", "und", "y", "i", "e", "&", "avec", "with", "mit", "con", "amb" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case particles inside a name ("de", "van", "von der").</summary>
    private static readonly FrozenSet<string> NameParticles = new[] { "de", "du", "des", "la", "le", "van", "von", "der", "den", "da", "di", "del", "dos", "ben", "bin", "al", "el" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The facts of <paramref name="text"/> when the whole line is a dateline; null otherwise.</summary>
    /// <param name="monthFirst">Figures of a date are written month first (en-US "02/10/2020" is February 10).</param>
    public static Dateline? Read(string text, string? siteName, bool monthFirst = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        if (text.Length is < 6 or > MaxLength || !text.Any(char.IsAsciiDigit))
        {
            return null;
        }
        var parts = Separator().Split(text).Where(p => p.Length > 0).SelectMany(SplitBeforeMarkers).ToList();
        DateTimeOffset? published = null, modified = null;
        DateOnly? lastDate = null;
        string? byline = null;
        var sawDate = false;
        var bare = true;
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i].Trim().TrimEnd('.', ',', ';').Trim();
            if (part.Length == 0)
            {
                continue;
            }
            var (kind, rest) = Classify(part);
            bare &= kind == Part.Date;
            switch (kind)
            {
                case Part.By:
                    if (byline is not null || !IsNames(rest))
                    {
                        return null;
                    }
                    byline = rest;
                    break;
                case Part.Updated:
                    if (!TryReadWhen(rest, lastDate, monthFirst, out var updated))
                    {
                        return null;
                    }
                    modified ??= updated;
                    sawDate = true;
                    break;
                case Part.Published:
                case Part.Date:
                    if (!TryReadWhen(rest, lastDate, monthFirst, out var when))
                    {
                        if (kind == Part.Date && (i == 0 || i == parts.Count - 1) && IsOutletName(part, siteName))
                        {
                            bare = false;
                            continue;
                        }
                        return null;
                    }
                    published ??= when;
                    lastDate = DateOnly.FromDateTime(when.UtcDateTime);
                    sawDate = true;
                    break;
                default:
                    return null;
            }
        }
        return sawDate ? new Dateline(published, modified, byline, bare) : null;
    }

    /// <summary>"Publié le 3 février 2023 à 9 h 40, mis à jour à 11 h 05": a marker after a comma opens a new part.</summary>
    private static IEnumerable<string> SplitBeforeMarkers(string part)
    {
        var start = 0;
        for (var i = 1; i < part.Length - 2; i++)
        {
            if (part[i - 1] is ',' or ';' && part[i] == ' ' && MarkerAt(part, i + 1) is not null)
            {
                yield return part[start..(i - 1)];
                start = i + 1;
            }
        }
        yield return part[start..];
    }

    private static Marker? MarkerAt(string text, int index)
    {
        foreach (var marker in Markers)
        {
            var end = index + marker.Words.Length;
            if (end <= text.Length && string.Compare(text, index, marker.Words, 0, marker.Words.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (end == text.Length || !char.IsLetter(text[end])))
            {
                return marker;
            }
        }
        return null;
    }

    private static (Part Kind, string Remainder) Classify(string part)
    {
        if (MarkerAt(part, 0) is { } marker)
        {
            return (marker.Kind, part[marker.Words.Length..].TrimStart(':', ' ', '\u00A0'));
        }
        return (Part.Date, part);
    }

    /// <summary>One or more personal names: capitalised words, particles and connectors, no figures.</summary>
    private static bool IsNames(string text)
    {
        if (text.Length is 0 or > MaxNamesLength || text.Any(char.IsDigit))
        {
            return false;
        }
        var words = text.Split([' ', ',', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 12 || !char.IsUpper(words[0][0]))
        {
            return false;
        }
        return words.All(w => char.IsUpper(w[0]) || NameConnectors.Contains(w) || NameParticles.Contains(w));
    }

    /// <summary>The outlet's own name: the page's site name, or a short capitalised name without figures.</summary>
    private static bool IsOutletName(string text, string? siteName)
    {
        if (siteName is not null && BlockFilter.Key(text) == BlockFilter.Key(siteName))
        {
            return true;
        }
        return text.Length <= MaxOutletLength && !text.Any(char.IsDigit) && char.IsUpper(text[0])
            && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5;
    }

    /// <summary>
    /// A date with an optional time, or (after a date was read) a time alone; the whole text must be read.
    /// </summary>
    private static bool TryReadWhen(string text, DateOnly? sameDay, bool monthFirst, out DateTimeOffset when)
    {
        when = default;
        text = text.Trim();
        DateOnly? date = null;
        var rest = text;
        if (TryReadDate(text, monthFirst, out var read, out var length))
        {
            date = read;
            rest = text[length..];
        }
        else if (sameDay is null)
        {
            return false;
        }
        rest = TimeLead().Replace(rest, "", 1);
        var time = TimeOnly.MinValue;
        if (rest.Length > 0)
        {
            if (!TryReadTime(rest, out time, out var timeLength))
            {
                return false;
            }
            rest = rest[timeLength..].Trim().TrimEnd('.', ',', ')');
            if (rest.Length > 0)
            {
                return false;
            }
        }
        else if (date is null)
        {
            return false;
        }
        var day = date ?? sameDay!.Value;
        when = new DateTimeOffset(day.ToDateTime(time), TimeSpan.Zero);
        return true;
    }

    private static bool TryReadDate(string text, bool monthFirst, out DateOnly date, out int length)
    {
        date = default;
        length = 0;
        int d, m, y;
        Match match;
        if ((match = IsoDate().Match(text)).Success || (match = NumericDate().Match(text)).Success)
        {
            d = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
            m = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (monthFirst && match.Groups["d"].Index < match.Groups["m"].Index)
            {
                (d, m) = (m, d);
            }
            y = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            y = y < 100 ? 2000 + y : y;
        }
        else if (((match = DayMonthYear().Match(text)).Success || (match = MonthDayYear().Match(text)).Success)
                 && MonthNames.TryGetValue(match.Groups["m"].Value.ToLowerInvariant(), out m)
                 && (!match.Groups["wd"].Success || Weekdays.Contains(match.Groups["wd"].Value.ToLowerInvariant())))
        {
            d = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
            y = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            return false;
        }
        if (y is < 1990 or > 2100 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }
        date = new DateOnly(y, m, d);
        length = match.Length;
        return true;
    }

    private static bool TryReadTime(string text, out TimeOnly time, out int length)
    {
        time = default;
        length = 0;
        var match = Time().Match(text);
        if (!match.Success)
        {
            match = HourOnly().Match(text);
        }
        if (!match.Success)
        {
            return false;
        }
        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["min"].Success ? int.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture) : 0;
        if (match.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }
            var pm = char.ToLowerInvariant(match.Groups["ampm"].Value[0]) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59)
        {
            return false;
        }
        time = new TimeOnly(hour, minute);
        length = match.Length;
        return true;
    }
}
