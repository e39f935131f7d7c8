using System.Net;
using Newsdesk.Model;
using Newsdesk.Publishing;
using Newsdesk.Storage;
using Newsdesk.Testing;
using Newsdesk.Web.Tests.Support;

namespace Newsdesk.Web.Tests.Site;

/// <summary>One language, one edition: a page that declares fr-FR joins the French edition, not a second "Français (France)".</summary>
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
}
