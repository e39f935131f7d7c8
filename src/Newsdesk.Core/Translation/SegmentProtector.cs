using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Newsdesk.Locales;
using Newsdesk.Model;

namespace Newsdesk.Translation;

/// <summary>
/// Replaces what an engine must not change (URLs, e-mail addresses, dates, amounts, numbers, do-not-translate
/// terms, names, and preferred renderings the engine cannot apply itself) with placeholders, and puts the target
/// rendering back afterwards. Only text is touched, never tags or attributes. Numbers and dates are rendered in
/// the target locale's format here, so a French "500 milliards" comes back as "500 Milliarden", never "500 Billionen".
/// </summary>
public sealed partial class SegmentProtector
{
    private readonly PlaceholderStyle _style;
    private readonly Locale _source;
    private readonly Locale _target;
    private readonly string _sourceLanguage;
    private readonly ProtectionOptions _options;
    private readonly List<(Regex Pattern, GlossaryEntry? Entry)> _terms = [];
    private readonly LocalePatterns? _patterns; // null when numbers are not protected
    private readonly INameEvidence? _names;
    private string _segmentText = "";

    /// <param name="pair">Source and target locale.</param>
    /// <param name="glossary">The pair's glossary.</param>
    /// <param name="options">What to protect.</param>
    /// <param name="style">How the engine is shown placeholders.</param>
    /// <param name="engineAppliesGlossary">The engine applies preferred renderings itself; they are not replaced here.</param>
    /// <param name="names">The desk's dictionaries, to keep single capitalised names as written; optional.</param>
    public SegmentProtector(LanguagePair pair, TranslationGlossary glossary, ProtectionOptions options, PlaceholderStyle style, bool engineAppliesGlossary,
        INameEvidence? names = null)
    {
        _names = names;
        _style = style;
        _options = options;
        _source = Locale.For(pair.Source);
        _target = Locale.For(pair.Target);
        _sourceLanguage = pair.Source.Language;

        var terms = glossary.Entries
            .Where(e => e.DoNotTranslate || !engineAppliesGlossary)
            .Select(e => (e.Term, Entry: (GlossaryEntry?)e))
            .Concat(options.DoNotTranslate.Select(t => (Term: t, Entry: (GlossaryEntry?)null)))
            .Where(t => t.Term.Trim().Length > 0)
            .OrderByDescending(t => t.Term.Length);
        foreach (var (term, entry) in terms)
        {
            _terms.Add((GlossaryMatcher.Pattern(term), entry));
        }

        if (options.Numbers)
        {
            _patterns = NumberPatterns.GetOrAdd((_source.Tag.Value, _target.Months.Count == 12), _ => LocalePatterns.For(_source, _target));
        }
    }

    // The number, amount and date patterns of a source locale, built once: building them for every article cost more than
    // protecting its segments (half of a translation-memory pass).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Source, bool TargetHasMonths), LocalePatterns> NumberPatterns = new();

    private sealed record LocalePatterns(Regex Number, Regex Percent, Regex Amount, Regex? Date, IReadOnlyDictionary<string, int> MagnitudeExponents)
    {
        public static LocalePatterns For(Locale source, Locale target)
        {
            var number = NumberPattern(source);
            var exponents = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var magnitude in source.Magnitudes)
            {
                foreach (var form in magnitude.AllForms)
                {
                    exponents[form] = magnitude.Exponent;
                }
            }
            var magnitudes = string.Join('|', exponents.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
            var magnitudePart = magnitudes.Length == 0 ? "" : $@"(?:[ \u00A0\u202F](?<mag>{magnitudes})(?![\p{{L}}\p{{N}}]))?";
            const string symbols = @"US\$|C\$|A\$|\$|€|£|¥|CHF";
            return new LocalePatterns(
                new Regex($@"(?<![\p{{L}}\p{{N}}_]|\p{{N}}[.,]){number}(?![\p{{L}}\p{{N}}_]|[.,]\p{{N}})", RegexOptions.CultureInvariant),
                new Regex($@"(?<![\p{{L}}\p{{N}}_]|\p{{N}}[.,]){number}[ \u00A0\u202F]?%", RegexOptions.CultureInvariant),
                new Regex(
                    $@"(?<![\p{{L}}\p{{N}}_]|\p{{N}}[.,])(?:(?<pre>{symbols})[ \u00A0\u202F]?{number}{magnitudePart}|{number}{magnitudePart}(?:[ \u00A0\u202F]?(?<post>{symbols}))?)(?![\p{{L}}\p{{N}}_]|[.,]\p{{N}})",
                    RegexOptions.CultureInvariant),
                source.Months.Count == 12 && target.Months.Count == 12 ? DatePattern(source) : null,
                exponents);
        }
    }

