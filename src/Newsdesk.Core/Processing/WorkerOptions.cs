namespace Newsdesk.Processing;

/// <summary>How a worker process takes and runs jobs.</summary>
public sealed record WorkerOptions
{
    /// <summary>Jobs run at once in this process.</summary>
    public int Concurrency { get; init; } = 4;

    /// <summary>How long a leased job stays ours without a heartbeat; a crashed worker's jobs return after this.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How often an idle worker looks for new jobs.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>First retry delay of a transient failure; doubled per attempt up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Stable name of this worker in leases and logs.</summary>
    public string Name { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}";
}
