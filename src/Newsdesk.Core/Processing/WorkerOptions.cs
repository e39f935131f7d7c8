namespace Newsdesk.Processing;

/// <summary>How a worker process takes and runs jobs.</summary>
public sealed record WorkerOptions
{
    /// <summary>Jobs run at once in this process.</summary>
    public int Concurrency { get; init; } = 4;

    /// <summary>
    /// How long a leased job stays ours without a heartbeat. A running job's lease is renewed every third of this, however
    /// long the job takes, so it can be short: a killed worker's jobs run again after at most this long.
    /// </summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// When asked to stop (SIGTERM, SIGINT), the worker takes no new jobs and gives the ones it holds this long to finish;
    /// then it cancels them and releases them (lease cleared, attempt not counted) so that another worker runs them at once.
    /// Set from <c>Desk:ShutdownGrace</c>.
    /// </summary>
    public TimeSpan ShutdownGrace { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How often an idle worker looks for new jobs.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>First retry delay of a transient failure; doubled per attempt up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Stable name of this worker in leases and logs.</summary>
    public string Name { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>How often the leases of running jobs are renewed: a third of the lease, so two heartbeats may be late.</summary>
    public TimeSpan Heartbeat => Lease / 3;
}
