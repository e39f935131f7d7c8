using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Newsdesk.Model;
using Newsdesk.Storage;

namespace Newsdesk.Processing;

/// <summary>
/// Takes jobs from the store's queue and runs them through the pipeline: a few at a time, keeping their leases
/// alive while they run, completing them (with their follow-ups) or recording the failure with a backoff.
/// Any number of workers, in any number of processes, can share one queue.
/// </summary>
public sealed class JobWorker(IJobStore store, Pipeline pipeline, TimeProvider time, WorkerOptions options, ILogger<JobWorker> logger)
{
    private long _done;
    private long _retried;
    private long _failed;
    private string? _lastError;
    private readonly ConcurrentDictionary<string, long> _byKind = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<JobId, Job> _inFlight = new();

    public string Name => options.Name;

    public WorkerProgress Snapshot() =>
        new(Interlocked.Read(ref _done), Interlocked.Read(ref _retried), Interlocked.Read(ref _failed), _inFlight.Count, _lastError,
            new Dictionary<string, long>(_byKind, StringComparer.Ordinal));

    /// <summary>
    /// Runs jobs until cancelled, or with <paramref name="drain"/> until nothing is runnable now and nothing is in flight
    /// (jobs scheduled for later, such as retries, are left for the next run).
    /// </summary>
    public async Task<WorkerProgress> RunAsync(bool drain, CancellationToken cancellationToken)
    {
        var running = new List<Task>();
        var lastHeartbeat = time.GetUtcNow();
        while (!cancellationToken.IsCancellationRequested)
        {
            running.RemoveAll(t => t.IsCompleted);
            var now = time.GetUtcNow();
            if (now - lastHeartbeat >= options.Lease / 3)
            {
                await HeartbeatAsync(now, cancellationToken);
                lastHeartbeat = now;
            }

            var free = options.Concurrency - running.Count;
            IReadOnlyList<Job> leased = [];
            if (free > 0)
            {
                try
                {
                    leased = await store.LeaseJobsAsync(options.Name, free, options.Lease, now, cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    break;
                }
            }
            foreach (var job in leased)
            {
                _inFlight[job.Id] = job;
                running.Add(Task.Run(() => RunOneAsync(job, cancellationToken), CancellationToken.None));
            }

            if (running.Count == 0 && leased.Count == 0)
            {
                if (drain)
                {
                    break;
                }
                await DelayAsync(options.PollInterval, cancellationToken);
                continue;
            }
            if (leased.Count == 0 || running.Count >= options.Concurrency)
            {
                // Wake when a job finishes (a slot is free, follow-ups may exist) or for the next heartbeat/poll.
                await Task.WhenAny(Task.WhenAny(running), DelayAsync(options.PollInterval, cancellationToken));
            }
        }
        await Task.WhenAll(running);
        return Snapshot();
    }

    private async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    private async Task HeartbeatAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var job in _inFlight.Values)
        {
            try
            {
                if (!await store.ExtendLeaseAsync(job, now + options.Lease, cancellationToken))
                {
                    logger.LogWarning("Lost the lease on job {JobId} ({Kind}); another worker may run it", job.Id, job.Kind);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not extend the lease on job {JobId}", job.Id);
            }
        }
    }

    private async Task RunOneAsync(Job job, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        try
        {
            var step = pipeline.StepFor(job.Kind);
            StepOutcome outcome;
            if (step is null)
            {
                outcome = new StepOutcome.Fail($"This process has no pipeline step for job kind '{job.Kind}'. Known kinds: {string.Join(", ", pipeline.Kinds)}.");
            }
            else
            {
                try
                {
                    outcome = await step.RunAsync(job, cancellationToken);
                    if (outcome is StepOutcome.Done { FollowUps: var followUps }
                        && followUps.FirstOrDefault(f => !step.Route.Next.Contains(f.Kind)) is { } stray)
                    {
                        // The route is the one place the pipeline's order is written; a step that leaves it is a bug.
                        outcome = new StepOutcome.Fail($"{step.GetType().Name} enqueued a '{stray.Kind}' job, which the route of '{job.Kind}' does not lead to.");
                    }
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // Shutting down: the lease expires and another run picks the job up.
                    return;
                }
                catch (Exception e)
                {
                    logger.LogError(e, "Job {JobId} ({Kind}) threw", job.Id, job.Kind);
                    outcome = new StepOutcome.Retry($"{e.GetType().Name}: {e.Message}");
                }
            }
            await RecordAsync(job, outcome);
            logger.LogDebug("Job {JobId} ({Kind}) took {Elapsed} ms", job.Id, job.Kind, (int)time.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception e)
        {
            // The store itself failed; the lease will expire and the job will run again.
            logger.LogError(e, "Could not record the outcome of job {JobId} ({Kind})", job.Id, job.Kind);
            Interlocked.Increment(ref _retried);
            _lastError = e.Message;
        }
        finally
        {
            _inFlight.TryRemove(job.Id, out _);
        }
    }

    private async Task RecordAsync(Job job, StepOutcome outcome)
    {
        var now = time.GetUtcNow();
        // Recording an outcome is not cancelled by shutdown: the work is done and must not be lost.
        switch (outcome)
        {
            case StepOutcome.Done done:
                if (await store.CompleteJobAsync(job, done.FollowUps, now, CancellationToken.None))
                {
                    Interlocked.Increment(ref _done);
                    _byKind.AddOrUpdate(job.Kind, 1, (_, n) => n + 1);
                }
                else
                {
                    logger.LogWarning("Job {JobId} ({Kind}) finished after its lease was lost; its result was discarded", job.Id, job.Kind);
                }
                break;
            case StepOutcome.Retry retry:
                var delay = retry.After ?? Backoff(job.Attempts);
                var final = job.Attempts >= job.MaxAttempts;
                await store.FailJobAsync(job, retry.Error, now + delay, now, CancellationToken.None);
                _lastError = $"{job.Kind}: {retry.Error}";
                if (final)
                {
                    Interlocked.Increment(ref _failed);
                    logger.LogWarning("Job {JobId} ({Kind}) failed for good after {Attempts} attempts: {Error}", job.Id, job.Kind, job.Attempts, retry.Error);
                }
                else
                {
                    Interlocked.Increment(ref _retried);
                    logger.LogInformation("Job {JobId} ({Kind}) will be retried in {Delay}: {Error}", job.Id, job.Kind, delay, retry.Error);
                }
                break;
            case StepOutcome.Later later:
                await store.RescheduleJobAsync(job, later.At, later.Reason, now, CancellationToken.None);
                break;
            case StepOutcome.Fail fail:
                await store.FailJobAsync(job, fail.Error, null, now, CancellationToken.None);
                Interlocked.Increment(ref _failed);
                _lastError = $"{job.Kind}: {fail.Error}";
                logger.LogWarning("Job {JobId} ({Kind}) failed: {Error}", job.Id, job.Kind, fail.Error);
                break;
        }
    }

    private TimeSpan Backoff(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(options.FirstBackoff.Ticks * factor, options.MaxBackoff.Ticks));
        return delay;
    }
}
