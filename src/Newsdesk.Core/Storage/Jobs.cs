using Newsdesk.Model;

namespace Newsdesk.Storage;

/// <summary>A unit of pipeline work to enqueue.</summary>
/// <param name="Kind">The pipeline step that runs it (see <c>Newsdesk.Processing.PipelineRoutes</c>).</param>
/// <param name="Payload">The step's input as JSON.</param>
/// <param name="DedupeKey">Jobs with the same key are enqueued once, ever.</param>
/// <param name="Priority">Lower runs first.</param>
/// <param name="RunAfter">Not before this time (null: now).</param>
/// <param name="MaxAttempts">Transient failures are retried up to this many runs.</param>
public sealed record JobDraft(
    string Kind,
    string Payload,
    string? DedupeKey = null,
    int Priority = 100,
    DateTimeOffset? RunAfter = null,
    int MaxAttempts = 5);

/// <summary>A job leased to one worker until <see cref="LeaseExpires"/>.</summary>
/// <remarks>The pair (LeaseOwner, Attempts) fences the lease: a worker whose lease expired and was taken over cannot complete the job.</remarks>
public sealed record Job(
    JobId Id,
    string Kind,
    string Payload,
    int Attempts,
    int MaxAttempts,
    string LeaseOwner,
    DateTimeOffset LeaseExpires,
    string? DedupeKey);

/// <summary>Where a job is in its life.</summary>
public enum JobState
{
    Pending,
    Running,
    Done,
    Failed,
}

/// <summary>How many jobs are in each state.</summary>
public sealed record JobCounts(long Pending, long Running, long Done, long Failed)
{
    public long Total => Pending + Running + Done + Failed;
    public long Open => Pending + Running;
}

/// <summary>A job that failed for good, with its error, for the operator.</summary>
public sealed record FailedJob(JobId Id, string Kind, string Payload, int Attempts, string? Error, DateTimeOffset UpdatedAt);
