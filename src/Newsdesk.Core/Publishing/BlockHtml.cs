using System.Text;
using System.Text.Encodings.Web;
using Newsdesk.Model;

namespace Newsdesk.Publishing;

/// <summary>
/// Renders body blocks as HTML: each block's inline HTML (passed through <paramref name="inline"/>, which sanitises it)
/// inside its element; list items are grouped into one list; caption blocks with an image become figures.
/// </summary>
public static class BlockHtml
{
    public static string Render(IEnumerable<ArticleBlock> blocks, Func<string, string> inline, Func<string, string?>? safeUrl = null)
    {
        var sb = new StringBuilder();
        var inList = false;
        foreach (var block in blocks)
        {
            var html = block.Html is { Length: > 0 } h ? inline(h) : HtmlEncoder.Default.Encode(block.Text);
            if (block.Type == BlockType.ListItem != inList)
            {
                sb.Append(inList ? "</ul>\n" : "<ul>");
                inList = !inList;
            }
            switch (block.Type)
            {
                case BlockType.Heading2:
                    sb.Append("<h2>").Append(html).Append("</h2>\n");
                    break;
                case BlockType.Heading3:
                    sb.Append("<h3>").Append(html).Append("</h3>\n");
                    break;
                case BlockType.Quote:
                    sb.Append("<blockquote><p>").Append(html).Append("</p></blockquote>\n");
                    break;
                case BlockType.ListItem:
                    sb.Append("<li>").Append(html).Append("</li>");
                    break;
                case BlockType.Caption:
                    var src = block.ImageUrl is { } u ? (safeUrl ?? DefaultSafeUrl)(u) : null;
                    sb.Append("<figure>");
                    if (src is not null)
                    {
                        sb.Append("<img src=\"").Append(HtmlEncoder.Default.Encode(src)).Append("\" alt=\"\" loading=\"lazy\">");
                    }
                    sb.Append("<figcaption>").Append(html).Append("</figcaption></figure>\n");
                    break;
                case BlockType.Table:
                    sb.Append("<div class=\"table\"><table>").Append(html).Append("</table></div>\n");
                    break;
                default:
                    sb.Append("<p>").Append(html).Append("</p>\n");
                    break;
            }
        }
        if (inList)
        {
            sb.Append("</ul>\n");
        }
        return sb.ToString();
    }

    /// <summary>Only absolute http(s) URLs may be an image source.</summary>
    public static string? DefaultSafeUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp) ? u.AbsoluteUri : null;
}
