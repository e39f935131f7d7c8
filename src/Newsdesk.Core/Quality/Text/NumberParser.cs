using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsdesk.Quality.Text;

/// <summary>Finds numbers, magnitude words and units in text, reading digit groups by the language's conventions.</summary>
public static partial class NumberParser
{
    private static readonly Dictionary<string, double> MagnitudeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tausend"] = 1e3, ["tsd"] = 1e3, ["tsd."] = 1e3, ["mille"] = 1e3, ["thousand"] = 1e3, ["k"] = 1e3, ["mil"] = 1e3,
        ["million"] = 1e6, ["millionen"] = 1e6, ["mio"] = 1e6, ["mio."] = 1e6, ["millions"] = 1e6, ["mn"] = 1e6, ["m"] = 1e6,
        ["millón"] = 1e6, ["millones"] = 1e6, ["milione"] = 1e6, ["milioni"] = 1e6,
        ["milió"] = 1e6, ["milions"] = 1e6, ["milhão"] = 1e6, ["milhões"] = 1e6, ["miljoen"] = 1e6, ["miljard"] = 1e9, ["miljarden"] = 1e9,
        ["bilió"] = 1e12, ["bilions"] = 1e12,
        ["milliarde"] = 1e9, ["milliarden"] = 1e9, ["mrd"] = 1e9, ["mrd."] = 1e9, ["milliard"] = 1e9, ["milliards"] = 1e9,
        ["md"] = 1e9, ["mds"] = 1e9, ["billion"] = 1e9, ["billions"] = 1e9, ["bn"] = 1e9, ["bln"] = 1e9, ["miliardo"] = 1e9, ["miliardi"] = 1e9,
        ["billionen"] = 1e12, ["bio"] = 1e12, ["bio."] = 1e12, ["trillion"] = 1e12, ["trillions"] = 1e12, ["billón"] = 1e12, ["billones"] = 1e12,
    };

    private static readonly Dictionary<string, string> Currencies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["€"] = "EUR", ["eur"] = "EUR", ["euro"] = "EUR", ["euros"] = "EUR", ["m€"] = "EUR", ["md€"] = "EUR", ["k€"] = "EUR",
        ["$"] = "USD", ["usd"] = "USD", ["dollar"] = "USD", ["dollars"] = "USD", ["us-dollar"] = "USD", ["us$"] = "USD", ["dólares"] = "USD", ["dòlars"] = "USD", ["dollari"] = "USD",
        ["£"] = "GBP", ["gbp"] = "GBP", ["pfund"] = "GBP", ["livres"] = "GBP", ["pounds"] = "GBP", ["libras"] = "GBP", ["sterling"] = "GBP",
        ["chf"] = "CHF", ["franken"] = "CHF", ["francs"] = "CHF", ["yen"] = "JPY", ["¥"] = "JPY", ["yuan"] = "CNY",
        ["%"] = "%", ["prozent"] = "%", ["pourcent"] = "%", ["percent"] = "%", ["per"] = "%", ["por"] = "%", ["pour"] = "%",
    };

    // Number words that are safe to read as numbers (no article-like "un", "ein", "one").
    private static readonly Dictionary<string, double> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zwei"] = 2, ["drei"] = 3, ["vier"] = 4, ["fünf"] = 5, ["sechs"] = 6, ["sieben"] = 7, ["acht"] = 8, ["neun"] = 9, ["zehn"] = 10,
        ["elf"] = 11, ["zwölf"] = 12, ["zwanzig"] = 20, ["dreißig"] = 30, ["vierzig"] = 40, ["fünfzig"] = 50, ["sechzig"] = 60,
        ["siebzig"] = 70, ["achtzig"] = 80, ["neunzig"] = 90, ["hundert"] = 100, ["dutzend"] = 12, ["zweiten"] = 2, ["dritten"] = 3,
        ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6, ["sept"] = 7, ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10,
        ["onze"] = 11, ["douze"] = 12, ["treize"] = 13, ["quatorze"] = 14, ["quinze"] = 15, ["seize"] = 16, ["vingt"] = 20, ["trente"] = 30,
        ["quarante"] = 40, ["cinquante"] = 50, ["soixante"] = 60, ["cent"] = 100, ["dizaine"] = 10, ["douzaine"] = 12, ["quinzaine"] = 15,
        ["vingtaine"] = 20, ["vingts"] = 20, ["trentaine"] = 30, ["quarantaine"] = 40, ["cinquantaine"] = 50, ["soixantaine"] = 60, ["centaine"] = 100,
        ["centaines"] = 100, ["milliers"] = 1000, ["deuxième"] = 2, ["troisième"] = 3, ["quatrième"] = 4, ["cinquième"] = 5, ["dixième"] = 10,
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["hundred"] = 100, ["dozen"] = 12, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["tenth"] = 10, ["twice"] = 2,
        ["dos"] = 2, ["tres"] = 3, ["cuatro"] = 4, ["cinco"] = 5, ["seis"] = 6, ["siete"] = 7, ["ocho"] = 8, ["nueve"] = 9, ["diez"] = 10,
        ["doce"] = 12, ["veinte"] = 20, ["treinta"] = 30, ["cien"] = 100, ["mitad"] = 0.5, ["moitié"] = 0.5, ["hälfte"] = 0.5, ["half"] = 0.5,
        ["viertel"] = 0.25, ["quart"] = 0.25, ["quarter"] = 0.25, ["drittel"] = 1.0 / 3, ["tiers"] = 1.0 / 3,
        ["ersten"] = 1, ["erste"] = 1, ["premier"] = 1, ["première"] = 1, ["first"] = 1, ["doppelt"] = 2, ["double"] = 2,
        // Ages by decade: "un trentenaire" is "ein 30-Jähriger".
        ["vingtenaire"] = 20, ["trentenaire"] = 30, ["trentenaires"] = 30, ["quadragénaire"] = 40, ["quadragénaires"] = 40, ["quadra"] = 40,
        ["quinquagénaire"] = 50, ["quinquagénaires"] = 50, ["quinqua"] = 50, ["sexagénaire"] = 60, ["sexagénaires"] = 60,
        ["septuagénaire"] = 70, ["septuagénaires"] = 70, ["octogénaire"] = 80, ["octogénaires"] = 80, ["nonagénaire"] = 90,
        ["nonagénaires"] = 90, ["centenaire"] = 100, ["centenaires"] = 100,
        ["treintañero"] = 30, ["treintañera"] = 30, ["cuarentón"] = 40, ["cuarentona"] = 40, ["cincuentón"] = 50, ["cincuentona"] = 50,
        ["sexagenario"] = 60, ["sexagenaria"] = 60, ["septuagenario"] = 70, ["septuagenaria"] = 70, ["octogenario"] = 80,
        ["octogenaria"] = 80, ["nonagenario"] = 90, ["nonagenaria"] = 90, ["centenario"] = 100, ["centenaria"] = 100,
        ["dreißigjährige"] = 30, ["dreißigjähriger"] = 30, ["vierzigjährige"] = 40, ["vierzigjähriger"] = 40, ["fünfzigjährige"] = 50,
        ["fünfzigjähriger"] = 50, ["sechzigjährige"] = 60, ["sechzigjähriger"] = 60, ["achtzigjährige"] = 80, ["achtzigjähriger"] = 80,
    };

    private static readonly HashSet<string> OneArticles = new(StringComparer.OrdinalIgnoreCase)
    {
        "un", "une", "a", "one", "eine", "einer", "einem", "ein", "einen", "uno", "una", "un'",
    };

    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?<pre>US\$|\$|€|£|¥|CHF|EUR|USD)\s?)?(?<num>\d{1,3}(?:(?:[.,’'\u202F\u00A0]|(?<=\d) (?=\d{3}(?!\d)))\d{3})+(?:[.,]\d+)?|\d+(?:[.,:hH]\d+)?)(?<post>(?:\s?(?:%|€|\$|£))?)", RegexOptions.CultureInvariant)]
    private static partial Regex DigitsRegex();

    // A hyphen joins a number to its magnitude in German compounds ("16-Millionen-Stadt").
    [GeneratedRegex(@"\G(?:[\s\u00A0\u202F]*|-)(?<w>[\p{L}][\p{L}\-]*\.?|[€$£%])", RegexOptions.CultureInvariant)]
    private static partial Regex FollowingWordRegex();

    /// <summary>
    /// The word after a number as a key of the magnitude table: a full stop that ends the sentence comes off
    /// ("100 milliards."), abbreviations keep theirs ("Mrd."); of a hyphenated compound only a written-out magnitude
    /// counts ("16-Millionen-Stadt"), never a short one ("300 Bio-Betriebe" are organic farms).
    /// </summary>
    private static string MagnitudeKey(string word)
    {
        if (!MagnitudeWords.ContainsKey(word) && word.EndsWith('.'))
        {
            word = word[..^1];
        }
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        if (hyphen >= 6 && !MagnitudeWords.ContainsKey(word))
        {
            word = word[..hyphen];
        }
        return word;
    }

    private static readonly string[] MultipleSuffixes = ["mal", "fach", "fache", "fachen", "facher", "faches", "fold"];

    // German ordinals by stem ("zehnte", "zehnten", "zehnter"); "achte" is left out, it is also the verb "achten".
    private static readonly Dictionary<string, double> OrdinalStems = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zweit"] = 2, ["dritt"] = 3, ["viert"] = 4, ["fünft"] = 5, ["sechst"] = 6, ["siebt"] = 7, ["neunt"] = 9, ["zehnt"] = 10,
        ["elft"] = 11, ["zwölft"] = 12, ["zwanzigst"] = 20, ["hundertst"] = 100,
    };

    private static readonly string[] OrdinalEndings = ["e", "en", "er", "es", "em"];

    private static readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> NumberWordSpans = NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> OrdinalStemSpans = OrdinalStems.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A multiple or an ordinal written as one word: "zehnmal", "dreifach", "tenfold", "zehnten" = 10.</summary>
    private static double? MultipleOrOrdinal(ReadOnlySpan<char> word)
    {
        foreach (var suffix in MultipleSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && word.Length > suffix.Length
                && NumberWordSpans.TryGetValue(word[..^suffix.Length], out var v) && v >= 2 && v == Math.Floor(v))
            {
                return v;
            }
        }
        foreach (var ending in OrdinalEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase)
                && OrdinalStemSpans.TryGetValue(word[..^ending.Length], out var v))
            {
                return v;
            }
        }
        return null;
    }

    /// <summary>Units of measure glued to the digits ("1000MW", "18km", "80ft"); single letters are left out ("5m" is 5 million).</summary>
    private static readonly HashSet<string> GluedMeasures = new(StringComparer.Ordinal)
    {
        "MW", "GW", "kW", "kWh", "MWh", "GWh", "TWh", "km", "kg", "cm", "mm", "ml", "mg", "ft", "mph", "ha", "GB", "MB", "TB", "Mbps",
    };

    private static bool IsGluedMeasure(string text, int index)
    {
        var i = index;
        while (i < text.Length && char.IsLetter(text[i]) && i - index < 5)
        {
            i++;
        }
        return (i >= text.Length || !char.IsLetterOrDigit(text[i])) && GluedMeasures.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(index, i - index));
    }

    /// <summary>Hyphenated number words: "vingt-et-un" = 21, "quatre-vingt-dix" = 90, "twenty-one" = 21.</summary>
    private static double? ReadCompound(string word)
    {
        double total = 0, current = 0;
        foreach (var part in word.Split('-'))
        {
            var p = part.ToLowerInvariant();
            if (p is "et" or "and")
            {
                continue;
            }
            if (p is "un" or "une" or "one")
            {
                current += 1;
                continue;
            }
            if (p is "cent" or "cents" or "hundred")
            {
                current = Math.Max(current, 1) * 100;
                continue;
            }
            if (p is "mille" or "thousand")
            {
                total += Math.Max(current, 1) * 1000;
                current = 0;
                continue;
            }
            if (!NumberWords.TryGetValue(p, out var v) || v < 1 || v != Math.Floor(v) || p.EndsWith("aine", StringComparison.Ordinal)
                || p.EndsWith("ième", StringComparison.Ordinal))
            {
                return null;
            }
            current = (p is "vingt" or "vingts") && current == 4 ? 80 : current + v;
        }
        var value = total + current;
        return value > 0 ? value : null;
    }

    /// <summary>All number mentions of a text in the given language ("de", "fr", "en", ...).</summary>
    public static List<NumberMention> Parse(string text, string language)
    {
        var result = new List<NumberMention>();
        var covered = new List<TextSpan>();
        var compounds = AddCompounds(text, result);
        covered.AddRange(compounds);
        foreach (Match m in DigitsRegex().Matches(text))
        {
            if (compounds.Count > 0 && compounds.Any(c => c.Contains(m.Index)))
            {
                continue; // read as a date, a time or a score already
            }
            var num = m.Groups["num"];
            // Digits glued to letters are codes or names (CO2, G7, A380), not amounts.
            var after = num.Index + num.Length;
            if (after < text.Length && char.IsLetter(text[after]) && !IsUnitSuffix(text, after) && !IsOrdinalOrHourSuffix(text, after)
                && !IsGluedMeasure(text, after))
            {
                continue;
            }
            var values = ReadDigits(num.Value, language);
            if (values.Count == 0)
            {
                continue;
            }
            var end = m.Index + m.Length;
            string? unit = null;
            if (m.Groups["pre"].Success)
            {
                unit = Currencies.GetValueOrDefault(m.Groups["pre"].Value);
            }
            var post = m.Groups["post"].Value.Trim();
            if (post.Length > 0)
            {
                unit = Currencies.GetValueOrDefault(post);
            }
            var magnitude = 1.0;
            TextSpan? magnitudeSpan = null;
            var cursor = end;
            var suffix = ReadSuffix(text, after);
            if (suffix.Magnitude > 1)
            {
                magnitude = suffix.Magnitude;
                magnitudeSpan = new TextSpan(after, suffix.End);
                unit ??= suffix.Unit;
                cursor = suffix.End;
                end = suffix.End;
            }
            else if (post.Length == 0)
            {
                var w = FollowingWordRegex().Match(text, cursor);
                if (w.Success)
                {
                    var word = MagnitudeKey(w.Groups["w"].Value);
                    if (MagnitudeWords.TryGetValue(word, out var mag) && IsMagnitudeWord(word, language))
                    {
                        magnitude = mag;
                        magnitudeSpan = new TextSpan(w.Groups["w"].Index, w.Groups["w"].Index + word.Length);
                        cursor = w.Groups["w"].Index + word.Length;
                        end = cursor;
                        // "mil millones" (es), "mil milions" (ca), "mil milhões" (pt) are a thousand million.
                        var w2 = FollowingWordRegex().Match(text, cursor);
                        if (w2.Success && mag == 1e3 && MagnitudeWords.TryGetValue(w2.Groups["w"].Value, out var mag2) && mag2 >= 1e6)
                        {
                            magnitude = mag * mag2;
                            cursor = w2.Index + w2.Length;
                            end = cursor;
                        }
                    }
                }
            }
            if (unit is null)
            {
                var (u, uEnd) = ReadUnit(text, cursor);
                if (u is not null)
                {
                    unit = u;
                    end = uEnd;
                }
            }
            var span = new TextSpan(m.Index, end);
            result.Add(new NumberMention(span, new TextSpan(num.Index, num.Index + num.Length), values, magnitude, magnitudeSpan, unit,
                IsWord: false, Digits: new string(num.Value.Where(char.IsDigit).ToArray())));
            covered.Add(span);
        }
        // Number words, in one pass over the letters (a regular expression over every word is the slow part here).
        covered.Sort((a, b) => a.Start.CompareTo(b.Start));
        var coveredIndex = 0;
        var magnitudeWords = MagnitudeWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }
            var end = i;
            // Hyphenated compounds: "vingt-et-un", "twenty-one".
            var compoundEnd = end;
            while (compoundEnd + 1 < text.Length && text[compoundEnd] == '-' && char.IsLetter(text[compoundEnd + 1]))
            {
                compoundEnd++;
                while (compoundEnd < text.Length && char.IsLetter(text[compoundEnd]))
                {
                    compoundEnd++;
                }
            }
            while (coveredIndex < covered.Count && covered[coveredIndex].End <= start)
            {
                coveredIndex++;
            }
            if (coveredIndex < covered.Count && covered[coveredIndex].Contains(start))
            {
                i = compoundEnd;
                continue;
            }
            if (compoundEnd > end)
            {
                i = compoundEnd;
                if (ReadCompound(text[start..compoundEnd]) is { } compound)
                {
                    var span = new TextSpan(start, compoundEnd);
                    result.Add(new NumberMention(span, span, [compound], 1, null, null, IsWord: true, Digits: ""));
                }
                continue;
            }
            var word = text.AsSpan(start, end - start);
            if (word.Length > 12)
            {
                continue;
            }
            if (NumberWordSpans.TryGetValue(word, out var v))
            {
                var (unit, uEnd) = ReadUnit(text, end);
                var magnitude = 1.0;
                var mw = FollowingWordRegex().Match(text, end);
                if (mw.Success && MagnitudeWords.TryGetValue(MagnitudeKey(mw.Groups["w"].Value), out var mag) && mag >= 1e6)
                {
                    magnitude = mag;
                }
                result.Add(new NumberMention(new TextSpan(start, unit is null ? end : uEnd), new TextSpan(start, end),
                    [v], magnitude, null, unit, IsWord: true, Digits: ""));
            }
            else if (word.Length > 4 && MultipleOrOrdinal(word) is { } multiple)
            {
                var span = new TextSpan(start, end);
                result.Add(new NumberMention(span, span, [multiple], 1, null, null, IsWord: true, Digits: ""));
            }
            else if (word.Length > 3 && magnitudeWords.TryGetValue(word, out var mag) && IsPrecededByOne(text, start))
            {
                // "un milliard", "eine Milliarde": one times the magnitude.
                var span = new TextSpan(start, end);
                result.Add(new NumberMention(span, span, [1], mag, span, null, IsWord: true, Digits: ""));
            }
        }
        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return result;
    }

    private static bool IsMagnitudeWord(string word, string language)
    {
        // Single letters and "mil" are magnitudes only in some languages and only glued or abbreviated.
        var lower = word.ToLowerInvariant();
        return lower switch
        {
            "m" or "k" => false,
            "mil" => language is "es" or "ca" or "pt",
            "billion" or "billions" => true,
            "mille" => language is "fr" or "it",
            _ => true,
        };
    }

    private static bool IsPrecededByOne(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }
        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i]))
        {
            i--;
        }
        return end > i + 1 && OneArticles.Contains(text[(i + 1)..end]);
    }

    private static readonly HashSet<string> OrdinalSuffixes = new(StringComparer.Ordinal)
    {
        "er", "re", "ère", "e", "ème", "eme", "es", "st", "nd", "rd", "th", "h", "H", "o", "a", "º", "ª", "s", "pm", "am", "e", "ter", "ten",
    };

    /// <summary>"1er", "5e", "10th" are ordinals and "20h" an hour: the digits are the number.</summary>
    private static bool IsOrdinalOrHourSuffix(string text, int index)
    {
        var i = index;
        while (i < text.Length && char.IsLetter(text[i]) && i - index < 4)
        {
            i++;
        }
        return (i >= text.Length || !char.IsLetter(text[i])) && OrdinalSuffixes.Contains(text[index..i]);
    }

    private static bool IsUnitSuffix(string text, int index)
    {
        // "500k", "3M", "1,5Md€", "10h" are numbers with a glued magnitude or unit.
        var s = ReadSuffix(text, index);
        return s.End > index;
    }

    private static (double Magnitude, string? Unit, int End) ReadSuffix(string text, int index)
    {
        var i = index;
        while (i < text.Length && char.IsLetter(text[i]) && i - index < 3)
        {
            i++;
        }
        if (i < text.Length && char.IsLetter(text[i]))
        {
            return (1, null, index);
        }
        var letters = text[index..i];
        var unitEnd = i;
        string? unit = null;
        if (i < text.Length && text[i] is '€' or '$')
        {
            unit = text[i] == '€' ? "EUR" : "USD";
            unitEnd = i + 1;
        }
        return letters switch
        {
            "k" or "K" => (1e3, unit, unitEnd),
            "M" or "m" when unit is not null => (1e6, unit, unitEnd),
            "M" or "Mio" => (1e6, unit, unitEnd),
            "Md" or "Mds" or "Mrd" or "bn" or "B" => (1e9, unit, unitEnd),
            _ => (1, null, index),
        };
    }

    private static (string? Unit, int End) ReadUnit(string text, int index)
    {
        var w = FollowingWordRegex().Match(text, index);
        if (!w.Success)
        {
            return (null, index);
        }
        var word = w.Groups["w"].Value.TrimEnd('.');
        // "100 milliards d'euros", "20 millones de dólares", "5 billion of dollars": the currency after "de"/"of".
        var wordEnd = w.Groups["w"].Index + w.Groups["w"].Length;
        if (word is "d" && wordEnd < text.Length && text[wordEnd] is '\'' or '’')
        {
            w = FollowingWordRegex().Match(text, wordEnd + 1);
        }
        else if (word is "de" or "of" or "di")
        {
            w = FollowingWordRegex().Match(text, wordEnd);
        }
        if (!w.Success)
        {
            return (null, index);
        }
        word = w.Groups["w"].Value.TrimEnd('.');
        if (Currencies.TryGetValue(word, out var unit) && (unit != "%" || w.Index == index))
        {
            // "per cent", "pour cent", "por ciento" are percent only with their second word.
            if (unit == "%" && word.Length <= 4 && !word.Equals("%", StringComparison.Ordinal))
            {
                var w2 = FollowingWordRegex().Match(text, w.Index + w.Length);
                if (!w2.Success || !(w2.Groups["w"].Value.TrimEnd('.') is "cent" or "ciento"))
                {
                    return (null, index);
                }
                return ("%", w2.Index + w2.Length);
            }
            return (unit, w.Groups["w"].Index + word.Length); // a full stop after the unit ends the sentence
        }
        return (null, index);
    }

    /// <summary>The possible values of a digit string under the language's conventions (one, or two when ambiguous).</summary>
    public static List<double> ReadDigits(string s, string language)
    {
        var result = new List<double>(2);
        // Times: "10h30", "10:30" read as 10.30 so that "10.30 Uhr" and "10h30" agree.
        var timeSep = s.IndexOfAny([':', 'h', 'H']);
        if (timeSep > 0)
        {
            if (double.TryParse(s[..timeSep], NumberStyles.None, CultureInfo.InvariantCulture, out var hh)
                && double.TryParse(s[(timeSep + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var mm))
            {
                result.Add(hh + (mm / 100));
            }
            return result;
        }
        var clean = new string(s.Where(c => c is not ('\u202F' or '\u00A0' or ' ' or '’' or '\'')).ToArray());
        var hasSpaceGroups = clean.Length != s.Length;
        var dots = clean.Count(c => c == '.');
        var commas = clean.Count(c => c == ',');
        if (dots == 0 && commas == 0)
        {
            Add(result, clean);
            return result;
        }
        if (dots > 0 && commas > 0)
        {
            // The last separator is the decimal one.
            var lastDot = clean.LastIndexOf('.');
            var lastComma = clean.LastIndexOf(',');
            var decimalSep = lastDot > lastComma ? '.' : ',';
            var group = decimalSep == '.' ? ',' : '.';
            Add(result, clean.Replace(group.ToString(), "", StringComparison.Ordinal).Replace(decimalSep, '.'));
            return result;
        }
        var sep = dots > 0 ? '.' : ',';
        var count = Math.Max(dots, commas);
        var afterLast = clean.Length - clean.LastIndexOf(sep) - 1;
        if (hasSpaceGroups && count == 1)
        {
            // "1 000,5": spaces group the thousands, so the one separator left is the decimal one.
            Add(result, clean.Replace(sep, '.'));
            return result;
        }
        if (count > 1)
        {
            Add(result, clean.Replace(sep.ToString(), "", StringComparison.Ordinal));
            return result;
        }
        var asDecimal = clean.Replace(sep, '.');
        var asGroup = clean.Replace(sep.ToString(), "", StringComparison.Ordinal);
        if (afterLast != 3)
        {
            Add(result, asDecimal);
            return result;
        }
        // One separator followed by exactly three digits: the language's convention first, the other reading as well.
        var groupFirst = language == "en" ? sep == ',' : sep == '.';
        Add(result, groupFirst ? asGroup : asDecimal);
        Add(result, groupFirst ? asDecimal : asGroup);
        return result;
    }

    private static void Add(List<double> values, string invariant)
    {
        if (double.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v))
        {
            values.Add(v);
        }
    }
}
