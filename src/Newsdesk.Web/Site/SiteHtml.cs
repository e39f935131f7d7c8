using Ganss.Xss;
using Newsdesk.Model;
using Newsdesk.Publishing;

namespace Newsdesk.Web.Site;

/// <summary>
/// The last line of defence before stored HTML reaches a page: content was sanitised when extracted, and is sanitised
/// again here with a strict inline allow-list, so a row written by anything else still cannot inject script.
/// </summary>
public sealed class SiteHtml
{
    private readonly HtmlSanitizer _sanitizer;

    public SiteHtml()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "a", "b", "strong", "i", "em", "u", "s", "sub", "sup", "br", "code", "abbr", "cite", "q", "small", "mark", "span",
                "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "title", "colspan", "rowspan", "lang" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        };
        _sanitizer = new HtmlSanitizer(options);
        _sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } a)
            {
                a.SetAttribute("rel", "nofollow noopener");
            }
        };
    }

    /// <summary>Sanitises inline HTML (a block's content).</summary>
    public string Inline(string html) => _sanitizer.Sanitize(html);

    /// <summary>The article body as HTML: the blocks, minus a first block that repeats the lead.</summary>
    public string Body(ExtractedArticle content, string? mainImage)
    {
        var blocks = content.Blocks.ToList();
        if (blocks.Count > 0 && content.Lead is { } lead && string.Equals(blocks[0].Text.Trim(), lead.Trim(), StringComparison.Ordinal))
        {
            blocks.RemoveAt(0);
        }
        if (mainImage is { } main)
        {
            // The main image's caption is shown with the image above the body.
            blocks.RemoveAll(b => b.Type == BlockType.Caption && b.ImageUrl == main);
        }
        return BlockHtml.Render(blocks, Inline);
    }
}
