using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Newsdesk.Translation.Apertium;

/// <summary>
/// Packs an article's segments into one Apertium HTML document and unpacks the translation. Apertium's HTML mode
/// passes each &lt;div data-nd="i"&gt; through untouched and treats it as a boundary, so one process (or one APy
/// request) translates the whole article.
/// </summary>
internal static partial class ApertiumSegments
{
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

    [GeneratedRegex(@"<div data-nd=""(\d+)"">")]
    private static partial Regex Marker();
}
