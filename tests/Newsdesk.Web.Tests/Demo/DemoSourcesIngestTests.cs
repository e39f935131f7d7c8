using Newsdesk.Demo;
using Newsdesk.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Web.Tests.Demo;

/// <summary>`newsdesk ingest` (a separate process, as the demo will run it) over the demo sources and a real SQLite file:
/// every page but the live blog becomes one article (the live blog is counted as a page of its kind, not translated),
/// and the syndicated dispatch lands in one cluster.</summary>
public sealed class DemoSourcesIngestTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ingest_DemoFeeds_StoresEveryPageOnceAndClustersTheSyndicatedCopies()
    {
        await using var sources = await DemoSourcesServer.StartAsync(new DemoSourcesOptions { Clock = TimeProvider.System }, Cancel);
        await using var db = await TestDatabase.CreateSqliteAsync(TimeProvider.System);
        var now = TimeProvider.System.GetUtcNow();
        foreach (var outlet in sources.Outlets)
        {
            await db.Store.AddSourceAsync(new SourceDraft(outlet.FeedUrl.AbsoluteUri), now, Cancel);
        }
        var environment = new Dictionary<string, string>
        {
            ["NEWSDESK_FETCH__ALLOWEDPRIVATEADDRESSES"] = string.Join(',', sources.AllowedAddresses),
            ["NEWSDESK_FETCH__MINDELAYPERHOST"] = "0",
        };

        var (code, stdout, stderr) = await NewsdeskProcess.RunAsync(Path.GetTempPath(), environment, TimeSpan.FromMinutes(3), "ingest", "--db", db.ConnectionString);

        Assert.True(code == 0, stdout + stderr);
        var articles = await db.Store.ListArticlesAsync(1000, Cancel);
        Assert.Equal(sources.Pages.Where(p => p.Article.Kind != DemoArticleKind.Live).Select(p => p.Url.AbsoluteUri).Order(),
            articles.Select(a => a.CanonicalUrl).Order());
        var live = Assert.Single(await db.Store.ListPagesOfKindAsync(Model.PageKind.LiveBlog, 10, Cancel));
        Assert.Equal(sources.Pages.Single(p => p.Article.Kind == DemoArticleKind.Live).Url.AbsoluteUri, live.Url);
        foreach (var article in articles)
        {
            var page = sources.Pages.Single(p => p.Url.AbsoluteUri == article.CanonicalUrl);
            Assert.Equal(page.Article.Author, article.Content.Byline);
            Assert.Equal(page.Article.Published, article.Content.Published);
        }
        var copies = articles.Where(a => sources.Pages.Single(p => p.Url.AbsoluteUri == a.CanonicalUrl).IsSyndicated).ToList();
        Assert.Equal(2, copies.Count);
        Assert.Equal(copies[0].ClusterId, copies[1].ClusterId);
        Assert.Equal(articles.Count - 1, articles.Select(a => a.ClusterId).Distinct().Count());
    }
}
