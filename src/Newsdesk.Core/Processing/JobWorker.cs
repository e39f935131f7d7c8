using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Newsdesk.Model;
using Newsdesk.Storage;

namespace Newsdesk.Processing;

/// <summary>
/// Takes jobs from the store's queue and runs them through the pipeline: a few at a time, renewing their leases with a
/// heartbeat while they run, completing them (with their follow-ups) or recording the failure with a backoff.
/// Any number of workers, in any number of processes, can share one queue. Asked to stop, a worker takes no new jobs,
/// gives the ones it holds <see cref="WorkerOptions.ShutdownGrace"/> to finish, and releases the rest (lease cleared,
/// attempt not counted), so that a deploy or restart delays no job by a lease.
/// </summary>
public sealed class JobWorker(IJobStore store, Pipeline pipeline, TimeProvider time, WorkerOptions options, ILogger<JobWorker> logger)
{
    /// <summary>After the grace period, how long cancelled steps get to return before their jobs are released anyway.</summary>
    private static readonly TimeSpan CancelWait = TimeSpan.FromSeconds(5);

    private long _done;
    private long _retried;
    private long _failed;
    private long _released;
    private string? _lastError;
    private readonly ConcurrentDictionary<string, long> _byKind = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _ticksByKind = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<JobId, Job> _inFlight = new();
    private readonly ConcurrentDictionary<string, bool> _prepared = new(StringComparer.Ordinal);

    public string Name => options.Name;

    /// <summary>Jobs this worker gave back unfinished when it stopped.</summary>
    public long Released => Interlocked.Read(ref _released);

    public WorkerProgress Snapshot() =>
        new(Interlocked.Read(ref _done), Interlocked.Read(ref _retried), Interlocked.Read(ref _failed), _inFlight.Count, _lastError,
            new Dictionary<string, long>(_byKind, StringComparer.Ordinal),
            _ticksByKind.ToDictionary(kv => kv.Key, kv => TimeSpan.FromTicks(kv.Value), StringComparer.Ordinal));

