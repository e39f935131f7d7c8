using Newsdesk.Model;
using Newsdesk.Quality;

namespace Newsdesk.Tests.Quality;

public sealed class ArticleTextLayoutTests
{
    private static ExtractedArticle Article() => new()
    {
        Title = "Der \"Plan\" steht",
        Lead = "Erster Absatz mit \"Zitat\".",
        Blocks =
        [
            new ArticleBlock(BlockType.Paragraph, "Erster Absatz mit \"Zitat\".", "Erster Absatz mit <em>\"Zitat\"</em>."),
            new ArticleBlock(BlockType.Paragraph, "Related News :"),
            new ArticleBlock(BlockType.Paragraph, "Zweiter Absatz : kurz.", "Zweiter Absatz : <a href=\"https://example.org/\">kurz</a>."),
        ],
    };

    [Fact]
    public void Layout_Article_HeadlineThenOneLinePerBlock()
    {
        Assert.Equal("Der \"Plan\" steht\nErster Absatz mit \"Zitat\".\nRelated News :\nZweiter Absatz : kurz.", ArticleTextLayout.Layout(Article()));
    }

    [Fact]
    public void ApplyFixes_QuotesSpacingAndBoilerplateLine_ChangeTextHtmlAndDropTheLine()
    {
        var article = Article();
        var text = ArticleTextLayout.Layout(article);
        var fixes = new List<AppliedFix>
        {
            Fix(text, "punctuation.quotes", "\"Plan\"", "„Plan“", 0),
            Fix(text, "punctuation.quotes", "\"Zitat\"", "„Zitat“", 0),
            Fix(text, "boilerplate.remove", "Related News :\n", "", 0),
            Fix(text, "punctuation.french-spacing", " :", ":", 1),
        };

        var (fixedArticle, applied) = ArticleTextLayout.ApplyFixes(article, fixes);

        Assert.Equal(4, applied.Count);
        Assert.Equal("Der „Plan“ steht", fixedArticle.Title);
        Assert.Equal(2, fixedArticle.Blocks.Count);
        Assert.Equal("Erster Absatz mit „Zitat“.", fixedArticle.Blocks[0].Text);
        Assert.Equal("Erster Absatz mit <em>„Zitat“</em>.", fixedArticle.Blocks[0].Html);
        Assert.Equal("Zweiter Absatz: kurz.", fixedArticle.Blocks[1].Text);
        Assert.Equal("Zweiter Absatz: <a href=\"https://example.org/\">kurz</a>.", fixedArticle.Blocks[1].Html);
        Assert.Equal("Erster Absatz mit „Zitat“.", fixedArticle.Lead);
        Assert.DoesNotContain(fixedArticle.Blocks, b => b.Text.Contains("Related News", StringComparison.Ordinal));
        Assert.Equal("Der „Plan“ steht\nErster Absatz mit „Zitat“.\nZweiter Absatz: kurz.", ArticleTextLayout.Layout(fixedArticle));
    }

    [Fact]
    public void ApplyFixes_EditSpanningTwoLines_IsNotApplied()
    {
        var article = Article();
        var text = ArticleTextLayout.Layout(article);
        var across = Fix(text, "x", "steht\nErster", "steht Erster", 0);

        var (fixedArticle, applied) = ArticleTextLayout.ApplyFixes(article, [across]);

        Assert.Empty(applied);
        Assert.Same(article, fixedArticle);
    }

    [Fact]
    public void ApplyFixes_BeforeTextDoesNotMatch_IsNotApplied()
    {
        var article = Article();

        var (_, applied) = ArticleTextLayout.ApplyFixes(article, [new AppliedFix("x", new TextSpan(0, 3), "Das", "Die")]);

        Assert.Empty(applied);
    }

    private static AppliedFix Fix(string text, string rule, string before, string after, int occurrence)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            at = text.IndexOf(before, at + 1, StringComparison.Ordinal);
        }
        Assert.True(at >= 0, $"'{before}' not in the text");
        return new AppliedFix(rule, new TextSpan(at, at + before.Length), before, after);
    }
}
