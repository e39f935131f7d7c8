using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Newsdesk.Extraction;
using Newsdesk.Ingest;
using Newsdesk.Model;
using Newsdesk.Processing;
using Newsdesk.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Benchmarks;

/// <summary>
/// Where an ingested item's time goes, in one process: the fixture pages downloaded once into memory, then each part of
/// the per-item work timed on its own over all of them: extraction, the article store's calls (page saved, read back,
/// kind recorded, article looked up and saved) and the job queue's (two jobs per item: lease and complete with a
/// follow-up). Times are CPU-bound wall times on an otherwise idle process, one call at a time.
/// </summary>
internal static class IngestPartsBench
{
    public static async Task<int> RunAsync(string[] argv)
    {
        var args = new BenchArgs(argv);
        var feeds = args.Int("feeds", 20);
        var items = args.Int("items", 100);
        var dialect = args.Get("store", "sqlite");
        var ct = CancellationToken.None;
        var time = TimeProvider.System;

        await using var server = await FixtureNewsServer.StartAsync(feeds, items, distinctHosts: true);
        using var client = new HttpClient(new SocketsHttpHandler());
        var pages = new List<(Uri Url, byte[] Body)>();
        foreach (var o in Enumerable.Range(0, feeds))
        {
            foreach (var i in Enumerable.Range(0, items))
            {
                var url = server.ArticleUrl(o, i);
                pages.Add((url, await client.GetByteArrayAsync(url, ct)));
            }
        }
        var n = pages.Count;

        // The desk's fetcher over the same pages, one at a time (robots.txt once per host, SSRF checks, size caps, decoding).
        using var fetcher = new Newsdesk.Fetching.PoliteFetcher(new Newsdesk.Fetching.FetchOptions
        {
            AllowedPrivateAddresses = ["127.0.0.0/8"], MinDelayPerHost = TimeSpan.Zero, ContactUrl = "https://newsdesk.invalid/bench",
        }, time);
        await fetcher.FetchAsync(new Newsdesk.Fetching.FetchRequest(pages[0].Url, Accept: Newsdesk.Fetching.FetchRequest.PageAccept), ct);
        var fetchClock = Stopwatch.StartNew();
        foreach (var (url, _) in pages)
        {
            var result = await fetcher.FetchAsync(new Newsdesk.Fetching.FetchRequest(url, Accept: Newsdesk.Fetching.FetchRequest.PageAccept), ct);
            if (!result.IsOk)
            {
                throw new InvalidOperationException($"{url}: {result.Outcome}");
            }
        }
        var fetch = fetchClock.Elapsed;
        fetchClock.Restart();
        foreach (var (url, _) in pages)
        {
            await client.GetByteArrayAsync(url, ct);
        }
        var download = fetchClock.Elapsed;
        var extractor = new ArticleExtractor();
        // Warm up every part once, so that JIT compilation is not counted.
        extractor.Extract(pages[0].Body, pages[0].Url);

        // --profile-extraction K: extraction alone, K times over the pages (for a sampling profiler), then stop.
        if (args.Int("profile-extraction", 0) is var rounds and > 0)
        {
            var profile = Stopwatch.StartNew();
            for (var r = 0; r < rounds; r++)
            {
                foreach (var (url, body) in pages)
                {
                    extractor.Extract(body, url);
                }
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"extraction: {profile.Elapsed.TotalMilliseconds / rounds / n:0.000} ms per page"));
            return 0;
        }
        var clock = Stopwatch.StartNew();
        var articles = new List<ExtractedArticle>(n);
        foreach (var (url, body) in pages)
        {
            articles.Add(extractor.Extract(body, url));
        }
        var extract = clock.Elapsed;

        clock.Restart();
        var hashes = new List<(string Hash, long SimHash)>(n);
        foreach (var article in articles)
        {
            var text = article.Text;
            hashes.Add((Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(article.Title + "\n" + text))), (long)SimHash.Compute(text)));
        }
        var hashing = clock.Elapsed;

        await using var db = await TestDatabase.CreateAsync(dialect, time);
        var store = db.Store;
        var timers = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        async Task<T> Timed<T>(string part, Func<Task<T>> call)
        {
            var started = Stopwatch.GetTimestamp();
            var result = await call();
            timers[part] = timers.GetValueOrDefault(part) + Stopwatch.GetElapsedTime(started);
            return result;
        }
        for (var k = 0; k < n; k++)
        {
            var (url, body) = pages[k];
            var now = time.GetUtcNow();
            var pageId = await Timed("page saved", () => store.SavePageAsync(new FetchedPage
            {
                Url = url.AbsoluteUri, FinalUrl = url.AbsoluteUri, FetchedAt = now, StatusCode = 200, ContentType = "text/html", Body = body,
            }, ct));
            var page = await Timed("page read back", () => store.GetPageAsync(pageId, ct));
            await Timed("page kind recorded", async () => { await store.RecordPageKindAsync(pageId, articles[k].Kind, articles[k].KindReason, ct); return 0; });
            var canonical = url.AbsoluteUri;
            await Timed("article looked up", () => store.FindArticleByUrlAsync(canonical, ct));
            await Timed("article saved", () => store.SaveArticleAsync(new ArticleDraft(canonical, page!.Url, null,
                articles[k] with { CanonicalUrl = canonical }, hashes[k].Hash, hashes[k].SimHash, null), now, ct));
        }

        // The queue: one job per item enqueued, then leased four at a time and completed, each with one follow-up (as
        // page.fetch leads to page.extract), and the follow-ups leased and completed without one.
        var drafts = Enumerable.Range(0, n).Select(i => PipelineRoutes.FetchPageJob(null, new FeedItemDraft(pages[i].Url.AbsoluteUri, pages[i].Url.AbsoluteUri, null, null))).ToList();
        await Timed("jobs enqueued", () => store.EnqueueAsync(drafts, time.GetUtcNow(), ct));
        var followUp = 0;
        while (true)
        {
            var leased = await Timed("jobs leased", () => store.LeaseJobsAsync("bench", 4, TimeSpan.FromMinutes(5), time.GetUtcNow(), ct));
            if (leased.Count == 0)
            {
                break;
            }
            foreach (var job in leased)
            {
                IReadOnlyList<JobDraft> next = job.Kind == PipelineRoutes.FetchPage.Kind ? [PipelineRoutes.ExtractPageJob(new PageId(++followUp))] : [];
                await Timed("jobs completed", () => store.CompleteJobAsync(job, next, time.GetUtcNow(), ct));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| part | ms per item ({n} items, {dialect}) |"));
        Console.WriteLine("| --- | ---: |");
        void Row(string part, TimeSpan total) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {part} | {total.TotalMilliseconds / n:0.000} |"));
        Row("page fetched by the desk's fetcher (wall, one at a time)", fetch);
        Row("the same page downloaded by a plain HttpClient (wall, one at a time)", download);
        Row("extraction", extract);
        Row("content and near-duplicate hashes", hashing);
        foreach (var (part, total) in timers)
        {
            Row(part, total);
        }
        Row("all but the plain download", fetch + extract + hashing + timers.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b));
        return 0;
    }
}
