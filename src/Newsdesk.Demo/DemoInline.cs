using System.Text;

namespace Newsdesk.Demo;

/// <summary>The content format's inline markup: <c>[text](target)</c> links and <c>**bold**</c>. A target is an
/// absolute http(s) URL or <c>slug:SLUG</c>, another demo article, resolved per outlet when the page is rendered.</summary>
public static class DemoInline
{
    /// <summary>The markup as plain text: link texts kept, targets and emphasis marks dropped.</summary>
    public static string ToPlainText(string markup)
    {
        var text = new StringBuilder(markup.Length);
        Walk(markup, s => text.Append(s), (linkText, _) => text.Append(linkText), () => { });
        return text.ToString();
    }

    /// <summary>The markup as HTML; <paramref name="resolve"/> maps a link target to a URL (null: render the text only).</summary>
    public static string ToHtml(string markup, Func<string, string?> resolve)
    {
        var html = new StringBuilder(markup.Length + 32);
        var bold = false;
        Walk(markup,
            s => html.Append(Html.Escape(s)),
            (linkText, target) =>
            {
                var href = resolve(target);
                if (href is null)
                {
                    html.Append(Html.Escape(linkText));
                }
                else
                {
                    html.Append("<a href=\"").Append(Html.Escape(href)).Append("\">").Append(Html.Escape(linkText)).Append("</a>");
                }
            },
            () =>
            {
                html.Append(bold ? "</strong>" : "<strong>");
                bold = !bold;
            });
        if (bold)
        {
            html.Append("</strong>");
        }
        return html.ToString();
    }

    /// <summary>Link targets in the markup, in order (for validation).</summary>
    public static IReadOnlyList<string> Targets(string markup)
    {
        var targets = new List<string>();
        Walk(markup, _ => { }, (_, target) => targets.Add(target), () => { });
        return targets;
    }

    /// <summary>Why the markup is malformed (an unclosed link or bold), or null.</summary>
    public static string? Check(string markup)
    {
        var bolds = 0;
        var i = 0;
        while (i < markup.Length)
        {
            if (markup[i] == '[')
            {
                var close = markup.IndexOf("](", i, StringComparison.Ordinal);
                var end = close < 0 ? -1 : markup.IndexOf(')', close);
                if (close < 0 || end < 0)
                {
                    return $"a link opened with '[' at column {i + 1} is not closed with '](target)'";
                }
                i = end + 1;
                continue;
            }
            if (string.CompareOrdinal(markup, i, "**", 0, 2) == 0)
            {
                bolds++;
                i += 2;
                continue;
            }
            i++;
        }
        return bolds % 2 == 0 ? null : "an odd number of '**' bold marks";
    }

    private static void Walk(string markup, Action<string> text, Action<string, string> link, Action boldToggle)
    {
        var start = 0;
        var i = 0;
        while (i < markup.Length)
        {
            if (markup[i] == '[')
            {
                var close = markup.IndexOf("](", i, StringComparison.Ordinal);
                var end = close < 0 ? -1 : markup.IndexOf(')', close);
                if (close > i && end > close)
                {
                    Flush(i);
                    link(markup[(i + 1)..close], markup[(close + 2)..end]);
                    i = end + 1;
                    start = i;
                    continue;
                }
            }
            else if (string.CompareOrdinal(markup, i, "**", 0, 2) == 0)
            {
                Flush(i);
                boldToggle();
                i += 2;
                start = i;
                continue;
            }
            i++;
        }
        Flush(markup.Length);

        void Flush(int upTo)
        {
            if (upTo > start)
            {
                text(markup[start..upTo]);
            }
        }
    }
}
