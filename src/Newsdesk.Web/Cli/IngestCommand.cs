using System.CommandLine;
using Newsdesk.Processing;
using Newsdesk.Storage;

namespace Newsdesk.Web.Cli;

/// <summary>newsdesk ingest: one pass over the due sources, through fetch, extraction and storage.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var source = new Option<string?>("--source") { Description = "Fetch only this source (id or URL), due or not." };
        var concurrency = new Option<int?>("--concurrency") { Description = "Jobs run at once (default 4)." };
        var timings = new Option<bool>("--timings") { Description = "Print the time spent on each pipeline step at the end." };
        var command = new Command("ingest", "Fetch every due source once and extract and store its new articles (one pass, then exit).") { source, concurrency, timings };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var overrides = new Dictionary<string, string?>();
            if (parseResult.GetValue(concurrency) is { } c)
            {
                overrides["Worker:Concurrency"] = Math.Max(1, c).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            await using var services = await CliHost.StartAsync(parseResult, cancellationToken, overrides);
            var store = services.GetRequiredService<INewsStore>();
            var scheduler = services.GetRequiredService<SourceScheduler>();
            int enqueued;
            if (parseResult.GetValue(source) is { } only)
            {
                var s = await SourcesCommand.FindAsync(store, only, cancellationToken);
                if (s is null)
                {
                    return CliHost.Error($"no source '{only}'. See: newsdesk sources list");
                }
                enqueued = await scheduler.EnqueueNowAsync(s.Id, cancellationToken);
            }
            else
            {
                enqueued = await scheduler.EnqueueDueAsync(cancellationToken);
            }
            var before = await store.CountArticlesAsync(cancellationToken);
            var started = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var worker = services.GetRequiredService<JobWorker>();
            var summary = await ProgressDisplay.RunAsync("ingest", () => worker.RunAsync(drain: true, cancellationToken),
                () => WorkCommand.Sample(worker, store));
            var after = await store.CountArticlesAsync(cancellationToken);

            Console.WriteLine($"Fetched {summary.ByKind.GetValueOrDefault(PipelineRoutes.FetchSource.Kind)} source document(s) of {enqueued} due source(s), " +
                $"{summary.ByKind.GetValueOrDefault(PipelineRoutes.FetchPage.Kind)} page(s); {after - before} new article(s), {after} in all.");
            foreach (var s in (await store.ListSourcesAsync(cancellationToken)).Where(s => s.Fetch.LastError is not null))
            {
                Console.WriteLine($"source {s.Id} ({s.Url}): {s.Fetch.LastStatus}: {s.Fetch.LastError}");
            }
            var failures = (await store.ListFailedJobsAsync(50, cancellationToken)).Where(f => f.UpdatedAt >= started);
            foreach (var f in failures)
            {
                Console.WriteLine($"failed {f.Kind}: {f.Error}");
            }
            if (parseResult.GetValue(timings))
            {
                ProgressDisplay.PrintTimings(summary);
            }
            var counts = await store.CountJobsAsync(cancellationToken);
            if (counts.Pending > 0)
            {
                Console.WriteLine($"{counts.Pending} job(s) wait for later (retries, politeness delays); the next ingest or `newsdesk work` runs them.");
            }
            return 0;
        });
        return command;
    }
}