    /// <summary>Protects one segment of inline HTML.</summary>
    public ProtectedSegment Protect(string sourceHtml)
    {
        var spans = new List<ProtectedSpan>();
        var output = new StringBuilder(sourceHtml.Length + 32);
        _segmentText = InlineHtml.ToText(sourceHtml);
        var startsSentence = true;
        foreach (var (isTag, value) in InlineHtml.Tokenize(sourceHtml))
        {
            if (isTag)
            {
                output.Append(value);
                continue;
            }
            var text = InlineHtml.Decode(value);
            var found = Find(text, startsSentence);
            var position = 0;
            foreach (var (start, length, kind, rendering) in found)
            {
                output.Append(InlineHtml.Encode(text[position..start]));
                var next = start + length;
                while (next < text.Length && text[next] == ' ')
                {
                    next++;
                }
                var followedByLowercase = next > start + length && next < text.Length && char.IsLower(text[next]);
                var span = new ProtectedSpan(spans.Count + 1, kind, text.Substring(start, length), rendering, followedByLowercase);
                spans.Add(span);
                output.Append(Placeholder(span));
                position = start + length;
            }
            output.Append(InlineHtml.Encode(text[position..]));
            var trimmed = text.TrimEnd();
            if (trimmed.Length > 0)
            {
                startsSentence = trimmed[^1] is '.' or '!' or '?' or ':' or '…';
            }
        }
        return new ProtectedSegment(output.ToString(), spans);
    }

    /// <summary>Puts renderings in place of the placeholders the engine returned; reports spans whose placeholder is missing.</summary>
    /// <param name="translatedHtml">The engine's output.</param>
    /// <param name="spans">The spans of the segment.</param>
    /// <param name="lost">Spans whose placeholder the engine dropped.</param>
    /// <param name="undoCapitalisation">Lower-case a capitalised word right after a placeholder when the source word there was lower-case
    /// (not for targets that capitalise nouns).</param>
    public static string Restore(string translatedHtml, IReadOnlyList<ProtectedSpan> spans, out IReadOnlyList<ProtectedSpan> lost,
        bool undoCapitalisation = true)
    {
        if (spans.Count == 0)
        {
            lost = [];
            return translatedHtml;
        }
        var seen = new HashSet<int>();
        string Render(Match match)
        {
            var index = int.Parse(match.Groups["i"].Value, CultureInfo.InvariantCulture);
            if (index < 1 || index > spans.Count)
            {
                return "";
            }
            seen.Add(index);
            var span = spans[index - 1];
            var rendering = InlineHtml.Encode(span.Rendering);
            if (match.Groups["cap"].Success)
            {
                var capital = match.Groups["cap"].Value;
                rendering += match.Groups["ws"].Value
                    + (undoCapitalisation && span.FollowedByLowercase ? capital.ToLower(CultureInfo.InvariantCulture) : capital);
            }
            return rendering;
        }
        // One pass for all three forms, so that a rendering put back (which may itself look like a marker) is never read again.
        var restored = AnyPlaceholder().Replace(translatedHtml, Render);
        restored = StrayClosingTag().Replace(restored, "");
        lost = spans.Where(s => !seen.Contains(s.Index)).ToList();
        return restored;
    }

