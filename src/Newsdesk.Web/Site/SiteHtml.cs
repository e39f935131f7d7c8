using Newsdesk.Model;
using Newsdesk.Sanitizing;

namespace Newsdesk.Web.Site;

/// <summary>
/// What an article page shows of the body: the blocks through the one renderer (<see cref="ArticleHtml"/>), which
/// sanitises every block's content again with the one policy, so a row written by anything else still cannot inject script.
/// </summary>
public sealed class SiteHtml
{
    /// <summary>The article body as HTML: the blocks, minus a first block that repeats the lead and the main image's caption.</summary>
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
        return ArticleHtml.Body(blocks);
    }
}
