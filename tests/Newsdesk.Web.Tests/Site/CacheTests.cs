using System.Net;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Model;
using Newsdesk.Publishing;
using Newsdesk.Storage;
using Newsdesk.Testing;
using Newsdesk.Web.Tests.Support;

namespace Newsdesk.Web.Tests.Site;

/// <summary>Counts calls to the site store, to show which requests reach the database.</summary>
public class CountingSiteStore : DispatchProxy
{
    private ISiteStore _inner = default!;
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public static ISiteStore Wrap(ISiteStore inner, out CountingSiteStore counter)
    {
        var proxy = Create<ISiteStore, CountingSiteStore>();
        counter = (CountingSiteStore)(object)proxy;
        counter._inner = inner;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        // The version watcher polls on its own schedule; it is not a page request.
        if (targetMethod!.Name != nameof(ISiteStore.GetSiteVersionAsync))
        {
            Interlocked.Increment(ref _calls);
        }
        return targetMethod.Invoke(_inner, args);
    }
}

/// <summary>Front page, article pages and feeds come from the output cache after the first request; publishing evicts them.</summary>
public sealed class CacheTests : IAsyncLifetime
{
    private SiteFactory _factory = default!;
    private CountingSiteStore _counter = default!;
    private DeskSeed _seed = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _factory = new SiteFactory(await TestDatabase.CreateSqliteAsync(TimeProvider.System), services: services =>
            services.AddSingleton(sp => CountingSiteStore.Wrap((ISiteStore)sp.GetRequiredService<INewsStore>(), out _counter)));
        _seed = await _factory.SeedAsync("desk.json");
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _factory.Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Theory]
    [InlineData("/es/")]
    [InlineData("/es/feed.rss")]
    [InlineData("/de/feed.atom")]
    [InlineData("/es/topics/estados-unidos")]
    [InlineData("/sitemap.xml")]
    public async Task SecondRequest_ComesFromCache_WithoutStoreCalls(string path)
    {
        var client = _factory.Browser();
        var first = await client.GetAsync(path, Ct);
        var callsAfterFirst = _counter.Calls;

        var second = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(callsAfterFirst, _counter.Calls);
        Assert.False(first.Headers.Contains("Age"));
        Assert.True(second.Headers.Contains("Age")); // the output cache's mark on a cached response
        Assert.Equal(await first.Content.ReadAsStringAsync(Ct), await second.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Publish_EvictsCachedFrontPage()
    {
        var client = _factory.Browser();
        var before = await client.GetStringAsync("/es/", Ct);
        var store = _factory.Get<INewsStore>();
        var article = _seed.Articles["datacenters"];
        var id = await store.SaveTranslationAsync(new TranslationDraft(article.Id, 1, LanguageTag.Parse("fr"), LanguageTag.Parse("es"), "deepl",
            new ExtractedArticle { Title = "Titular nuevo tras la publicación", Blocks = [new ArticleBlock(BlockType.Paragraph, "Texto.")] }),
            TimeProvider.System.GetUtcNow(), Ct);
        await store.RecordCheckAsync(id, new TranslationCheck(TranslationStatus.Published, "publish", "[]", "[]", null), TimeProvider.System.GetUtcNow(), Ct);

        await _factory.Get<IPublisher>().PublishTranslationAsync(id, Ct);
        var after = await client.GetStringAsync("/es/", Ct);

        Assert.DoesNotContain("Titular nuevo tras la publicación", before, StringComparison.Ordinal);
        Assert.Contains("Titular nuevo tras la publicación", after, StringComparison.Ordinal);
    }
}
