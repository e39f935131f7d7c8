using System.Text.RegularExpressions;
using Newsdesk.Extraction;
using Newsdesk.Fetching;
using Newsdesk.Ingest;
using Newsdesk.Model;

namespace Newsdesk.Demo.Tests;

/// <summary>The desk's own ingest and extraction code reads what the demo sources serve: if a template or the
/// pipeline changes so that the demo would break, these fail first.</summary>
public sealed partial class DemoSourcesPipelineTests(DemoServerFixture fixture) : IClassFixture<DemoServerFixture>
{
    private DemoSourcesServer Server => fixture.Server;

    private HttpClient Client => fixture.Client;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FeedParser_EachOutletFeed_ReadsEveryArticleWithoutProblems()
    {
        foreach (var outlet in Server.Outlets)
        {
            var result = FeedParser.Parse(await Client.GetByteArrayAsync(outlet.FeedUrl, Cancel), outlet.FeedUrl, "utf-8");

            Assert.True(result.IsFeed, result.Error);
            Assert.Empty(result.Problems.Select(p => p.ToString()));
            var pages = Server.Pages.Where(p => p.Outlet == outlet.Id).ToList();
            Assert.Equal(pages.Count, result.Items.Count);
            foreach (var item in result.Items)
            {
                var page = Assert.Single(pages, p => p.Url == UrlCanonicalizer.Canonicalize(item.Link));
                Assert.Equal(Normal(page.Article.Title), Normal(item.Title ?? ""));
                Assert.Equal(page.Article.Published, item.Published);
                Assert.Contains(page.Article.Section, item.Categories);
            }
        }
    }

    [Fact]
    public async Task FeedParser_NewsSitemaps_ListArticlePages()
    {
        foreach (var outlet in Server.Outlets)
        {
            var result = FeedParser.Parse(await Client.GetByteArrayAsync(outlet.SitemapUrl, Cancel), outlet.SitemapUrl, "utf-8");

            Assert.True(result.IsFeed, result.Error);
            Assert.NotEmpty(result.Items);
            Assert.All(result.Items, item => Assert.Contains(Server.Pages, p => p.Url == item.Link));
        }
    }

    [Fact]
    public async Task FeedDiscovery_HomePages_FindTheOutletFeed()
    {
        foreach (var outlet in Server.Outlets)
        {
            var feeds = FeedDiscovery.FindFeeds(await Client.GetStringAsync(outlet.HomeUrl, Cancel), outlet.HomeUrl);

            Assert.Equal(outlet.FeedUrl, Assert.Single(feeds).Url);
        }
    }

    [Fact]
    public async Task RobotsRules_DemoRobotsTxt_AllowsNewsdeskEverywhereItNeedsToGo()
    {
        foreach (var outlet in Server.Outlets)
        {
            var text = await Client.GetStringAsync(new Uri(outlet.HomeUrl, "/robots.txt"), Cancel);

            var rules = RobotsRules.Parse(text, "Newsdesk");

            Assert.True(rules.IsAllowed(outlet.FeedUrl.PathAndQuery));
            Assert.True(rules.IsAllowed(outlet.SitemapUrl.PathAndQuery));
            Assert.All(Server.Pages.Where(p => p.Outlet == outlet.Id), p => Assert.True(rules.IsAllowed(p.Url.PathAndQuery)));
            Assert.False(RobotsRules.Parse(text, "GPTBot").IsAllowed(outlet.FeedUrl.PathAndQuery));
        }
    }

