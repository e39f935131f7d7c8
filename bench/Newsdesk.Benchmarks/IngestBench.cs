using System.Diagnostics;
using System.Globalization;
using System.Text;
using Newsdesk.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Benchmarks;

/// <summary>
/// Ingest end to end: a fixture server with F feeds of N items each (each feed on its own loopback host), ingested
/// and extracted by `newsdesk ingest` on SQLite and on PostgreSQL; checks every item is stored exactly once.
/// Baseline in the same run: downloading the same feeds and pages with a plain HTTP client and nothing else.
/// </summary>
internal static class IngestBench
{
    public static async Task<int> RunAsync(string[] argv)
    {
        var args = new BenchArgs(argv);
        var feeds = args.Int("feeds", 50);
        var items = args.Int("items", 200);
        var concurrency = args.Int("concurrency", 4);
        var processes = args.Int("processes", 1);
        // --store sqlite|postgres (or --dialects sqlite,postgres); --json prints one JSON line per store last, on stdout,
        // and writes the Markdown table only when --out is given.
        var dialects = args.Get("store", args.Get("dialects", "sqlite,postgres")).Split(',', StringSplitOptions.RemoveEmptyEntries);
        var json = argv.Contains("--json");
        var output = args.Get("out", json ? "" : "bench/results/ingest.md");
        var lines = new List<string>();
        var total = feeds * items;

        await using var server = await FixtureNewsServer.StartAsync(feeds, items, distinctHosts: true);
        Console.Error.WriteLine($"fixture server: {feeds} feeds x {items} items on 127.0.1.x");

        var baseline = await DownloadOnlyAsync(server, concurrency);
        Console.Error.WriteLine($"baseline (download only): {total} pages in {baseline.TotalSeconds:0.0} s");

        var rows = new List<string>();
        var env = FixtureDesk.LocalFetching();
        var ok = true;
        foreach (var dialect in dialects)
        {
            await using var db = await TestDatabase.CreateAsync(dialect, TimeProvider.System);
            await FixtureDesk.AddFeedsAsync(db.Store, server, feeds);
            // --processes N: N `newsdesk ingest` processes at once on the one database, sharing its queue (each enqueues
            // the due sources; the jobs' dedupe keys keep one of each). Wall time is the slowest's; CPU and memory add up.
            var started = Stopwatch.StartNew();
            var runs = await Task.WhenAll(Enumerable.Range(0, processes).Select(_ => ProcessRunner.NewsdeskAsync(env, "ingest", "--db",
                db.ConnectionString, "--concurrency", concurrency.ToString(CultureInfo.InvariantCulture))));
            var run = runs.Length == 1 ? runs[0] : new ProcessRunner.Run(runs.Max(r => r.ExitCode), started.Elapsed, runs.Sum(r => r.PeakRssKb),
                string.Concat(runs.Select(r => r.Stdout)), string.Concat(runs.Select(r => r.Stderr)), runs.Sum(r => r.CpuSeconds));
            var articles = await db.Store.ListArticlesAsync(total * 2, CancellationToken.None);
            var jobs = await db.Store.CountJobsAsync(CancellationToken.None);
            var distinct = articles.Select(a => a.CanonicalUrl).Distinct().Count();
            var once = run.ExitCode == 0 && articles.Count == total && distinct == total && articles.All(a => a.Revision == 1) && jobs.Failed == 0;
            ok &= once;
            var rate = total / run.Wall.TotalSeconds;
            Console.Error.WriteLine($"{dialect}: {articles.Count} articles ({distinct} distinct) in {run.Wall.TotalSeconds:0.0} s = {rate:0} items/s, failed jobs {jobs.Failed}, peak RSS {run.PeakRssKb / 1024} MiB, CPU {run.CpuSeconds:0.0} s ({run.CpuSeconds / run.Wall.TotalSeconds / Environment.ProcessorCount:P0} of {Environment.ProcessorCount} cores)");
            if (run.ExitCode != 0)
            {
                Console.Error.WriteLine(run.Stderr);
            }
            lines.Add(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["store"] = dialect,
                ["processes"] = processes,
                ["items"] = total,
                ["items_per_s"] = Math.Round(rate, 1),
                ["download_items_per_s"] = Math.Round(total / baseline.TotalSeconds, 1),
                ["ratio"] = Math.Round(baseline.TotalSeconds / run.Wall.TotalSeconds, 3),
                ["each_once"] = once,
                ["peak_rss_mib"] = run.PeakRssKb / 1024,
                ["cpu_s"] = Math.Round(run.CpuSeconds, 1),
            }));
            rows.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {dialect} | {total} | {articles.Count} | {distinct} | {(once ? "yes" : "NO")} | {run.Wall.TotalSeconds:0.0} | {rate:0} | {baseline.TotalSeconds / run.Wall.TotalSeconds:0.00} | {run.PeakRssKb / 1024} |"));
        }

        var md = new StringBuilder()
            .AppendLine("# Ingest end to end: feeds -> pages -> extraction -> storage")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"A local fixture server serves {feeds} feeds (RSS 2.0 and Atom alternating) of {items} items each, every feed on its own loopback address, ")
            .AppendLine("with generated French article pages wrapped in site chrome. `newsdesk ingest` (a separate process, Release build) fetches every feed,")
            .AppendLine(CultureInfo.InvariantCulture, $"fetches and extracts every page and stores the articles, with {concurrency} jobs at once. Per-host politeness delay is 0 for these local hosts (default 1 s).")
            .AppendLine(CultureInfo.InvariantCulture, $"Baseline in the same run: downloading the same {feeds} feeds and {total} pages with a plain HTTP client, {concurrency} at once, and nothing else: {baseline.TotalSeconds:0.0} s ({total / baseline.TotalSeconds:0} pages/s).")
            .AppendLine()
            .AppendLine("Reproduce (PostgreSQL via NEWSDESK_TEST_POSTGRES, as scripts/test sets it):")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"    dotnet run -c Release --project bench/Newsdesk.Benchmarks -- ingest --feeds {feeds} --items {items}")
            .AppendLine()
            .AppendLine("| store | items | articles stored | distinct URLs | each once | wall s | items/s | speed vs download-only | peak RSS MiB |")
            .AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            md.AppendLine(row);
        }
        md.AppendLine().AppendLine(CultureInfo.InvariantCulture,
            $"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}; the fixture server runs in the bench process on the same cores.");
        if (output.Length > 0)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            await File.WriteAllTextAsync(output, md.ToString());
            Console.Error.WriteLine($"wrote {output}");
        }
        if (json)
        {
            foreach (var line in lines)
            {
                Console.WriteLine(line);
            }
        }
        return ok ? 0 : 1;
    }

    private static async Task<TimeSpan> DownloadOnlyAsync(FixtureNewsServer server, int concurrency)
    {
        using var client = new HttpClient(new SocketsHttpHandler());
        var urls = Enumerable.Range(0, server.Outlets).SelectMany(o =>
            new[] { server.FeedUrl(o) }.Concat(Enumerable.Range(0, server.ItemsPerOutlet).Select(i => server.ArticleUrl(o, i)))).ToList();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(urls, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (url, ct) =>
        {
            var body = await client.GetByteArrayAsync(url, ct);
            if (body.Length == 0)
            {
                throw new InvalidOperationException($"empty answer from {url}");
            }
        });
        return clock.Elapsed;
    }
}
