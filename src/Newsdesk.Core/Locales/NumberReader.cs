using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Newsdesk.Locales;

/// <summary>
/// Reads the values of a text in one locale: dates, times of day, ranges, scores, percentages, ages, ordinals and
/// counts with their magnitude words, each in the written forms of <see cref="Locale.Values"/> and the locale's
/// separators and date order. Two texts in different languages are then compared by value (<see cref="ValueMention.Agrees"/>),
/// never by digit strings: "à 8h30" and "um 8.30 Uhr", "05/05/2016" and "05.05.2016", "2-1" and "1:2" agree.
/// </summary>
public static partial class NumberReader
{
    private static readonly ConditionalWeakTable<Locale, Patterns> Cache = [];

    /// <summary>Every value of the text, in order; where two readings overlap the more specific one (a date over a count) wins.</summary>
    public static IReadOnlyList<ValueMention> Read(string text, Locale locale)
    {
        var patterns = Cache.GetValue(locale, static l => new Patterns(l));
        var found = new List<ValueMention>();

        bool Free(int start, int end) => !found.Exists(m => start < m.End && m.Start < end);

        void Add(int start, int end, params NumberValue[] values)
        {
            if (values.Length > 0 && Free(start, end))
            {
                found.Add(new ValueMention(start, end, values));
            }
        }

        if (patterns.NamedDate is { } namedDate)
        {
            foreach (Match m in namedDate.Matches(text))
            {
                if (MonthOf(locale, m.Groups["m"].Value) is { } month && DayOf(m.Groups["d"].Value) is { } day)
                {
                    Add(m.Index, m.Index + m.Length, new NumberValue(NumberValueKind.Date, day, month, Year(m.Groups["y"])));
                }
            }
        }
        foreach (Match m in NumericDate().Matches(text))
        {
            Add(m.Index, m.Index + m.Length, NumericDateReadings(m, locale));
        }
        foreach (var time in patterns.Times)
        {
            foreach (Match m in time.Matches(text))
            {
                if (TimeOf(m, locale) is { } value)
                {
                    Add(m.Index, m.Index + m.Length, value);
                }
            }
        }
        foreach (Match m in patterns.WordPair.Matches(text))
        {
            Add(m.Index, m.Index + m.Length, PairReadings(m, locale, patterns));
        }
        foreach (Match m in patterns.SignPair.Matches(text))
        {
            Add(m.Index, m.Index + m.Length, PairReadings(m, locale, patterns));
        }
        foreach (Match m in patterns.Percent.Matches(text))
        {
            Add(m.Index, m.Index + m.Length, Figures(m.Groups["n"].Value, locale).Select(v => new NumberValue(NumberValueKind.Percentage, v)).ToArray());
        }
        if (patterns.Age is { } age)
        {
            foreach (Match m in age.Matches(text))
            {
                Add(m.Index, m.Index + m.Length, new NumberValue(NumberValueKind.Age, int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)));
            }
        }
        if (patterns.Ordinal is { } ordinal)
        {
            foreach (Match m in ordinal.Matches(text))
            {
                Add(m.Groups["n"].Index, m.Index + m.Length, new NumberValue(NumberValueKind.Ordinal, int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)));
            }
        }
        foreach (Match m in Word().Matches(text))
        {
            if (locale.Values.OrdinalWords.TryGetValue(m.Value, out var place))
            {
                Add(m.Index, m.Index + m.Length, new NumberValue(NumberValueKind.Ordinal, place));
            }
            else if (locale.Values.AgeDecades.TryGetValue(m.Value, out var decade))
            {
                Add(m.Index, m.Index + m.Length, new NumberValue(NumberValueKind.Age, decade, decade + 9));
            }
        }
        foreach (Match m in patterns.Count.Matches(text))
        {
            var scale = m.Groups["mag"].Success ? Math.Pow(10, patterns.Exponents[m.Groups["mag"].Value]) : 1;
            Add(m.Index, m.Index + m.Length, Figures(m.Groups["n"].Value, locale).Select(v => new NumberValue(NumberValueKind.Count, v * scale)).ToArray());
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>
    /// The possible values of figures written with group and decimal separators, the locale's reading first. Only one
    /// separator followed by exactly three digits is ambiguous ("1.500": 1500 in German, 1.5 in English); a figure
    /// grouped with spaces or apostrophes, or with two different separators, has one reading.
    /// </summary>
    public static IReadOnlyList<double> Figures(string figures, Locale locale)
    {
        var clean = new string(figures.Where(c => c is not (' ' or '\u00A0' or '\u202F' or '\u2009' or '’' or '\'')).ToArray());
        var spaced = clean.Length != figures.Length;
        var dots = clean.Count(c => c == '.');
        var commas = clean.Count(c => c == ',');
        if (dots == 0 && commas == 0)
        {
            return Parse(clean) is { } whole ? [whole] : [];
        }
        if (dots > 0 && commas > 0)
        {
            // "1,000.5", "1.000,5": the last separator is the decimal one.
            var decimalMark = clean.LastIndexOf('.') > clean.LastIndexOf(',') ? '.' : ',';
            var group = decimalMark == '.' ? "," : ".";
            return Parse(clean.Replace(group, "", StringComparison.Ordinal).Replace(decimalMark, '.')) is { } both ? [both] : [];
        }
        var mark = dots > 0 ? '.' : ',';
        var asDecimal = Parse(clean.Replace(mark, '.'));
        var asGroups = Parse(clean.Replace(mark.ToString(), "", StringComparison.Ordinal));
        var digitsAfter = clean.Length - clean.LastIndexOf(mark) - 1;
        if (Math.Max(dots, commas) > 1)
        {
            return Both(asGroups, null); // "1.000.000"
        }
        if (spaced || digitsAfter != 3)
        {
            return Both(asDecimal, null); // "1 000,5", "3,5", "1.25"
        }
        return locale.DecimalSeparator == mark.ToString() ? Both(asDecimal, asGroups) : Both(asGroups, asDecimal);
    }

    private static List<double> Both(double? first, double? second) => new[] { first, second }.OfType<double>().ToList();

    private static double? Parse(string invariant) =>
        double.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static int? MonthOf(Locale locale, string name)
    {
        for (var i = 0; i < locale.Months.Count; i++)
        {
            if (string.Equals(locale.Months[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }
        return null;
    }

    private static int? DayOf(string text)
    {
        var digits = new string(text.TakeWhile(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31 ? day : null;
    }

    private static double? Year(Group group) =>
        group.Success && int.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    /// <summary>Day and month in the locale's order; the other order too when the locale's is impossible (13/05 read month first).</summary>
    private static NumberValue[] NumericDateReadings(Match m, Locale locale)
    {
        if (m.Groups["iy"].Success)
        {
            return [new NumberValue(NumberValueKind.Date, Int(m.Groups["id"]), Int(m.Groups["im"]), Int(m.Groups["iy"]))];
        }
        var a = Int(m.Groups["a"]);
        var b = Int(m.Groups["b"]);
        var year = Int(m.Groups["y"]);
        var (day, month) = locale.WritesMonthFirst ? (b, a) : (a, b);
        var readings = new List<NumberValue>();
        if (day is >= 1 and <= 31 && month is >= 1 and <= 12)
        {
            readings.Add(new NumberValue(NumberValueKind.Date, day, month, year));
        }
        if (readings.Count == 0 && month is >= 1 and <= 31 && day is >= 1 and <= 12)
        {
            readings.Add(new NumberValue(NumberValueKind.Date, month, day, year));
        }
        return [.. readings];
    }

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    private static NumberValue? TimeOf(Match m, Locale locale)
    {
        var hour = Int(m.Groups["h"]);
        var minute = m.Groups["min"].Success ? Int(m.Groups["min"]) : 0;
        if (minute > 59 || hour > 24)
        {
            return null;
        }
        if (m.Groups["ap"].Success)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }
            var pm = m.Groups["ap"].Value is "p" or "P";
            var h24 = (hour % 12) + (pm ? 12 : 0);
            return new NumberValue(NumberValueKind.TimeOfDay, (h24 * 60) + minute);
        }
        var minutes = ((hour % 24) * 60) + minute;
        // An English "8:30" without am/pm may be either half of the day.
        return locale.Values.TwelveHourClock && hour is >= 1 and <= 12 && !m.Groups["word"].Success
            ? new NumberValue(NumberValueKind.TimeOfDay, minutes, minutes + 720)
            : new NumberValue(NumberValueKind.TimeOfDay, minutes);
    }

    /// <summary>
    /// Two figures joined by a sign or words: a range when the words say so ("entre … et", "bis") or the first is
    /// smaller; a score when they may be one (a colon, a score word, a hyphen between short figures), in either order.
    /// </summary>
    private static NumberValue[] PairReadings(Match m, Locale locale, Patterns patterns)
    {
        var firsts = Figures(m.Groups["a"].Value, locale);
        var seconds = Figures(m.Groups["b"].Value, locale);
        if (firsts.Count == 0 || seconds.Count == 0)
        {
            return [];
        }
        var a = firsts[0];
        var b = seconds[0];
        var join = m.Groups["j"].Value.Trim().ToLowerInvariant();
        var before = m.Groups["before"].Success;
        var rangeOnly = before || (join.Length > 1 && !patterns.ScoreWords.Contains(join));
        var scoreOnly = join == ":" || (!rangeOnly && a >= b);
        var shortFigures = m.Groups["a"].Value.Length <= 3 && m.Groups["b"].Value.Length <= 3 && a == Math.Floor(a) && b == Math.Floor(b);
        var readings = new List<NumberValue>();
        if (!scoreOnly && a < b)
        {
            var scale = m.Groups["mag"].Success ? Math.Pow(10, patterns.Exponents[m.Groups["mag"].Value]) : 1;
            readings.Add(new NumberValue(NumberValueKind.Range, a * scale, b * scale));
        }
        if (!rangeOnly && shortFigures && !m.Groups["pct"].Success && !m.Groups["mag"].Success)
        {
            readings.Add(new NumberValue(NumberValueKind.Score, a, b));
        }
        return [.. readings];
    }

    // dd/mm/yyyy, dd.mm.yy, mm/dd/yyyy and ISO yyyy-mm-dd.
    [GeneratedRegex(@"(?<![0-9./-])(?:(?<a>[0-9]{1,2})(?<s>[./-])(?<b>[0-9]{1,2})\k<s>(?<y>[0-9]{4}|[0-9]{2})|(?<iy>[0-9]{4})-(?<im>[0-9]{2})-(?<id>[0-9]{2}))(?![0-9/-]|\.[0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).Select(Regex.Escape));

    /// <summary>The patterns of one locale, built once per locale.</summary>
    private sealed class Patterns
    {
        // Not inside a word, a figure or a code ("COVID-19", "A380").
        private const string Before = @"(?<![\p{L}0-9.,'’])(?<!\p{L}[-‑])";
        private const string After = @"(?![\p{L}0-9])";

        public Patterns(Locale locale)
        {
            var words = locale.Values;
            const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
            var groups = Regex.Escape(locale.GroupSeparators + ".,").Replace("]", @"\]", StringComparison.Ordinal);
            // Figures in the locale's writing and in the other common one (a copied "1,000.5"), read by Figures().
            var number = $@"[0-9]{{1,3}}(?:[{groups}][0-9]{{3}})+(?:[.,][0-9]+)?|[0-9]+(?:[.,][0-9]+)?";

            foreach (var magnitude in locale.Magnitudes)
            {
                foreach (var form in magnitude.AllForms)
                {
                    Exponents.TryAdd(form, magnitude.Exponent);
                }
            }
            var magnitudes = Alternation(Exponents.Keys);
            var magnitudePart = magnitudes.Length == 0 ? "" : $@"(?:[ \u00A0\u202F](?<mag>{magnitudes})(?![\p{{L}}\p{{N}}]))?";

            if (locale.DateReadingPattern is { } reading && locale.Months.Count == 12)
            {
                var months = Alternation(locale.Months);
                NamedDate = new Regex(Before + reading.Replace("{months}", months, StringComparison.Ordinal) + After, options);
            }

            var times = new List<Regex>();
            if (words.TwelveHourClock)
            {
                times.Add(new Regex(Before + @"(?<h>[0-9]{1,2})(?:[:.](?<min>[0-9]{2}))?[ \u00A0]?(?<ap>[ap])\.?[ \u00A0]?m\.?(?![\p{L}0-9])", options));
            }
            var hourWords = Alternation(words.Hour);
            if (hourWords.Length > 0)
            {
                // "8.30 Uhr", "0.30 Uhr", "20 heures", "8h30", "8 h 30", "20h".
                times.Add(new Regex(Before + $@"(?<h>[0-9]{{1,2}})(?:[:.](?<min>[0-9]{{2}}))?[ \u00A0\u202F]?(?<word>{hourWords})(?:[ \u00A0\u202F]?(?<min>[0-9]{{2}}))?" + After, options));
            }
            times.Add(new Regex(Before + @"(?<h>[0-9]{1,2}):(?<min>[0-9]{2})" + After, options));
            Times = times;

            var percentWords = Alternation(words.Percent);
            var percent = percentWords.Length == 0 ? "%" : $@"%|(?:{percentWords}){After}";
            Percent = new Regex(Before + $@"(?<n>{number})[ \u00A0\u202F]?(?:{percent})", options);

            // Ranges and scores: "entre 10 et 15", "10 bis 15", "2 à 1", and "10-15", "2:1" (a percent sign or a magnitude may follow).
            var tail = $@"{magnitudePart}(?<pct>[ \u00A0\u202F]?(?:{percent}))?";
            var pairs = words.Ranges.Select(r => (Before: r.Before, Between: r.Between))
                .Concat(words.Score.Select(s => (Before: "", Between: s)))
                .Where(p => p.Between.Length > 0)
                .ToList();
            // A range with a word before it ("entre … et") is tried before the bare one ("… à …").
            var alternatives = pairs
                .OrderByDescending(p => p.Before.Length)
                .Select(p => (p.Before.Length > 0 ? $@"(?<before>{Regex.Escape(p.Before)})[ \u00A0]" : "")
                    + $@"(?<a>{number})[ \u00A0](?<j>{Regex.Escape(p.Between)})[ \u00A0](?<b>{number})")
                .Distinct(StringComparer.Ordinal)
                .ToList();
            WordPair = alternatives.Count == 0
                ? new Regex("(?!)", RegexOptions.CultureInvariant)
                : new Regex(Before + "(?:" + string.Join('|', alternatives) + ")" + tail + After, options);
            SignPair = new Regex(Before + $@"(?<a>{number})[ \u00A0]?(?<j>[-–:])[ \u00A0]?(?<b>{number}){tail}" + After, options);
            ScoreWords = words.Score.Select(s => s.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

            var ageSuffixes = Alternation(words.AgeSuffixes);
            if (ageSuffixes.Length > 0)
            {
                Age = new Regex(Before + $@"(?<n>[0-9]{{1,3}})[-\u2011 ]?(?:{ageSuffixes})" + After, options);
            }

            var ordinalSuffixes = Alternation(words.OrdinalSuffixes);
            var determiners = Alternation(words.OrdinalDeterminers);
            var ordinals = new List<string>();
            if (ordinalSuffixes.Length > 0)
            {
                ordinals.Add($@"{Before}(?<n>[0-9]{{1,4}})(?:{ordinalSuffixes})(?![\p{{L}}0-9])");
            }
            if (determiners.Length > 0)
            {
                ordinals.Add($@"(?<=(?<![\p{{L}}])(?:{determiners})[ \u00A0])(?<n>[0-9]{{1,3}})\.(?=[ \u00A0]\p{{L}})");
            }
            Ordinal = ordinals.Count == 0 ? null : new Regex(string.Join('|', ordinals), options);

            Count = new Regex(Before + $@"(?<n>{number}){magnitudePart}(?![\p{{L}}0-9]|[.,][0-9])", RegexOptions.CultureInvariant);
        }

        public Dictionary<string, int> Exponents { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Regex? NamedDate { get; }

        public IReadOnlyList<Regex> Times { get; }

        public Regex Percent { get; }

        public Regex WordPair { get; }

        public Regex SignPair { get; }

        public HashSet<string> ScoreWords { get; }

        public Regex? Age { get; }

        public Regex? Ordinal { get; }

        public Regex Count { get; }
    }
}
