using Newsdesk.Model;
using Newsdesk.Sanitizing;

namespace Newsdesk.Web.Site;

/// <summary>
/// What an article page shows of the body: the blocks through the one renderer (<see cref="ArticleHtml"/>), which
/// sanitises every block's content again with the one policy, so a row written by anything else still cannot inject script.
/// </summary>
public sealed class SiteHtml
{
    /// <summary>
    /// The article body as HTML: the blocks, minus the paragraph the page shows above them as its standfirst (the lead the
    /// page marked, or the first paragraph the publication took as its lead) and the main image's caption.
    /// </summary>
    /// <param name="content">The article or translation shown.</param>
    /// <param name="mainImage">The main image, shown with its caption above the body.</param>
    /// <param name="shownLead">The standfirst printed above the body, if any.</param>
    public string Body(ExtractedArticle content, string? mainImage, string? shownLead)
    {
        ArgumentNullException.ThrowIfNull(content);
        var blocks = content.Blocks.ToList();
        foreach (var lead in new[] { shownLead, content.Lead }.Where(l => !string.IsNullOrWhiteSpace(l)).Distinct(StringComparer.Ordinal))
        {
            // Only the first paragraph can repeat the standfirst; one further down is the story saying it again on purpose.
            var first = blocks.FindIndex(b => b.Type == BlockType.Paragraph && b.Text.Length > 0);
            if (first >= 0 && Same(blocks[first].Text, lead!))
            {
                blocks.RemoveAt(first);
            }
        }
        if (mainImage is { } main)
        {
            // The main image's caption is shown with the image above the body.
            blocks.RemoveAll(b => b.Type == BlockType.Caption && b.ImageUrl == main);
        }
        return ArticleHtml.Body(blocks);
    }

    private static bool Same(string a, string b) =>
        string.Equals(string.Join(' ', a.Split((char[])[' ', '\n', '\t', '\u00a0'], StringSplitOptions.RemoveEmptyEntries)),
            string.Join(' ', b.Split((char[])[' ', '\n', '\t', '\u00a0'], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
}
