using System.Net;
using Newsdesk.Model;
using Newsdesk.Publishing;
using Newsdesk.Storage;
using Newsdesk.Testing;
using Newsdesk.Web.Tests.Support;

namespace Newsdesk.Web.Tests.Site;

/// <summary>
/// Editions and attribution as a reader sees them: a page that declares fr-FR joins the French edition (not a second
/// "Français (France)"), and a story is credited to the outlet that wrote it, with an aggregator's feed only as "via".
/// </summary>
public sealed class EditionLanguageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PublishOriginal_RegionalLanguage_GoesToTheLanguagesEdition()
    {
        await using var factory = new SiteFactory(await TestDatabase.CreateSqliteAsync(TimeProvider.System));
        var store = factory.Get<INewsStore>();
        var content = new ExtractedArticle
        {
            Title = "Le tramway prolongé jusqu'à Vaulx-en-Velin",
            Language = LanguageTag.Parse("fr-FR"),
            Blocks = [new ArticleBlock(BlockType.Paragraph, "La ligne sera prolongée de quatre kilomètres d'ici à 2028.")],
        };
        var saved = await store.SaveArticleAsync(new ArticleDraft("https://a.example/tram", "https://a.example/tram", null, content, "h-tram", 1),
            TimeProvider.System.GetUtcNow(), Ct);

        Assert.Equal(PublishOutcome.Published, await factory.Get<IPublisher>().PublishOriginalAsync(saved.Id, Ct));

        var editions = (await store.ListPublicationsOfArticleAsync(saved.Id, Ct)).Select(p => p.Language.Value).ToList();
        Assert.Equal(["fr"], editions);
        var client = factory.Browser();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/fr/", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/fr-FR/", Ct)).StatusCode);
        Assert.Equal("fr-FR", (await store.GetArticleAsync(saved.Id, Ct))!.Content.Language?.Value); // the region stays as metadata
    }

    [Theory]
    [InlineData("Actualités du Rhône (agrégateur)", "La Gazette de Lyon", "(via Actualités du Rhône (agrégateur))")]
    [InlineData("La Gazette de Lyon - Toute l'actualité", "La Gazette de Lyon", null)]
    public async Task ArticlePage_FeedOfAnotherOutlet_CreditsThePublisherAndTheFeedAsVia(string feedName, string publisher, string? via)
    {
        await using var factory = new SiteFactory(await TestDatabase.CreateSqliteAsync(TimeProvider.System));
        var store = factory.Get<INewsStore>();
        var now = TimeProvider.System.GetUtcNow();
        var source = await store.AddSourceAsync(new SourceDraft("https://feeds.example/rhone.xml", Name: feedName, Language: LanguageTag.Parse("fr")), now, Ct);
        var content = new ExtractedArticle
        {
            Title = "Le marché de la Croix-Rousse fête ses cent ans",
            Language = LanguageTag.Parse("fr"),
            SiteName = publisher,
            Blocks = [new ArticleBlock(BlockType.Paragraph, "Les commerçants ont célébré samedi le centenaire du marché.")],
        };
        var saved = await store.SaveArticleAsync(new ArticleDraft("https://gazette.example/marche", "https://gazette.example/marche", source.Id, content,
            "h-marche", 1), now, Ct);
        await factory.Get<IPublisher>().PublishOriginalAsync(saved.Id, Ct);
        var publication = (await store.ListPublicationsOfArticleAsync(saved.Id, Ct)).Single();

        var html = await factory.Browser().GetStringAsync(Newsdesk.Web.Site.SiteUrls.Article(publication), Ct);
        var page = await new AngleSharp.Html.Parser.HtmlParser().ParseDocumentAsync(html, Ct);

        Assert.Equal(publisher, page.QuerySelector(".byline .outlet")!.TextContent);
        Assert.Equal(via, page.QuerySelector(".byline .via")?.TextContent);
        Assert.Contains(publisher, page.QuerySelector(".original")!.TextContent, StringComparison.Ordinal);
    }
}
