using System.Text;

namespace Newsdesk.Demo;

/// <summary>HTML escaping that leaves non-ASCII text as UTF-8, as news sites serve it (WebUtility turns é into &amp;#233;).
/// Attributes are always double-quoted, so apostrophes stay as they are.</summary>
internal static class Html
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0)
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),
                _ => escaped.Append(c),
            };
        }
        return escaped.ToString();
    }
}
