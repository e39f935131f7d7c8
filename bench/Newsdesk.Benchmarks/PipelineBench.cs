using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Newsdesk.Model;
using Newsdesk.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Benchmarks;

/// <summary>
/// Issue 22, end to end: F feeds x N French articles on a loopback fixture server, through `newsdesk ingest --timings`
/// on SQLite with one target language at a time (fetch, extract, translate, check, publish, section labels), the
/// real executable and the installed engine (resident Apertium). Articles per second of wall time and per CPU second
/// (one core busy for one second; the Apertium programs' CPU is in it, as the desk's child processes), and each step's
/// share of the job time. Prints one JSON line per language last.
/// </summary>
internal static partial class PipelineBench
{
    public static async Task<int> RunAsync(string[] argv)
    {
        var args = new BenchArgs(argv);
        var feeds = args.Int("feeds", 4);
        var items = args.Int("items", 50);
        var concurrency = args.Int("concurrency", 4);
        var languages = args.Get("languages", "es,ca").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var total = feeds * items;

        await using var server = await FixtureNewsServer.StartAsync(feeds, items, distinctHosts: true);
        Console.Error.WriteLine($"fixture server: {feeds} feeds x {items} French articles on 127.0.1.x; {Environment.ProcessorCount} cores");
        var lines = new List<string>();
        var ok = true;
        foreach (var language in languages)
        {
            await using var db = await TestDatabase.CreateAsync("sqlite", TimeProvider.System);
            await FixtureDesk.AddFeedsAsync(db.Store, server, feeds, Licence.Full);
            var env = FixtureDesk.LocalFetching();
            env["NEWSDESK_DESK__TARGETLANGUAGES__0"] = language;
            // --requests-per-pipeline N: how full a resident Apertium pipeline gets before a second one starts.
            if (args.Get("requests-per-pipeline", "") is { Length: > 0 } perPipeline)
            {
                env["NEWSDESK_APERTIUM__REQUESTSPERPIPELINE"] = perPipeline;
            }
            var run = await ProcessRunner.NewsdeskAsync(env, "ingest", "--db", db.ConnectionString,
                "--concurrency", concurrency.ToString(CultureInfo.InvariantCulture), "--timings");
            if (run.ExitCode != 0)
            {
                Console.Error.WriteLine(run.Stderr);
                ok = false;
                continue;
            }
            var steps = StepLine().Matches(run.Stdout).ToDictionary(m => m.Groups["kind"].Value,
                m => (Jobs: int.Parse(m.Groups["jobs"].Value, CultureInfo.InvariantCulture),
                    Seconds: double.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture),
                    Share: double.Parse(m.Groups["share"].Value, CultureInfo.InvariantCulture)));
            var tag = LanguageTag.Parse(language);
            var published = (await db.Store.ListTranslationsAsync(new TranslationQuery(tag, TranslationStatus.Published, total * 2), CancellationToken.None)).Count;
            var held = (await db.Store.ListTranslationsAsync(new TranslationQuery(tag, TranslationStatus.Held, total * 2), CancellationToken.None)).Count;
            var articles = await db.Store.CountArticlesAsync(CancellationToken.None);
            var complete = articles == total && published + held == total;
            ok &= complete;
            var wall = run.Wall.TotalSeconds;
            Console.Error.WriteLine($"fr->{language}: {articles} articles, {published} published, {held} held in {wall:0.0} s wall, {run.CpuSeconds:0.0} s CPU, peak RSS {run.PeakRssKb / 1024} MiB");
            foreach (var (kind, step) in steps)
            {
                Console.Error.WriteLine($"  {kind,-20} {step.Jobs,5} jobs {step.Seconds,8:0.00} s {step.Share,5:0.0} % {step.Seconds * 1000 / Math.Max(1, step.Jobs),8:0.0} ms each");
            }
            lines.Add(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["store"] = "sqlite",
                ["concurrency"] = concurrency,
                ["pair"] = $"fr-{language}",
                ["articles"] = articles,
                ["published"] = published,
                ["held"] = held,
                ["complete"] = complete,
                ["wall_s"] = Math.Round(wall, 2),
                ["cpu_s"] = Math.Round(run.CpuSeconds, 2),
                ["articles_per_s"] = Math.Round(articles / wall, 2),
                ["articles_per_cpu_s"] = run.CpuSeconds > 0 ? Math.Round(articles / run.CpuSeconds, 2) : 0,
                ["peak_rss_mib"] = run.PeakRssKb / 1024,
                ["step_share_pct"] = steps.ToDictionary(s => s.Key, s => s.Value.Share),
                ["step_ms_per_job"] = steps.ToDictionary(s => s.Key, s => Math.Round(s.Value.Seconds * 1000 / Math.Max(1, s.Value.Jobs), 1)),
            }));
        }
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }
        return ok ? 0 : 1;
    }

    [GeneratedRegex(@"^step (?<kind>\S+) (?<jobs>\d+) jobs (?<s>[\d.]+) s (?<share>[\d.]+) % ", RegexOptions.Multiline)]
    private static partial Regex StepLine();
}
