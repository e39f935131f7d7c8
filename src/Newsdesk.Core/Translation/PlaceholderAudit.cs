using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsdesk.Translation;

/// <summary>
/// Checks what an engine returned for one protected segment before anything of it is used, whatever the engine and
/// placeholder style: nothing left that looks like a marker (a mask split, cut or written as text), every placeholder
/// exactly once, none the segment does not have, each inside the same links (and other elements that say what their words
/// are; emphasis may move) as in the original, and two placeholders
/// of the same kind (two amounts, two names) not swapped. Placeholders of different kinds may change places: a
/// translation may put the time before the date.
/// </summary>
public static partial class PlaceholderAudit
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase) { "br", "img", "wbr", "hr", "input", "source" };

    // Emphasis only changes how words look: Apertium moves it across a contraction ("<em>selon du</em> X" became
    // "<em>segons del X</em>"), which is not a fault. A link, a quotation, code or an exponent says what its words are.
    private static readonly HashSet<string> Emphasis = new(StringComparer.OrdinalIgnoreCase) { "b", "strong", "i", "em", "u", "mark", "small", "s", "span" };

    /// <summary>The first fault of <paramref name="output"/> as a translation of <paramref name="segment"/>, or null.</summary>
    public static SegmentIssue? Check(ProtectedSegment segment, string output)
    {
        var original = Read(segment.Html);
        var translated = Read(output);
        if (translated.Remnant is { } remnant)
        {
            return new SegmentIssue("mask-remnant", $"it contains '{remnant}', a broken or stray placeholder");
        }
        foreach (var index in translated.Occurrences.Keys.Where(i => !original.Occurrences.ContainsKey(i)))
        {
            return new SegmentIssue("placeholder-unknown", $"it has a placeholder {N(index)} that the original does not have");
        }
        // Elements the translation kept, all of them: an engine may drop or empty an emphasis, and then where the
        // placeholders stand relative to it says nothing.
        var shared = original.Elements.Where(e => e.Key.Length > 0 && translated.Elements.GetValueOrDefault(e.Key) >= e.Value).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (index, containers) in original.Occurrences)
        {
            var span = Name(segment, index);
            if (!translated.Occurrences.TryGetValue(index, out var seen))
            {
                return new SegmentIssue("placeholder-missing", $"the protected {span} is missing");
            }
            if (seen.Count > 1)
            {
                return new SegmentIssue("placeholder-doubled", $"the protected {span} appears {N(seen.Count)} times");
            }
            // Only elements both sides have count: an engine may drop an emphasis, but must not move a placeholder into
            // or out of a link or an emphasis that it kept.
            var before = containers[0].Where(shared.Contains).ToHashSet(StringComparer.Ordinal);
            var after = seen[0].Where(shared.Contains).ToHashSet(StringComparer.Ordinal);
            if (!before.SetEquals(after))
            {
                return before.Except(after).FirstOrDefault() is { } left
                    ? new SegmentIssue("placeholder-nesting", $"the protected {span} was moved out of the element {left}")
                    : new SegmentIssue("placeholder-nesting", $"the protected {span} was moved into the element {after.Except(before).First()}");
            }
        }
        return Swapped(segment, original, translated);
    }

    /// <summary>Mask-like strings in <paramref name="html"/>'s text beyond those its source has (a remembered or restored translation).</summary>
    public static string? ExtraMarker(string sourceHtml, string targetHtml)
    {
        var source = SegmentProtector.MaskLike().Matches(InlineHtml.Decode(sourceHtml)).Select(m => m.Value.ToLowerInvariant()).ToList();
        foreach (Match m in SegmentProtector.MaskLike().Matches(InlineHtml.Decode(targetHtml)))
        {
            if (!source.Remove(m.Value.ToLowerInvariant()))
            {
                return m.Value;
            }
        }
        return null;
    }

    private static SegmentIssue? Swapped(ProtectedSegment segment, Structure original, Structure translated)
    {
        var order = original.Order;
        for (var a = 0; a < order.Count; a++)
        {
            for (var b = a + 1; b < order.Count; b++)
            {
                var first = Span(segment, order[a]);
                var second = Span(segment, order[b]);
                if (first is null || second is null || Class(first.Kind) != Class(second.Kind)
                    || string.Equals(first.Rendering, second.Rendering, StringComparison.Ordinal)
                    || original.Paths[order[a]] != original.Paths[order[b]])
                {
                    continue;
                }
                if (translated.Order.IndexOf(order[a]) > translated.Order.IndexOf(order[b]))
                {
                    return new SegmentIssue("placeholder-order",
                        $"the protected {Describe(first)} and {Describe(second)} come out in the opposite order (swapped)");
                }
            }
        }
        return null;
    }

    private static int Class(ProtectedSpanKind kind) => kind switch
    {
        ProtectedSpanKind.Amount or ProtectedSpanKind.Percent or ProtectedSpanKind.Number => 1,
        ProtectedSpanKind.Date => 2,
        ProtectedSpanKind.Name => 3,
        ProtectedSpanKind.Url or ProtectedSpanKind.Email => 4,
        _ => 5,
    };

    private static ProtectedSpan? Span(ProtectedSegment segment, int index) =>
        index >= 1 && index <= segment.Spans.Count ? segment.Spans[index - 1] : null;

    private static string Name(ProtectedSegment segment, int index) =>
        Span(segment, index) is { } span ? Describe(span) : $"placeholder {N(index)}";

    private static string Describe(ProtectedSpan span) =>
        $"{span.Kind.ToString().ToLowerInvariant()} '{span.Source}' (placeholder {N(span.Index)})";

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record Structure(Dictionary<int, List<string[]>> Occurrences, List<int> Order, Dictionary<string, int> Elements, Dictionary<int, string> Paths, string? Remnant);

    private static Structure Read(string html)
    {
        var occurrences = new Dictionary<int, List<string[]>>();
        var order = new List<int>();
        var elements = new Dictionary<string, int>(StringComparer.Ordinal); // opening tag -> how many such elements have content
        var open = new List<(string Name, string Key, bool[] Filled)>();
        var paths = new Dictionary<int, string>(); // placeholder -> the element instances it is inside (first occurrence)
        var ids = new List<int>();
        var next = 0;
        // Only elements with something in them count: Apertium empties an emphasis around a word it contracts with the
        // one before ("du <b>X</b>" -> "del X <b></b>"), which loses the emphasis but moves nothing.
        void Filled()
        {
            foreach (var (_, key, filled) in open.Where(o => !o.Filled[0]))
            {
                filled[0] = true;
                elements[key] = elements.GetValueOrDefault(key) + 1;
            }
        }
        string? remnant = null;
        var insideKept = 0; // depth inside a no-translate span: its content is the rendering, not the engine's text
        void Seen(int index)
        {
            if (!occurrences.TryGetValue(index, out var list))
            {
                occurrences[index] = list = [];
            }
            list.Add(open.Select(o => o.Key).ToArray());
            paths.TryAdd(index, string.Join('/', ids));
            order.Add(index);
            Filled();
        }
        foreach (var (isTag, value) in InlineHtml.Tokenize(html))
        {
            if (!isTag)
            {
                if (insideKept > 0)
                {
                    continue;
                }
                foreach (Match token in SegmentProtector.TokenPattern().Matches(value))
                {
                    Seen(int.Parse(token.Groups["i"].Value, CultureInfo.InvariantCulture));
                }
                var rest = InlineHtml.Decode(SegmentProtector.TokenPattern().Replace(value, " "));
                if (rest.Trim().Length > 0)
                {
                    Filled();
                }
                remnant ??= SegmentProtector.MaskLike().Match(rest) is { Success: true } m ? m.Value : null;
                continue;
            }
            if (insideKept > 0)
            {
                insideKept += value.StartsWith("</span", StringComparison.OrdinalIgnoreCase) ? -1
                    : value.StartsWith("<span", StringComparison.OrdinalIgnoreCase) && !value.EndsWith("/>", StringComparison.Ordinal) ? 1 : 0;
                continue;
            }
            if (SegmentProtector.VoidTagPattern().Match(value) is { Success: true } voidTag)
            {
                Seen(int.Parse(voidTag.Groups["i"].Value, CultureInfo.InvariantCulture));
                continue;
            }
            if (SegmentProtector.NoTranslateSpanOpening().Match(value) is { Success: true } kept)
            {
                Seen(int.Parse(kept.Groups["i"].Value, CultureInfo.InvariantCulture));
                insideKept = 1;
                continue;
            }
            if (ClosingPlaceholder().IsMatch(value))
            {
                continue; // "</x-k>" after a placeholder
            }
            if (MarkerInTag().IsMatch(value))
            {
                remnant ??= value; // an x-k element without its number, a data-k attribute on something else
                continue;
            }
            if (Tag().Match(value) is not { Success: true } tag)
            {
                continue;
            }
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (VoidElements.Contains(name) || tag.Groups["self"].Success)
            {
                continue;
            }
            if (tag.Groups["close"].Success)
            {
                var at = open.FindLastIndex(o => o.Name == name);
                if (at >= 0)
                {
                    open.RemoveRange(at, open.Count - at);
                    ids.RemoveRange(at, ids.Count - at);
                }
                continue;
            }
            open.Add((name, Emphasis.Contains(name) ? "" : Whitespace().Replace(value, " "), [false]));
            ids.Add(++next);
        }
        return new Structure(occurrences, order, elements, paths, remnant);
    }

    [GeneratedRegex(@"^</x-k\s*>$", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingPlaceholder();

    [GeneratedRegex(@"^</?\s*x-k\b|\sdata-k\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex MarkerInTag();

    [GeneratedRegex(@"^<(?<close>/)?\s*(?<name>[A-Za-z][A-Za-z0-9-]*)[^>]*?(?<self>/)?>$")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
