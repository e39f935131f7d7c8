using Newsdesk.Model;
using Newsdesk.Sanitizing;

namespace Newsdesk.Review;

/// <summary>Applies an editor's edits (headline, lead, block texts) to a translation's content.</summary>
public static class EditedContent
{
    /// <summary>
    /// Blocks whose text the editor left alone keep their inline HTML (links, emphasis); an edited block becomes the
    /// editor's plain text, encoded. Missing block texts keep the block.
    /// </summary>
    public static ExtractedArticle Apply(ExtractedArticle content, string title, string? lead, IReadOnlyList<string?> blockTexts)
    {
        var blocks = content.Blocks.Select((b, i) =>
        {
            var edited = i < blockTexts.Count ? Normalise(blockTexts[i]) : null;
            return edited is null || edited == b.Text ? b : b with { Text = edited, Html = ArticleHtml.EncodeText(edited) };
        }).ToList();
        return content with
        {
            Title = Normalise(title) ?? content.Title,
            Lead = Normalise(lead),
            Blocks = blocks,
        };
    }

    private static string? Normalise(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var t = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return t.Length == 0 ? null : t;
    }
}
