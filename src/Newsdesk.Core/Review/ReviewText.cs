using Newsdesk.Model;

namespace Newsdesk.Review;

/// <summary>
/// The text the quality gate's finding spans point into: the headline, then each block's plain text, joined by "\n".
/// Offsets are UTF-16 code units, [start, end).
/// </summary>
public static class ReviewText
{
    public static string Layout(ExtractedArticle content) =>
        string.Join("\n", content.Blocks.Select(b => b.Text).Prepend(content.Title));
}
