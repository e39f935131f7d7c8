using System.Reflection;
using System.Text;
using Newsdesk.Extraction;
using Newsdesk.Model;
using Newsdesk.Processing;
using Newsdesk.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Web.Tests.Processing;

/// <summary>
/// Two copies of one story extracted at the same time by two workers: each looks for the other before saving and
/// finds nothing. Whichever of them then sees the other joins the newer one to the older one's cluster, also when
/// the newer copy was committed first (PostgreSQL hands out ids at insert but makes rows visible at commit).
/// </summary>
public sealed class NearDuplicateClusterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Extract_NewerCopySavedByAnotherWorkerMeanwhile_JoinsTheOlderCopysCluster(string dialect)
    {
        await using var db = await TestDatabase.CreateAsync(dialect, TimeProvider.System);
        var now = TimeProvider.System.GetUtcNow();
        var pageA = await db.Store.SavePageAsync(Page("https://outlet-a.example/story.html", now), Ct);
        // Saving copy A stands in for the other worker: right after A's row is in, it saves copy B, which had looked
        // for near-duplicates before A existed and so starts a cluster of its own.
        var store = SaveHook.Wrap(db.Store, async (draft, inner) =>
        {
            var b = draft with { CanonicalUrl = "https://outlet-b.example/story.html", Url = "https://outlet-b.example/story.html", ClusterOf = null };
            await inner.SaveArticleAsync(b, now, Ct);
        });
        var options = new IngestOptions();
        var step = new ExtractPageStep(store, new ArticleExtractor(), new NearDuplicateIndex(store, TimeProvider.System, options), new DeskOptions(), TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ExtractPageStep>.Instance);

        var job = PipelineRoutes.ExtractPageJob(pageA);
        var outcome = await step.RunAsync(new Job(new JobId(1), job.Kind, job.Payload, 1, 5, "test", now.AddMinutes(5), null), Ct);

        Assert.IsNotType<StepOutcome.Fail>(outcome);
        var articles = (await db.Store.ListArticlesAsync(10, Ct)).OrderBy(a => a.Id.Value).ToList();
        Assert.Equal(2, articles.Count);
        Assert.Equal("https://outlet-b.example/story.html", articles[1].CanonicalUrl); // the newer copy, saved second
        Assert.All(articles, a => Assert.Equal(articles[0].Id, a.ClusterId));
    }

    private static FetchedPage Page(string url, DateTimeOffset now) => new()
    {
        Url = url,
        FinalUrl = url,
        FetchedAt = now,
        StatusCode = 200,
        ContentType = "text/html; charset=utf-8",
        Charset = "utf-8",
        Body = Encoding.UTF8.GetBytes(FixtureNewsServer.Page(0, 1)),
    };

    /// <summary>The real store, with an action run after each article it saves (a second worker's write, here).</summary>
    public class SaveHook : DispatchProxy
    {
        private IArticleStore _inner = null!;
        private Func<ArticleDraft, IArticleStore, Task> _after = null!;
        private bool _ran;

        public static IArticleStore Wrap(IArticleStore inner, Func<ArticleDraft, IArticleStore, Task> after)
        {
            var proxy = Create<IArticleStore, SaveHook>();
            var hook = (SaveHook)(object)proxy;
            hook._inner = inner;
            hook._after = after;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            var result = targetMethod!.Invoke(_inner, args);
            if (targetMethod.Name == nameof(IArticleStore.SaveArticleAsync) && !_ran)
            {
                _ran = true;
                return AfterAsync((Task<ArticleSaveOutcome>)result!, (ArticleDraft)args![0]!);
            }
            return result;
        }

        private async Task<ArticleSaveOutcome> AfterAsync(Task<ArticleSaveOutcome> save, ArticleDraft draft)
        {
            var outcome = await save;
            await _after(draft, _inner);
            return outcome;
        }
    }
}
