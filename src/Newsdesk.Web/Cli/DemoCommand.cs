using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Newsdesk.Demo;
using Newsdesk.Model;
using Newsdesk.Processing;
using Newsdesk.Storage;
using Newsdesk.Translation;
using Newsdesk.Web.Composition;
using Newsdesk.Web.Editors;
using Newsdesk.Web.Site;

namespace Newsdesk.Web.Cli;

/// <summary>
/// newsdesk demo: the whole desk on a fresh machine. Serves two demo outlets locally, follows them, extracts,
/// translates with the best installed engine, checks, publishes, and serves the site.
/// </summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var sourcesPort = new Option<int>("--sources-port") { Description = "Port of the local demo outlets (0: any free port).", DefaultValueFactory = _ => 5081 };
        var noServe = new Option<bool>("--no-serve") { Description = "Stop after the pipeline has run (do not serve the site)." };
        var timings = new Option<bool>("--timings") { Description = "Print the time spent on each pipeline step." };
        var command = new Command("demo", "Run a demo desk: two local French outlets ingested, translated, checked and published on http://127.0.0.1:5080.")
        {
            ServeCommand.Urls, sourcesPort, noServe, timings,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, parseResult.GetValue(sourcesPort), parseResult.GetValue(noServe),
            parseResult.GetValue(timings), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, int port, bool noServe, bool timings, CancellationToken cancellationToken)
    {
        var log = Console.Error;
        var note = await DemoPrerequisites.EnsureAsync(log, cancellationToken);
        if (note is not null)
        {
            await log.WriteLineAsync($"newsdesk demo: {note}");
        }

        await using var outlets = await DemoSourcesServer.StartAsync(new DemoSourcesOptions { Port = port, Clock = TimeProvider.System }, cancellationToken);
        var urls = parseResult.GetValue(ServeCommand.Urls) ?? SiteHost.DefaultUrls;
        var overrides = new Dictionary<string, string?>
        {
            // The demo outlets are on this machine's loopback addresses; real sources never are.
            ["Fetch:AllowedPrivateAddresses"] = string.Join(',', outlets.AllowedAddresses),
            ["Fetch:MinDelayPerHost"] = "0",
            ["Site:PublicUrl"] = urls.Split(';')[0],
        };
        var configured = CliHost.Configuration(parseResult);
        if (configured["Site:PublicUrl"] is { } publicUrl)
        {
            overrides["Site:PublicUrl"] = publicUrl;
        }

        // Which editions: the configured ones, else every language an installed engine makes from French.
        List<LanguageTag> targets;
        await using (var probe = await CliHost.StartAsync(parseResult, cancellationToken, overrides))
        {
            targets = DeskSettings.Desk(configured).TargetLanguages.ToList();
            if (targets.Count == 0)
            {
                targets = await FromFrenchAsync(probe.GetRequiredService<TranslationEngineRegistry>(), cancellationToken);
            }
        }
        for (var i = 0; i < targets.Count; i++)
        {
            overrides[$"Desk:TargetLanguages:{i}"] = targets[i].Value;
        }

        await using var services = await CliHost.StartAsync(parseResult, cancellationToken, overrides);
        var store = services.GetRequiredService<INewsStore>();
        var time = services.GetRequiredService<TimeProvider>();
        var scheduler = services.GetRequiredService<SourceScheduler>();
        foreach (var outlet in outlets.Outlets)
        {
            var source = await store.FindSourceByUrlAsync(outlet.FeedUrl.AbsoluteUri, cancellationToken)
                ?? await store.AddSourceAsync(new SourceDraft(outlet.FeedUrl.AbsoluteUri, SourceKind.Auto, outlet.Name, LanguageTag.Parse("fr"),
                    Licence.Full, PollInterval: TimeSpan.FromMinutes(5)), time.GetUtcNow(), cancellationToken);
            await scheduler.EnqueueNowAsync(source.Id, cancellationToken);
        }
        await log.WriteLineAsync(targets.Count == 0
            ? "newsdesk demo: no engine translates from French here; the site shows the originals only."
            : $"newsdesk demo: following {outlets.Outlets.Count} demo outlets; editions: fr (originals), {string.Join(", ", targets.Select(t => t.Value))}.");

        var worker = services.GetRequiredService<JobWorker>();
        var summary = await ProgressDisplay.RunAsync("demo desk", () => worker.RunAsync(drain: true, cancellationToken),
            () => WorkCommand.Sample(worker, store));
        var editor = await EnsureEditorAsync(services, cancellationToken);
        await PrintSummaryAsync(store, targets, summary, cancellationToken);
        if (timings)
        {
            ProgressDisplay.PrintTimings(summary);
        }

        if (noServe)
        {
            return 0;
        }
        var configuration = CliHost.Configuration(parseResult, overrides);
        using var host = SiteHost.CreateBuilder(configuration, urls, withWorkers: true, CliHost.LogLevelOf(parseResult)).Build();
        await host.StartAsync(cancellationToken);
        var site = urls.Split(';')[0].TrimEnd('/');
        // The site's own list: the originals' edition is named after the language the pages declare (fr-FR), not
        // the sources' "fr", and a target with nothing published yet has no edition. Originals first, then the targets.
        var editions = (await store.ListEditionsAsync(cancellationToken)).Select(e => e.Language).OrderBy(targets.IndexOf).ToList();
        Console.WriteLine();
        Console.WriteLine(editions.Count == 0
            ? $"The demo desk is on {site}/  (nothing is published yet)"
            : $"The demo desk is on {site}/  (editions: {string.Join(", ", editions.Select(e => site + SiteUrls.Front(e)))})");
        Console.WriteLine($"Review queue: {site}/editor/  {editor}");
        Console.WriteLine($"The demo outlets it follows: {string.Join(", ", outlets.Outlets.Select(o => o.HomeUrl.AbsoluteUri))}");
        Console.WriteLine("Ctrl+C stops.");
        try
        {
            await host.WaitForShutdownAsync(cancellationToken);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
        return 0;
    }

    private static async Task<List<LanguageTag>> FromFrenchAsync(TranslationEngineRegistry registry, CancellationToken cancellationToken)
    {
        var french = LanguageTag.Parse("fr");
        var targets = new List<LanguageTag>();
        foreach (var (_, pairs, _) in await registry.ListAsync(cancellationToken))
        {
            targets.AddRange(pairs.Where(p => p.Source.Language == french.Language).Select(p => LanguageTag.Parse(p.Target.Language)));
        }
        // German first when an LLM or DeepL is configured: the seed's situation is a French story in German.
        return targets.Distinct().OrderBy(t => t.Language == "de" ? 0 : 1).ThenBy(t => t.Value, StringComparer.Ordinal).ToList();
    }

    /// <summary>A demo editor account so the review queue can be tried; its password is kept in data/demo-editor.txt.</summary>
    private static async Task<string> EnsureEditorAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var editors = services.GetRequiredService<IEditorStore>();
        var file = Path.Combine("data", "demo-editor.txt");
        if (await editors.FindUserAsync("demo", cancellationToken) is not null)
        {
            return File.Exists(file) ? $"(sign in as 'demo', password in {file})" : "(sign in as 'demo')";
        }
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y');
        var accounts = new EditorAccounts(editors, new SiteOptions(), services.GetRequiredService<TimeProvider>());
        await accounts.CreateAsync("demo", password, EditorAccounts.AdminRole, cancellationToken);
        Directory.CreateDirectory("data");
        await File.WriteAllTextAsync(file, $"user: demo\npassword: {password}\n", cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return $"(sign in as 'demo' with password {password}; also in {file})";
    }

    private static async Task PrintSummaryAsync(INewsStore store, IReadOnlyList<LanguageTag> targets, WorkerProgress summary, CancellationToken cancellationToken)
    {
        var articles = await store.CountArticlesAsync(cancellationToken);
        Console.WriteLine($"Articles: {articles} stored ({summary.ByKind.GetValueOrDefault(PipelineRoutes.FetchPage.Kind)} pages fetched this run).");
        foreach (var target in targets)
        {
            var all = await store.ListTranslationsAsync(new TranslationQuery(target, Limit: 1000), cancellationToken);
            var by = all.GroupBy(t => t.Status).ToDictionary(g => g.Key, g => g.Count());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{target}: {by.GetValueOrDefault(TranslationStatus.Published)} published, {by.GetValueOrDefault(TranslationStatus.Held)} held for review, " +
                $"{by.GetValueOrDefault(TranslationStatus.Rejected)} rejected, {by.GetValueOrDefault(TranslationStatus.Failed)} failed; " +
                $"engine cost {all.Sum(t => t.CostCharacters)} characters, {all.Sum(t => t.CostTokens)} tokens."));
        }
        foreach (var f in await store.ListFailedJobsAsync(10, cancellationToken))
        {
            Console.WriteLine($"failed {f.Kind}: {f.Error}");
        }
    }
}