    [Fact]
    public async Task ArticleExtractor_EveryDemoPage_RecoversMetadataAndEveryBodyBlock()
    {
        var extractor = new ArticleExtractor();
        foreach (var page in Server.Pages)
        {
            var extracted = extractor.Extract(await Client.GetByteArrayAsync(page.Url, Cancel), page.Url, "utf-8");
            var article = page.Article;

            Assert.Equal(Normal(article.Title), Normal(extracted.Title));
            Assert.Equal(article.Author, extracted.Byline);
            Assert.Equal(article.Published, extracted.Published);
            Assert.Equal(page.Url.ToString(), extracted.CanonicalUrl);
            Assert.Equal(article.Section, extracted.Section);
            Assert.Equal(article.Kind == DemoArticleKind.Live, extracted.IsLiveBlog);
            Assert.True((article.Kind == DemoArticleKind.Live ? Model.PageKind.LiveBlog : Model.PageKind.Article) == extracted.Kind,
                $"{page.Url}: {extracted.Kind} ({extracted.KindReason})");
            Assert.Equal(article.Kind == DemoArticleKind.Paywalled, extracted.IsPaywalled);
            var got = extracted.Blocks.Select(b => Normal(b.Text)).ToHashSet(StringComparer.Ordinal);
            var expected = article.Kind == DemoArticleKind.Paywalled ? article.Blocks.Take(article.VisibleBlocks) : article.Blocks;
            foreach (var block in expected.Where(b => b.Kind is not DemoBlockKind.Figure))
            {
                Assert.True(got.Contains(Normal(block.Text)), $"{page.Url}: block on line {block.Line} of {article.SourceFile} is missing: {block.Text}");
            }
        }
    }

    [Fact]
    public async Task ArticleExtractor_EveryDemoPage_GivesTheBodyOnly()
    {
        var extractor = new ArticleExtractor();
        foreach (var page in Server.Pages)
        {
            var extracted = extractor.Extract(await Client.GetByteArrayAsync(page.Url, Cancel), page.Url, "utf-8");
            var article = page.Article;
            var visible = article.Kind == DemoArticleKind.Paywalled ? article.Blocks.Take(article.VisibleBlocks) : article.Blocks;
            var body = visible.Where(b => b.Kind is not DemoBlockKind.Figure).Select(b => Normal(b.Text)).Append(Normal(article.Lead)).ToHashSet(StringComparer.Ordinal);
            var captions = visible.Where(b => b.Kind is DemoBlockKind.Figure).Select(b => Normal(b.Text))
                .Concat(article.Image is { } image ? [Normal(image.Caption)] : []).ToHashSet(StringComparer.Ordinal);

            // The chapo is the lead; comments, labels, read-also links, credits and widgets are not blocks.
            Assert.Equal(Normal(article.Lead), Normal(extracted.Lead ?? ""));
            foreach (var block in extracted.Blocks)
            {
                var expected = block.Type == BlockType.Caption ? captions : body;
                Assert.True(expected.Contains(Normal(block.Text)), $"{page.Url}: unexpected {block.Type} block: {block.Text}");
            }
            Assert.All(captions, c => Assert.DoesNotContain(c, Normal(extracted.Text), StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task SimHash_SyndicatedCopies_AreNearDuplicatesAndTheSharedStoryIsNot()
    {
        var extractor = new ArticleExtractor();
        async Task<ulong> FingerprintAsync(DemoPage page)
        {
            var extracted = extractor.Extract(await Client.GetByteArrayAsync(page.Url, Cancel), page.Url, "utf-8");
            // The body without the lead, as the page shows it; comments leaking in would only widen the distance.
            return SimHash.Compute(string.Join("\n\n", extracted.Blocks.Where(b => b.Type is BlockType.Paragraph or BlockType.Heading2 or BlockType.Quote).Select(b => b.Text)));
        }

        var copies = Server.Pages.Where(p => p.IsSyndicated).ToList();
        var storm = Server.Pages.Where(p => p.Article.Story == "tempete-ombeline").ToList();
        var copyDistance = SimHash.Distance(await FingerprintAsync(copies[0]), await FingerprintAsync(copies[1]));
        var stormDistance = SimHash.Distance(await FingerprintAsync(storm[0]), await FingerprintAsync(storm[1]));

        Assert.True(copyDistance <= SimHash.RecommendedMaxDistance, $"syndicated copies are {copyDistance} bits apart");
        Assert.True(stormDistance > SimHash.RecommendedMaxDistance, $"the two storm articles are only {stormDistance} bits apart");
    }

    private static string Normal(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"[\s\u00A0\u202F]+")]
    private static partial Regex Spaces();
}
