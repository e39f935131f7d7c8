using System.Text;
using Newsdesk.Model;

namespace Newsdesk.Sanitizing;

/// <summary>
/// The one renderer of an article body: the blocks are the truth, and the HTML is written from them here, with each
/// block's content sanitised by <see cref="HtmlSanitizing"/> as the last step and the block structure (paragraphs,
/// headings, lists, quotes, figures, table wrappers) written by this class alone.
/// </summary>
public static class ArticleHtml
{
    /// <summary>The body as a page shows it; list items are grouped into one list, captions with an image become figures.</summary>
    public static string Body(IEnumerable<ArticleBlock> blocks, HtmlSanitizing? policy = null)
    {
        policy ??= HtmlSanitizing.Default;
        var sb = new StringBuilder();
        var inList = false;
        foreach (var block in blocks)
        {
            var content = block.Html is { Length: > 0 } h ? policy.SanitizeForPage(h) : EncodeText(block.Text);
            // A passage kept in its own language says so, for readers, screen readers and search engines.
            var lang = block.Language is { } other ? $" lang=\"{EncodeAttribute(other.Value)}\" class=\"kept-language\"" : "";
            if (block.Type == BlockType.ListItem != inList)
            {
                sb.Append(inList ? "</ul>\n" : "<ul>");
                inList = !inList;
            }
            switch (block.Type)
            {
                case BlockType.Heading2:
                    sb.Append("<h2").Append(lang).Append('>').Append(content).Append("</h2>\n");
                    break;
                case BlockType.Heading3:
                    sb.Append("<h3").Append(lang).Append('>').Append(content).Append("</h3>\n");
                    break;
                case BlockType.Quote:
                    sb.Append("<blockquote").Append(lang).Append("><p>").Append(content).Append("</p></blockquote>\n");
                    break;
                case BlockType.ListItem:
                    sb.Append("<li").Append(lang).Append('>').Append(content).Append("</li>");
                    break;
                case BlockType.Caption:
                    sb.Append("<figure>");
                    if (block.ImageUrl is { } url && SafeUrl(url) is { } src)
                    {
                        sb.Append("<img src=\"").Append(EncodeAttribute(src)).Append("\" alt=\"\" loading=\"lazy\">");
                    }
                    sb.Append("<figcaption").Append(lang).Append('>').Append(content).Append("</figcaption></figure>\n");
                    break;
                case BlockType.Table:
                    // The block's content is the table itself (rows of cells); a block with only text gets one.
                    sb.Append("<div class=\"table\">")
                        .Append(content.StartsWith("<table", StringComparison.Ordinal) ? content : "<table><tbody><tr><td>" + content + "</td></tr></tbody></table>")
                        .Append("</div>\n");
                    break;
                default:
                    sb.Append("<p").Append(lang).Append('>').Append(content).Append("</p>\n");
                    break;
            }
        }
        if (inList)
        {
            sb.Append("</ul>\n");
        }
        return sb.ToString();
    }

    /// <summary>Only absolute http(s) URLs may be an image source or a link the site writes itself.</summary>
    public static string? SafeUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp) ? u.AbsoluteUri : null;

    /// <summary>Escapes text for an HTML text node (&amp;, &lt;, &gt;); other characters stay as they are.</summary>
    public static string EncodeText(string text) =>
        text.AsSpan().IndexOfAny("&<>") < 0
            ? text
            : text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Escapes text for a double-quoted attribute value.</summary>
    public static string EncodeAttribute(string text) => EncodeText(text).Replace("\"", "&quot;", StringComparison.Ordinal);
}
