using Newsdesk.Model;
using Newsdesk.Sanitizing;

namespace Newsdesk.Quality;

/// <summary>
/// The plain text the gate checks for an article: the headline, then each block's text, one per line ("\n").
/// Finding spans are UTF-16 offsets into it; the review queue shows them on the same layout.
/// </summary>
public static class ArticleTextLayout
{
    public static string Layout(ExtractedArticle article) =>
        string.Join("\n", article.Blocks.Select(b => b.Text).Prepend(article.Title));

    /// <summary>
    /// Applies the gate's safe fixes (spans in <see cref="Layout"/>) to the article's headline and blocks: an edit
    /// inside a line changes that line (and the same words in its inline HTML); an edit that removes whole lines
    /// removes those blocks. Returns the fixed article and the fixes that could be placed.
    /// </summary>
    public static (ExtractedArticle Article, IReadOnlyList<AppliedFix> Applied) ApplyFixes(ExtractedArticle article, IReadOnlyList<AppliedFix> fixes)
    {
        var lines = new List<string> { article.Title };
        lines.AddRange(article.Blocks.Select(b => b.Text));
        var starts = new int[lines.Count];
        for (int i = 0, offset = 0; i < lines.Count; offset += lines[i].Length + 1, i++)
        {
            starts[i] = offset;
        }
        var texts = lines.ToArray();
        var htmls = new string?[lines.Count];
        for (var i = 1; i < lines.Count; i++)
        {
            htmls[i] = article.Blocks[i - 1].Html;
        }
        var removed = new bool[lines.Count];
        var applied = new List<AppliedFix>();
        // Right to left, so earlier offsets stay valid.
        foreach (var fix in fixes.OrderByDescending(f => f.Span.Start))
        {
            var line = Array.FindLastIndex(starts, s => s <= fix.Span.Start);
            var lineEnd = starts[line] + lines[line].Length;
            if (fix.After.Length == 0 && fix.Span.Start == starts[line] && fix.Span.End >= lineEnd && line > 0)
            {
                // A whole line (and possibly the lines it runs into) removed: drop those blocks.
                for (var l = line; l < lines.Count && starts[l] < fix.Span.End; l++)
                {
                    removed[l] = l > 0;
                }
                applied.Add(fix);
                continue;
            }
            if (fix.Span.End > lineEnd || removed[line])
            {
                continue; // spans two lines: not safe to place
            }
            var at = fix.Span.Start - starts[line];
            var current = texts[line];
            if (at + fix.Span.Length > current.Length || !string.Equals(current.Substring(at, fix.Span.Length), fix.Before, StringComparison.Ordinal))
            {
                continue; // an earlier fix changed this place
            }
            texts[line] = current[..at] + fix.After + current[(at + fix.Span.Length)..];
            if (htmls[line] is { } html)
            {
                htmls[line] = ReplaceInHtml(html, current, at, fix.Before, fix.After);
            }
            applied.Add(fix);
        }
        if (applied.Count == 0)
        {
            return (article, applied);
        }
        var blocks = new List<ArticleBlock>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (!removed[i])
            {
                blocks.Add(article.Blocks[i - 1] with { Text = texts[i], Html = htmls[i] });
            }
        }
        var fixedArticle = article with
        {
            Title = texts[0],
            Lead = article.Lead is not null && article.Blocks.Count > 0 && article.Lead == article.Blocks[0].Text ? texts[1] : article.Lead,
            Blocks = blocks,
        };
        applied.Reverse();
        return (fixedArticle, applied);
    }

    /// <summary>
    /// The same edit in the block's inline HTML: the n-th occurrence of the text before becomes the text after. When the
    /// HTML does not show the text plainly (entities, markup inside), the HTML is rebuilt from the fixed text instead.
    /// </summary>
    private static string? ReplaceInHtml(string html, string text, int at, string before, string after)
    {
        var occurrence = 0;
        for (var i = text.IndexOf(before, StringComparison.Ordinal); i >= 0 && i < at; i = text.IndexOf(before, i + 1, StringComparison.Ordinal))
        {
            occurrence++;
        }
        var encodedBefore = ArticleHtml.EncodeText(before);
        var index = -1;
        for (var n = 0; n <= occurrence; n++)
        {
            index = html.IndexOf(encodedBefore, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                return null; // fall back to the plain text
            }
        }
        return html[..index] + ArticleHtml.EncodeText(after) + html[(index + encodedBefore.Length)..];
    }
}
