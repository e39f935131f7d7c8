using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Newsdesk.Translation.Apertium;

/// <summary>
/// Packs an article's segments into one Apertium HTML document and unpacks the translation. Apertium's HTML mode
/// passes each &lt;div data-nd="i"&gt; through untouched and treats it as a boundary, so one process (or one APy
/// request) translates the whole article. Articles without markup go as plain text, blocks separated by blank
/// lines: the same input as piping the article through `apertium` by hand, without the HTML deformatter's cost.
/// </summary>
internal static partial class ApertiumSegments
{
    /// <summary>True when no segment carries markup, so the plain-text format (cheaper than HTML) can be used.</summary>
    public static bool IsPlain(IReadOnlyList<string> segments) => segments.All(s => !s.Contains('<', StringComparison.Ordinal));

    /// <summary>Plain text: one segment per line, segments separated by a blank line, which Apertium keeps as it is.</summary>
    public static string PackText(IReadOnlyList<string> segments) =>
        string.Join("\n\n", segments.Select(s => LineBreaks().Replace(InlineHtml.Decode(s), " ").Trim())) + "\n";

    /// <summary>The translated plain-text segments, HTML-encoded again, or null when the blank lines do not match.</summary>
    public static IReadOnlyList<string>? UnpackText(string output, int count)
    {
        var parts = output.Trim('\n').Split("\n\n");
        return parts.Length == count && parts.All(p => !p.Contains('\n', StringComparison.Ordinal))
            ? parts.Select(p => InlineHtml.Encode(p.Trim())).ToList()
            : null;
    }

    public static string Pack(IReadOnlyList<string> segments)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < segments.Count; i++)
        {
            builder.Append("<div data-nd=\"").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\">")
                .Append(segments[i]).Append("</div>\n");
        }
        return builder.ToString();
    }

    /// <summary>The translated segments in order, or null when the output does not hold exactly one of each.</summary>
    public static IReadOnlyList<string>? Unpack(string output, int count)
    {
        var markers = Marker().Matches(output);
        var result = new string?[count];
        for (var m = 0; m < markers.Count; m++)
        {
            var index = int.Parse(markers[m].Groups[1].Value, CultureInfo.InvariantCulture);
            if (index < 0 || index >= count || result[index] is not null)
            {
                return null;
            }
            var start = markers[m].Index + markers[m].Length;
            var end = m + 1 < markers.Count ? markers[m + 1].Index : output.Length;
            var content = output[start..end].TrimEnd();
            if (content.EndsWith("</div>", StringComparison.OrdinalIgnoreCase))
            {
                content = content[..^"</div>".Length];
            }
            result[index] = content.Trim();
        }
        return result.Any(r => r is null) ? null : result.Select(r => r!).ToList();
    }

    [GeneratedRegex(@"[\r\n]+")]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@"<div data-nd=""(\d+)"">")]
    private static partial Regex Marker();
}
