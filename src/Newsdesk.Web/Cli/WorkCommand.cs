using System.CommandLine;
using Newsdesk.Processing;
using Newsdesk.Storage;

namespace Newsdesk.Web.Cli;

/// <summary>newsdesk work: runs pipeline jobs from the shared queue (as many processes as you like).</summary>
public static class WorkCommand
{
    public static Command Create()
    {
        var drain = new Option<bool>("--drain") { Description = "Exit when no job is runnable now and none is in flight." };
        var concurrency = new Option<int?>("--concurrency") { Description = "Jobs run at once in this process (default 4, or Worker:Concurrency)." };
        var lease = new Option<int?>("--lease-seconds") { Description = "Lease length, renewed while a job runs; a killed worker's jobs run again after it (default 30, or Worker:Lease)." };
        var name = new Option<string?>("--name") { Description = "Worker name in leases and logs (default host:pid)." };
        var command = new Command("work", "Run pipeline jobs (fetch, extract, translate, check, publish) until stopped.") { drain, concurrency, lease, name };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var overrides = new Dictionary<string, string?>();
            if (parseResult.GetValue(concurrency) is { } c)
            {
                if (c < 1)
                {
                    return CliHost.Error("--concurrency must be at least 1.");
                }
                overrides["Worker:Concurrency"] = c.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            if (parseResult.GetValue(lease) is { } l)
            {
                if (l < 2)
                {
                    return CliHost.Error("--lease-seconds must be at least 2.");
                }
                overrides["Worker:Lease"] = TimeSpan.FromSeconds(l).ToString("c");
            }
            if (parseResult.GetValue(name) is { } n)
            {
                overrides["Worker:Name"] = n;
            }
            await using var services = await CliHost.StartAsync(parseResult, cancellationToken, overrides,
                CliHost.LogLevelOf(parseResult));
            var worker = services.GetRequiredService<JobWorker>();
            var store = services.GetRequiredService<INewsStore>();
            var isDrain = parseResult.GetValue(drain);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var scheduling = isDrain ? Task.CompletedTask : services.GetRequiredService<SourceScheduler>().RunAsync(TimeSpan.FromSeconds(15), stop.Token);
            var summary = await ProgressDisplay.RunAsync($"worker {worker.Name}", () => worker.RunAsync(isDrain, cancellationToken),
                () => Sample(worker, store));
            await stop.CancelAsync();
            await scheduling;
            return summary.Failed > 0 && isDrain ? 1 : 0;
        });
        return command;
    }

    /// <summary>Progress for the display; not cancelled by a stop request, so that progress shows while the worker stops.</summary>
    internal static async Task<ProgressSnapshot> Sample(JobWorker worker, INewsStore store)
    {
        var mine = worker.Snapshot();
        var counts = await store.CountJobsAsync(CancellationToken.None);
        return new ProgressSnapshot(mine.Done, mine.Done + counts.Open, mine.Failed + mine.Retried, mine.LastError);
    }
}
