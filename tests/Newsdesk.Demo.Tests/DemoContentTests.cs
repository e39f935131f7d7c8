namespace Newsdesk.Demo.Tests;

/// <summary>The shipped demo content keeps the promises the demo relies on.</summary>
public sealed class DemoContentTests
{
    private static readonly DemoContentSet Content = DemoContent.LoadEmbedded();

    [Fact]
    public void LoadEmbedded_ShippedContent_HasNoProblems()
    {
        Assert.Empty(Content.Problems.Select(p => p.Message));
        Assert.True(Content.Articles.Count >= 14, $"{Content.Articles.Count} articles");
    }

    [Fact]
    public void LoadEmbedded_EveryArticle_IsANewsArticleOfTheRightLength()
    {
        foreach (var article in Content.Articles)
        {
            Assert.InRange(article.WordCount, 250, 600);
            Assert.NotEmpty(article.Tags);
            Assert.InRange(article.Published, DemoContent.DemoDate.AddDays(-4), DemoContent.DemoDate);
            Assert.Contains(article.Blocks, b => b.Text.Contains('«', StringComparison.Ordinal));
        }
    }

    [Fact]
    public void LoadEmbedded_Quotes_UseGuillemetsWithNoBreakSpaces()
    {
        foreach (var block in Content.Articles.SelectMany(a => a.Blocks))
        {
            Assert.DoesNotContain("« ", block.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(" »", block.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("\"", block.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void LoadEmbedded_BothOutlets_PublishAtLeastSevenArticlesEach()
    {
        foreach (var outlet in DemoOutlets.Ids)
        {
            Assert.True(Content.ForOutlet(outlet).Count >= 7, outlet);
        }
    }

    [Fact]
    public void LoadEmbedded_SharedStory_IsCoveredByBothOutletsWithDifferentTexts()
    {
        var storm = Content.Articles.Where(a => a.Story == "tempete-ombeline").ToList();

        Assert.Equal(2, storm.Count);
        Assert.Equal(DemoOutlets.Ids.Order(), storm.SelectMany(a => a.Outlets).Order());
        Assert.NotEqual(storm[0].BodyText, storm[1].BodyText);
    }

    [Fact]
    public void LoadEmbedded_AgencyDispatch_IsPublishedByBothOutlets()
    {
        var dispatch = Assert.Single(Content.Articles, a => a.Outlets.Count > 1);

        Assert.Equal(DemoOutlets.Ids.Order(), dispatch.Outlets.Order());
        Assert.Contains("Agence", dispatch.Author, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadEmbedded_SeedLikeStory_HasTheAmountsQuotesAndHeadingTheGateNeeds()
    {
        var zenith = Assert.Single(Content.Articles, a => a.Slug == "zenith-ia-500-milliards");
        var text = zenith.BodyText;
        const char nbsp = FrenchTypography.NoBreakSpace;

        Assert.Contains($"«{nbsp}au moins 500 milliards de dollars{nbsp}»", text, StringComparison.Ordinal);
        Assert.Contains("100 milliards de dollars", text, StringComparison.Ordinal);
        Assert.Contains("un total de 500 milliards de dollars", text, StringComparison.Ordinal);
        Assert.Contains($"«{nbsp}de source sûre{nbsp}»", text, StringComparison.Ordinal);
        Assert.Contains($"«{nbsp}à venir visiter le premier site en construction{nbsp}»", text, StringComparison.Ordinal);
        Assert.Contains(zenith.Blocks, b => b.Kind == DemoBlockKind.Heading && b.Text == "Passe d’armes Strand-Corvin");
    }

    [Fact]
    public void LoadEmbedded_LiveAndPaywalledArticles_AreEachPresent()
    {
        var live = Assert.Single(Content.Articles, a => a.Kind == DemoArticleKind.Live);
        var paywalled = Assert.Single(Content.Articles, a => a.Kind == DemoArticleKind.Paywalled);

        Assert.True(live.Blocks.Count(b => b.Kind == DemoBlockKind.LiveEntry) >= 4);
        Assert.InRange(paywalled.VisibleBlocks, 1, paywalled.Blocks.Count - 1);
    }
}