    /// <summary>
    /// Runs jobs until <paramref name="cancellationToken"/> asks it to stop, or with <paramref name="drain"/> until nothing is
    /// runnable now and nothing is in flight (jobs scheduled for later, such as retries, are left for the next run).
    /// Stopping takes at most <see cref="WorkerOptions.ShutdownGrace"/> and a few seconds, and leaves no job leased to it.
    /// </summary>
    public async Task<WorkerProgress> RunAsync(bool drain, CancellationToken cancellationToken)
    {
        // The stop request and the cancellation of running steps are two things: steps are cancelled only after the grace period.
        using var abort = new CancellationTokenSource();
        using var stopHeartbeat = new CancellationTokenSource();
        var heartbeat = HeartbeatLoopAsync(stopHeartbeat.Token);
        var running = new List<Task>();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                running.RemoveAll(t => t.IsCompleted);
                var free = options.Concurrency - running.Count;
                IReadOnlyList<Job> leased = [];
                if (free > 0)
                {
                    try
                    {
                        leased = await store.LeaseJobsAsync(options.Name, free, options.Lease, time.GetUtcNow(), cancellationToken);
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                    {
                        break; // the lease transaction was rolled back: nothing was taken
                    }
                }
                foreach (var job in leased)
                {
                    _inFlight[job.Id] = job;
                    running.Add(Task.Run(() => RunOneAsync(job, abort.Token), CancellationToken.None));
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
                    // Wake when a job finishes (a slot is free, follow-ups may exist) or for the next poll.
                    await Task.WhenAny(Task.WhenAny(running), DelayAsync(options.PollInterval, cancellationToken));
                }
            }
            running.RemoveAll(t => t.IsCompleted);
            if (running.Count > 0)
            {
                await FinishOrReleaseAsync(running, abort);
            }
        }
        finally
        {
            await stopHeartbeat.CancelAsync();
            await heartbeat;
        }
        return Snapshot();
    }

    /// <summary>Stopping: the running jobs get the grace period to finish; then they are cancelled and released.</summary>
    private async Task FinishOrReleaseAsync(List<Task> running, CancellationTokenSource abort)
    {
        logger.LogInformation("Worker {Worker} stopping: {Count} running jobs get {Grace} to finish", options.Name, running.Count, options.ShutdownGrace);
        var all = Task.WhenAll(running);
        if (await Task.WhenAny(all, Task.Delay(options.ShutdownGrace, time)) == all)
        {
            return;
        }
        logger.LogInformation("Worker {Worker}: grace period over; cancelling and releasing {Count} jobs", options.Name, _inFlight.Count);
        await abort.CancelAsync(); // each step sees it, and RunOneAsync releases the job it gives up
        if (await Task.WhenAny(all, Task.Delay(CancelWait, time)) == all)
        {
            return;
        }
        // A step that does not listen to cancellation: release its job all the same. Should it finish later, the lease
        // fence (owner and attempt) makes the store refuse its result.
        foreach (var id in _inFlight.Keys)
        {
            if (_inFlight.TryRemove(id, out var job))
            {
                logger.LogWarning("Job {JobId} ({Kind}) did not stop when cancelled; released without waiting for it", job.Id, job.Kind);
                await ReleaseAsync(job);
            }
        }
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

    /// <summary>Renews the lease of every running job every <see cref="WorkerOptions.Heartbeat"/>, on its own timer, so that a
    /// busy worker loop or a long job never lets a lease run out while the worker is alive.</summary>
    private async Task HeartbeatLoopAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(options.Heartbeat > TimeSpan.FromMilliseconds(100) ? options.Heartbeat : TimeSpan.FromMilliseconds(100), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await HeartbeatAsync(time.GetUtcNow());
            }
        }
        catch (OperationCanceledException)
        {
            // The worker has stopped.
        }
    }

    private async Task HeartbeatAsync(DateTimeOffset now)
    {
        foreach (var job in _inFlight.Values)
        {
            try
            {
                // A job that finished since the snapshot of jobs in flight was taken has no lease left to extend.
                if (!await store.ExtendLeaseAsync(job, now + options.Lease, CancellationToken.None) && _inFlight.ContainsKey(job.Id))
                {
                    logger.LogWarning("Lost the lease on job {JobId} ({Kind}); another worker may run it", job.Id, job.Kind);
                }
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Could not extend the lease on job {JobId}", job.Id);
            }
        }
    }

    private async Task RunOneAsync(Job job, CancellationToken abort)
    {
        var started = time.GetTimestamp();
        try
        {
            var step = pipeline.StepFor(job.Kind);
            if (step is not null)
            {
                PrepareNext(step.Route);
            }
            StepOutcome? outcome;
            if (step is null)
            {
                outcome = new StepOutcome.Fail($"This process has no pipeline step for job kind '{job.Kind}'. Known kinds: {string.Join(", ", pipeline.Kinds)}.");
            }
            else
            {
                try
                {
                    outcome = await step.RunAsync(job, abort);
                    if (outcome is StepOutcome.Done { FollowUps: var followUps }
                        && followUps.FirstOrDefault(f => !step.Route.Next.Contains(f.Kind)) is { } stray)
                    {
                        // The route is the one place the pipeline's order is written; a step that leaves it is a bug.
                        outcome = new StepOutcome.Fail($"{step.GetType().Name} enqueued a '{stray.Kind}' job, which the route of '{job.Kind}' does not lead to.");
                    }
                }
                catch (Exception) when (abort.IsCancellationRequested)
                {
                    outcome = null; // cancelled at shutdown, whatever the step threw on the way out
                }
                catch (Exception e)
                {
                    logger.LogError(e, "Job {JobId} ({Kind}) threw", job.Id, job.Kind);
                    outcome = new StepOutcome.Retry($"{e.GetType().Name}: {e.Message}");
                }
            }
            if (!_inFlight.TryRemove(job.Id, out _))
            {
                // Released meanwhile by the stopping worker: whatever came of this run is not ours to record.
                return;
            }
            // A step cut short by the shutdown is not at fault: its job is released, not retried or failed. Work that did
            // finish is recorded; it must not be lost.
            if (outcome is null || (abort.IsCancellationRequested && outcome is not StepOutcome.Done))
            {
                await ReleaseAsync(job);
                return;
            }
            await RecordAsync(job, outcome, started);
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

    /// <summary>The first time a job of a route runs here, the steps it leads to prepare for their own first jobs.</summary>
    private void PrepareNext(JobRoute route)
    {
        foreach (var kind in route.Next)
        {
            if (!_prepared.TryAdd(kind, true) || pipeline.StepFor(kind) is not { } next)
            {
                continue;
            }
            try
            {
                next.Prepare();
            }
            catch (Exception e)
            {
                // Preparing only saves time: the step's first job does the same work, and reports what fails.
                logger.LogWarning(e, "{Step} could not prepare", next.GetType().Name);
            }
        }
    }

    private async Task ReleaseAsync(Job job)
    {
        if (await store.ReleaseJobAsync(job, time.GetUtcNow(), CancellationToken.None))
        {
            Interlocked.Increment(ref _released);
            logger.LogInformation("Job {JobId} ({Kind}) released unfinished at shutdown; it runs again at once, without using an attempt", job.Id, job.Kind);
        }
        else
        {
            logger.LogWarning("Job {JobId} ({Kind}) could not be released: its lease was already lost", job.Id, job.Kind);
        }
    }

    private async Task RecordAsync(Job job, StepOutcome outcome, long started)
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
                    var ticks = time.GetElapsedTime(started).Ticks;
                    _ticksByKind.AddOrUpdate(job.Kind, ticks, (_, t) => t + ticks);
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
