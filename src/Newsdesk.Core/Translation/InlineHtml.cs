using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Newsdesk.Translation;

/// <summary>
/// Minimal handling of sanitised inline HTML: split into tags and text, encode text without touching non-ASCII
/// letters (WebUtility.HtmlEncode would turn "é" into an entity, which engines then mangle).
/// </summary>
public static partial class InlineHtml
{
    /// <summary>Escapes the characters that matter in HTML text (quotes stay, so engines and typography see them).</summary>
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>") < 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    public static string Decode(string html) => WebUtility.HtmlDecode(html);

    /// <summary>Plain text of an inline HTML fragment: tags dropped, entities decoded, ordinary whitespace collapsed (no-break spaces kept).</summary>
    public static string ToText(string html) =>
        WhitespaceRun().Replace(Decode(TagPattern().Replace(html, "")), " ").Trim();

    /// <summary>Splits a fragment into alternating text runs and tags, in order.</summary>
    public static IEnumerable<(bool IsTag, string Value)> Tokenize(string html)
    {
        var position = 0;
        foreach (Match tag in TagPattern().Matches(html))
        {
            if (tag.Index > position)
            {
                yield return (false, html[position..tag.Index]);
            }
            yield return (true, tag.Value);
            position = tag.Index + tag.Length;
        }
        if (position < html.Length)
        {
            yield return (false, html[position..]);
        }
    }

    [GeneratedRegex(@"<[^>]*>")]
    internal static partial Regex TagPattern();

    [GeneratedRegex(@"[ \t\r\n\f]+")]
    private static partial Regex WhitespaceRun();
}
