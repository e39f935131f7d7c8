using Newsdesk.Model;

namespace Newsdesk.Storage;

/// <summary>The durable job queue the pipeline runs on: enqueue, lease, complete, fail, reschedule, count.</summary>
public interface IJobStore
{

    /// <summary>Enqueues jobs; a job whose dedupe key was seen before is skipped. Returns how many were added.</summary>
    Task<int> EnqueueAsync(IReadOnlyList<JobDraft> jobs, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Leases up to <paramref name="max"/> runnable jobs (pending and due, or running with an expired lease) to one worker.
    /// Safe with many processes: no job is leased to two workers at once.
    /// </summary>
    Task<IReadOnlyList<Job>> LeaseJobsAsync(string worker, int max, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Extends a lease still held (the running worker's heartbeat); false when it was lost.</summary>
    Task<bool> ExtendLeaseAsync(Job job, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>
    /// Gives a leased job back without counting the attempt, because its worker is stopping, not because the job failed:
    /// pending and runnable at once, lease cleared. False (and nothing written) when the lease was lost.
    /// </summary>
    Task<bool> ReleaseJobAsync(Job job, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Marks a job done and enqueues its follow-up jobs in one transaction; false (and nothing written) when the lease was lost.</summary>
    Task<bool> CompleteJobAsync(Job job, IReadOnlyList<JobDraft> followUps, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records a failure: retried at <paramref name="retryAt"/>, or failed for good when it is null or attempts are used up.</summary>
    Task<bool> FailJobAsync(Job job, string error, DateTimeOffset? retryAt, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Puts a leased job back to run at <paramref name="runAfter"/> without counting the attempt (the job was not at fault).</summary>
    Task<bool> RescheduleJobAsync(Job job, DateTimeOffset runAfter, string reason, DateTimeOffset now, CancellationToken cancellationToken);

    Task<JobCounts> CountJobsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<FailedJob>> ListFailedJobsAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Records one run of a diagnostic probe job (used to prove jobs run exactly once across processes).</summary>
    Task RecordProbeRunAsync(JobId job, string worker, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>(runs, distinct jobs) recorded by probe jobs.</summary>
    Task<(long Runs, long DistinctJobs)> CountProbeRunsAsync(CancellationToken cancellationToken);
}
