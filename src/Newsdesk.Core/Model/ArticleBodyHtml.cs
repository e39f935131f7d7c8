using System.Text;

namespace Newsdesk.Model;

/// <summary>Renders body blocks as the article's body HTML (the blocks' inline HTML is sanitised already).</summary>
public static class ArticleBodyHtml
{
    public static string Render(IEnumerable<ArticleBlock> blocks)
    {
        var html = new StringBuilder();
        var inList = false;
        foreach (var block in blocks)
        {
            if (block.Type == BlockType.ListItem != inList)
            {
                html.Append(inList ? "</ul>\n" : "<ul>\n");
                inList = !inList;
            }
            var content = block.Html ?? EncodeText(block.Text);
            html.Append(block.Type switch
            {
                BlockType.Heading2 => $"<h2>{content}</h2>",
                BlockType.Heading3 => $"<h3>{content}</h3>",
                BlockType.Quote => $"<blockquote><p>{content}</p></blockquote>",
                BlockType.ListItem => $"<li>{content}</li>",
                BlockType.Caption => $"<figure>{(block.ImageUrl is { } url ? $"<img src=\"{EncodeText(url).Replace("\"", "&quot;", StringComparison.Ordinal)}\" alt=\"\">" : "")}<figcaption>{content}</figcaption></figure>",
                BlockType.Table => content,
                _ => $"<p>{content}</p>",
            }).Append('\n');
        }
        if (inList)
        {
            html.Append("</ul>\n");
        }
        return html.ToString();
    }

    /// <summary>Escapes text for an HTML text node (&amp;, &lt;, &gt;); other characters stay as they are.</summary>
    public static string EncodeText(string text) =>
        text.AsSpan().IndexOfAny("&<>") < 0
            ? text
            : text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
