using Microsoft.Extensions.Logging;
using Newsdesk.Model;
using Newsdesk.Storage;

namespace Newsdesk.Processing;

/// <summary>Turns due sources into source.fetch jobs (once per due time, however many processes ask).</summary>
public sealed class SourceScheduler(ISourceStore sources, IJobStore jobs, TimeProvider time, ILogger<SourceScheduler> logger)
{
    /// <summary>Enqueues due sources every <paramref name="every"/> until cancelled; every worker process may run this (jobs are deduplicated).</summary>
    public async Task RunAsync(TimeSpan every, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await EnqueueDueAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Scheduling due sources failed; trying again in {Every}", every);
            }
            try
            {
                await Task.Delay(every, time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Enqueues a fetch of every unpaused source whose next fetch time has come; returns how many were enqueued.</summary>
    public async Task<int> EnqueueDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await sources.ListDueSourcesAsync(now, cancellationToken);
        var drafts = due.Select(s => PipelineRoutes.FetchSourceJob(s.Id, $"{s.Fetch.NextFetchAt?.ToUnixTimeMilliseconds()}")).ToList();
        return await jobs.EnqueueAsync(drafts, now, cancellationToken);
    }

    /// <summary>Enqueues a fetch of one source now, due or not.</summary>
    public async Task<int> EnqueueNowAsync(SourceId source, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await jobs.EnqueueAsync([PipelineRoutes.FetchSourceJob(source, $"now-{now.ToUnixTimeMilliseconds()}")], now, cancellationToken);
    }
}
