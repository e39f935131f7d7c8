namespace Newsdesk.Fetching;

/// <summary>Per-host politeness state: one request at a time, the time of the next allowed request, the backoff.</summary>
internal sealed class HostState
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Earliest start of the next request (end of the last one plus the delay). Guarded by <see cref="Gate"/>.</summary>
    public DateTimeOffset NextAllowed { get; set; }

    /// <summary>No request before this (Retry-After or exponential backoff). Read outside the gate, hence its own lock.</summary>
    public DateTimeOffset BackoffUntil
    {
        get { lock (_lock) { return _backoffUntil; } }
        set { lock (_lock) { _backoffUntil = value; } }
    }

    public int ConsecutiveFailures { get; set; }

    /// <summary>Crawl-delay from robots.txt, already capped.</summary>
    public TimeSpan CrawlDelay { get; set; }

    private readonly Lock _lock = new();
    private DateTimeOffset _backoffUntil;
}
