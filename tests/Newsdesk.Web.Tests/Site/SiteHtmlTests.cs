using Newsdesk.Extraction;
using Newsdesk.Model;
using Newsdesk.Web.Site;

namespace Newsdesk.Web.Tests.Site;

/// <summary>What the article page shows of the body under the standfirst (issue 20, point 4).</summary>
public sealed class SiteHtmlTests
{
    private static ExtractedArticle Page(string name) =>
        new ArticleExtractor().Extract(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", "pages", name + ".html")),
            new Uri("https://echo-ille.example.fr/vitre/mediatheque-dimanche"));

    [Fact]
    public void Body_LeadTakenFromTheFirstParagraph_ShowsThatParagraphOnceAboveTheBody()
    {
        var article = Page("standfirst-is-first-paragraph");
        Assert.Null(article.Lead); // the page marks no standfirst: the publication takes the first paragraph as its lead
        var shownLead = article.Blocks.First(b => b.Type == BlockType.Paragraph).Text;

        var body = new SiteHtml().Body(article, article.MainImage, shownLead);

        Assert.DoesNotContain("la médiathèque de Vitré ouvrira ses portes le dimanche", body, StringComparison.Ordinal);
        Assert.Contains("coûtera environ 60 000 euros par an", body, StringComparison.Ordinal);
        Assert.Contains("deux postes d'étudiants", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Body_FirstParagraphDiffersFromTheStandfirst_KeepsEveryParagraph()
    {
        var article = Page("standfirst-is-first-paragraph");

        var body = new SiteHtml().Body(article, article.MainImage, "Un chapeau écrit à part, qui ne reprend pas le premier paragraphe.");

        Assert.Contains("la médiathèque de Vitré ouvrira ses portes le dimanche", body, StringComparison.Ordinal);
    }
}