    /// <summary>True when <paramref name="html"/> contains one of this class's placeholders (used by typography to treat it as a word).</summary>
    internal static bool IsPlaceholderTag(string tag) => tag.StartsWith("<x-k", StringComparison.OrdinalIgnoreCase)
        || tag.StartsWith("</x-k", StringComparison.OrdinalIgnoreCase);

    private string Placeholder(ProtectedSpan span) => _style switch
    {
        PlaceholderStyle.Token => $"zq{span.Index.ToString(CultureInfo.InvariantCulture)}z",
        PlaceholderStyle.NoTranslateSpan =>
            $"<span translate=\"no\" data-k=\"{span.Index.ToString(CultureInfo.InvariantCulture)}\">{InlineHtml.Encode(span.Rendering)}</span>",
        _ => $"<x-k i=\"{span.Index.ToString(CultureInfo.InvariantCulture)}\"/>",
    };

    private List<(int Start, int Length, ProtectedSpanKind Kind, string Rendering)> Find(string text, bool startsSentence)
    {
        var chosen = new List<(int Start, int Length, ProtectedSpanKind Kind, string Rendering)>();
        void Offer(int start, int length, ProtectedSpanKind kind, string rendering)
        {
            if (length <= 0 || chosen.Any(c => start < c.Start + c.Length && c.Start < start + length))
            {
                return;
            }
            chosen.Add((start, length, kind, rendering));
        }

        // Text that looks like one of the pipeline's own markers is kept away from the engine whole (with the code-like
        // run around it), so that nothing of the input is ever taken for a placeholder, and it comes back as written.
        foreach (Match m in MaskLikeRun().Matches(text))
        {
            var run = TrimRun(m.Value);
            Offer(m.Index, run.Length, ProtectedSpanKind.DoNotTranslate, run);
        }
        foreach (Match m in UrlPattern().Matches(text))
        {
            var url = m.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', '»', '”', '"', '\'');
            Offer(m.Index, url.Length, ProtectedSpanKind.Url, url);
        }
        foreach (Match m in EmailPattern().Matches(text))
        {
            Offer(m.Index, m.Length, ProtectedSpanKind.Email, m.Value);
        }
        if (_patterns?.Date is { } date)
        {
            foreach (Match m in date.Matches(text))
            {
                if (RenderDate(m) is { } rendering)
                {
                    Offer(m.Index, m.Length, ProtectedSpanKind.Date, rendering);
                }
            }
        }
        foreach (var (pattern, entry) in _terms)
        {
            if (entry is { Context: not null } && !entry.AppliesTo(_segmentText))
            {
                continue; // a sense-specific rule whose context is not in this segment
            }
            foreach (Match m in pattern.Matches(text))
            {
                if (entry is { DoNotTranslate: false, Rendering: { } rendering })
                {
                    Offer(m.Index, m.Length, ProtectedSpanKind.GlossaryRendering, rendering);
                }
                else
                {
                    Offer(m.Index, m.Length, ProtectedSpanKind.DoNotTranslate, m.Value);
                }
            }
        }
        if (_patterns is { } patterns)
        {
            foreach (Match m in patterns.Percent.Matches(text))
            {
                Offer(m.Index, m.Length, ProtectedSpanKind.Percent, RenderNumber(m) + _target.PercentSpace + "%");
            }
            foreach (Match m in patterns.Amount.Matches(text))
            {
                if ((m.Groups["mag"].Success || m.Groups["pre"].Success || m.Groups["post"].Success) && RenderAmount(m) is { } rendering)
                {
                    Offer(m.Index, m.Length, ProtectedSpanKind.Amount, rendering);
                }
            }
            foreach (Match m in patterns.Number.Matches(text))
            {
                Offer(m.Index, m.Length, ProtectedSpanKind.Number, RenderNumber(m));
            }
        }
        if (_options.Names)
        {
            foreach (var (start, length) in NameDetector.Find(text, _sourceLanguage, startsSentence, _names))
            {
                Offer(start, length, ProtectedSpanKind.Name, text.Substring(start, length));
            }
        }
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    // Sentence punctuation after the run is not part of it; a closing quote or bracket is when the run opened it.
    private static string TrimRun(string run)
    {
        while (run.Length > 1)
        {
            var last = run[^1];
            var unbalanced = last switch
            {
                '"' => run.Count(c => c == '"') % 2 == 1,
                ')' => run.Count(c => c == '(') < run.Count(c => c == ')'),
                ']' => run.Count(c => c == '[') < run.Count(c => c == ']'),
                '.' or ',' or ';' or ':' or '!' or '?' or '»' or '”' or '\'' => true,
                _ => false,
            };
            if (!unbalanced)
            {
                break;
            }
            run = run[..^1];
        }
        return run;
    }

    private string RenderNumber(Match m)
    {
        var integer = m.Groups["int"].Value;
        var grouped = integer.Any(c => !char.IsAsciiDigit(c));
        var digits = new string(integer.Where(char.IsAsciiDigit).ToArray());
        var fraction = m.Groups["frac"].Success ? m.Groups["frac"].Value : null;
        return _target.FormatNumber(digits, fraction, grouped);
    }

    private string? RenderAmount(Match m)
    {
        var number = RenderNumber(m);
        var text = number;
        if (m.Groups["mag"].Success)
        {
            var exponent = _patterns!.MagnitudeExponents[m.Groups["mag"].Value];
            var digits = new string(m.Groups["int"].Value.Where(char.IsAsciiDigit).ToArray());
            var fraction = m.Groups["frac"].Success ? m.Groups["frac"].Value : "0";
            var value = decimal.Parse($"{digits}.{fraction}", CultureInfo.InvariantCulture);
            if (_target.MagnitudeFor(exponent, value) is not { } word)
            {
                // The target has no word for this magnitude here: let the engine translate the amount.
                return null;
            }
            text = $"{number} {word}";
        }
        var symbol = m.Groups["pre"].Success ? m.Groups["pre"].Value : m.Groups["post"].Success ? m.Groups["post"].Value : null;
        if (symbol is null)
        {
            return text;
        }
        var letters = symbol.All(char.IsAsciiLetterUpper);
        return _target.CurrencySymbolFirst
            ? symbol + (letters ? "\u00A0" : "") + text
            : text + "\u00A0" + symbol;
    }

    private string? RenderDate(Match m)
    {
        var dayText = m.Groups["d"].Value;
        var day = dayText.Equals("1er", StringComparison.OrdinalIgnoreCase) ? 1 : int.Parse(dayText, CultureInfo.InvariantCulture);
        var monthName = m.Groups["m"].Value;
        var month = 0;
        for (var i = 0; i < 12; i++)
        {
            if (string.Equals(_source.Months[i], monthName, StringComparison.OrdinalIgnoreCase))
            {
                month = i + 1;
            }
        }
        if (month == 0 || day is < 1 or > 31)
        {
            return null;
        }
        int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
        var date = _target.FormatDate(day, month, year);
        if (m.Groups["art"].Success && date is not null)
        {
            if (_target.DateArticle is not { } article)
            {
                return null;
            }
            var capital = char.IsUpper(m.Groups["art"].Value[0]);
            date = (capital ? char.ToUpperInvariant(article[0]) + article[1..] : article) + " " + date;
        }
        return date;
    }

    private static string NumberPattern(Locale source)
    {
        var groups = Regex.Escape(source.GroupSeparators).Replace("]", @"\]", StringComparison.Ordinal);
        var decimalSeparator = Regex.Escape(source.DecimalSeparator);
        return $@"(?<int>\d{{1,3}}(?:[{groups}]\d{{3}})+|\d+)(?:{decimalSeparator}(?<frac>\d+))?";
    }

    private static Regex? DatePattern(Locale source)
    {
        if (source.DateReadingPattern is not { } reading)
        {
            return null;
        }
        var months = string.Join('|', source.Months.Select(Regex.Escape));
        var pattern = reading.Replace("{months}", months, StringComparison.Ordinal);
        // The article or preposition before a date ("le 23 janvier", "on January 23") goes with it: engines translate a
        // lone article before a placeholder badly (French "le" + placeholder became Spanish "lo").
        var article = source.DateArticle is { } word ? $@"(?:(?<art>{word})[ \u00A0])?" : "";
        return new Regex($@"(?<![\p{{L}}\p{{N}}]){article}{pattern}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""«»]+", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    // Each placeholder pattern also takes the capital letter of a following word, so Restore can undo an engine's capitalisation.
    private const string FollowingCapital = @"(?:(?<ws>[ \u00A0]+)(?<cap>\p{Lu})(?=\p{Ll}))?";

    private const string NoTranslateSpan = @"<span\b[^>]*?\bdata-k\s*=\s*[""']?(?<i>\d+)[""']?[^>]*>.*?</span\s*>";

    private const string VoidTag = @"<x-k\b[^>]*?\bi\s*=\s*[""']?(?<i>\d+)[""']?[^>]*?/?>(?:\s*</x-k\s*>)?";

    // Lower case on purpose: Apertium lower-cases a capitalised token glued into a dotted word ("nrco.ZQ1Z.content" came
    // back as "nrco.zq1z.content"), and a digit between brackets is read as a number ("en ⟦13⟧" became "el ⟦any 13⟧" in
    // fr->ca). Read in any case and glued to anything, but never inside a tag; the input's own look-alikes never reach the engine.
    private const string Token = @"(?i:zq)(?<i>\d+)(?i:z)(?![^<>]*>)";

    [GeneratedRegex("(?:(?i:" + NoTranslateSpan + ")|(?i:" + VoidTag + ")|" + Token + ")" + FollowingCapital, RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex AnyPlaceholder();

    /// <summary>Token placeholders (<c>zq3z</c>) in an engine's output, in any case.</summary>
    [GeneratedRegex(Token, RegexOptions.CultureInvariant)]
    internal static partial Regex TokenPattern();

    /// <summary>Void-tag placeholders (<c>&lt;x-k i="3"/&gt;</c>), as a whole tag.</summary>
    [GeneratedRegex("^" + VoidTag + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex VoidTagPattern();

    /// <summary>The opening tag of a no-translate span placeholder (<c>&lt;span translate="no" data-k="3"&gt;</c>).</summary>
    [GeneratedRegex(@"^<span\b[^>]*?\bdata-k\s*=\s*[""']?(?<i>\d+)[""']?[^>]*>$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex NoTranslateSpanOpening();

    /// <summary>
    /// A marker of this class or something an engine could make of one: a token "zq12z" in any case, with spaces or cut
    /// short ("ZQ 12 Z", "zq12"), an element or attribute name x-k or data-k, written as text or as a tag.
    /// </summary>
    [GeneratedRegex(@"zq\s?\d+(?:\s?z)?|(?<![\p{L}\p{N}])(?:x-k|data-k)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex MaskLike();

    // A tag written as text that names a marker ("<x-k i=\"2\"/>"), or the non-blank run of text around a mask-like string
    // (an identifier "nrco.ZQ1Z.content").
    [GeneratedRegex(@"<[^<>]{0,100}?(?<![\p{L}\p{N}])(?:x-k|data-k)(?![\p{L}\p{N}])[^<>]{0,100}>|[^\s]*?(?:zq\s?\d+(?:\s?z)?|(?<![\p{L}\p{N}])(?:x-k|data-k)(?![\p{L}\p{N}]))[^\s]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaskLikeRun();

    [GeneratedRegex(@"</x-k\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex StrayClosingTag();
}
