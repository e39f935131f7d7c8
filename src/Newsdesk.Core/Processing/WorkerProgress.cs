namespace Newsdesk.Processing;

/// <summary>A snapshot of what a worker has done, for progress displays.</summary>
/// <param name="Done">Jobs completed by this worker.</param>
/// <param name="Retried">Transient failures (the job runs again later).</param>
/// <param name="Failed">Permanent failures.</param>
/// <param name="Running">Jobs in flight now.</param>
/// <param name="LastError">The most recent failure message, for display.</param>
/// <param name="ByKind">Completed jobs per job kind.</param>
/// <param name="TimeByKind">Time spent on the completed jobs per job kind, from lease to recorded outcome (jobs run side by
/// side, so the times add up to more than the wall time).</param>
public sealed record WorkerProgress(long Done, long Retried, long Failed, int Running, string? LastError, IReadOnlyDictionary<string, long> ByKind,
    IReadOnlyDictionary<string, TimeSpan> TimeByKind);
