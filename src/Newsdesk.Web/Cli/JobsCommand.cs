using System.CommandLine;
using System.Globalization;
using Newsdesk.Model;
using Newsdesk.Processing;
using Newsdesk.Storage;

namespace Newsdesk.Web.Cli;

/// <summary>newsdesk jobs status|probe: look into the durable job queue.</summary>
public static class JobsCommand
{
    public static Command Create()
    {
        var command = new Command("jobs", "Inspect the job queue.");
        command.Subcommands.Add(Status());
        command.Subcommands.Add(Probe());
        return command;
    }

    private static Command Status()
    {
        var failures = new Option<int>("--failures") { Description = "How many recent failures to list.", DefaultValueFactory = _ => 10 };
        var command = new Command("status", "Jobs per state, pages per kind (only articles are translated), and the most recent failures with their errors.") { failures };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await CliHost.StartAsync(parseResult, cancellationToken);
            var store = services.GetRequiredService<INewsStore>();
            var counts = await store.CountJobsAsync(cancellationToken);
            Console.WriteLine($"pending {counts.Pending}, running {counts.Running}, done {counts.Done}, failed {counts.Failed}");
            var probes = await store.CountProbeRunsAsync(cancellationToken);
            if (probes.Runs > 0)
            {
                Console.WriteLine($"probe runs {probes.Runs} over {probes.DistinctJobs} distinct jobs");
            }
            await WritePageKindsAsync(store, cancellationToken);
            foreach (var f in await store.ListFailedJobsAsync(parseResult.GetValue(failures), cancellationToken))
            {
                Console.WriteLine($"failed #{f.Id} {f.Kind} after {f.Attempts} attempt(s) at {f.UpdatedAt.ToString("u", CultureInfo.InvariantCulture)}: {f.Error}");
            }
            return 0;
        });
        return command;
    }

    /// <summary>Extracted pages per kind; each kind that is not translated with its most recent pages and the evidence.</summary>
    private static async Task WritePageKindsAsync(INewsStore store, CancellationToken cancellationToken)
    {
        var kinds = (await store.CountPageKindsAsync(cancellationToken)).GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.Sum(c => c.Pages));
        if (kinds.Count == 0)
        {
            return;
        }
        var refused = kinds.Where(k => !k.Key.IsTranslated()).Sum(k => k.Value);
        Console.WriteLine($"pages {string.Join(", ", PageKindNames.All.Where(kinds.ContainsKey).Select(k => $"{k.ToName()} {kinds[k]}"))}; not translated {refused}");
        foreach (var kind in PageKindNames.All.Where(k => !k.IsTranslated() && kinds.ContainsKey(k)))
        {
            foreach (var page in await store.ListPagesOfKindAsync(kind, 3, cancellationToken))
            {
                Console.WriteLine($"  {kind.ToName()} {page.Url}: {page.Reason}");
            }
        }
    }

    private static Command Probe()
    {
        var count = new Option<int>("--count") { Description = "How many probe jobs to enqueue.", DefaultValueFactory = _ => 100 };
        var workMs = new Option<int>("--work-ms") { Description = "Simulated work per job, in milliseconds.", DefaultValueFactory = _ => 0 };
        var command = new Command("probe", "Enqueue diagnostic jobs that only record that they ran (to check workers run each job once).") { count, workMs };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var n = parseResult.GetValue(count);
            if (n < 1)
            {
                return CliHost.Error("--count must be at least 1.");
            }
            await using var services = await CliHost.StartAsync(parseResult, cancellationToken);
            var store = services.GetRequiredService<INewsStore>();
            var workMilliseconds = parseResult.GetValue(workMs);
            var added = await store.EnqueueAsync(Enumerable.Range(0, n).Select(_ => PipelineRoutes.ProbeJob(workMilliseconds)).ToList(),
                services.GetRequiredService<TimeProvider>().GetUtcNow(), cancellationToken);
            Console.WriteLine($"Enqueued {added} probe jobs.");
            return 0;
        });
        return command;
    }
}
