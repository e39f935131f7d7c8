namespace Newsdesk.Fetching;

/// <summary>How <see cref="PoliteFetcher"/> behaves; bound from the "Fetching" configuration section.</summary>
public sealed record FetchOptions
{
    /// <summary>Product token: first word of the User-Agent and the name matched against robots.txt groups.</summary>
    public string Product { get; init; } = "Newsdesk";

    public string ProductVersion { get; init; } = "0.1";

    /// <summary>Where site owners learn about the bot and reach its operator; required, it goes into the User-Agent.</summary>
    public string ContactUrl { get; init; } = "";

    /// <summary>Time for one request (connect, headers and the whole body) before it counts as timed out.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Cap on the bytes read from the wire (before Content-Encoding is undone).</summary>
    public long MaxBodyBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>Cap on the body after gzip/deflate/brotli decoding: stops decompression bombs.</summary>
    public long MaxDecompressedBytes { get; init; } = 20L * 1024 * 1024;

    public int MaxRedirects { get; init; } = 5;

    /// <summary>Minimum gap between the end of one request to a host and the start of the next.</summary>
    public TimeSpan MinDelayPerHost { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound on a robots.txt Crawl-delay (a hostile robots.txt must not park a worker for hours).</summary>
    public TimeSpan MaxCrawlDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>First backoff after a 429/503/5xx or network failure without Retry-After; doubled per consecutive failure.</summary>
    public TimeSpan BackoffBase { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Cap on the exponential backoff.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromHours(6);

    /// <summary>Cap on how far a server's Retry-After may push the next request.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromDays(1);

    /// <summary>Longest a fetch waits in-process for its host's turn; past that it returns Deferred with the time to come back.</summary>
    public TimeSpan MaxInlineWait { get; init; } = TimeSpan.FromSeconds(30);

    public bool RespectRobotsTxt { get; init; } = true;

    public TimeSpan RobotsCacheDuration { get; init; } = TimeSpan.FromHours(24);

    /// <summary>How long an unreadable robots.txt (5xx, network error) keeps a site closed before it is asked again.</summary>
    public TimeSpan RobotsErrorRetry { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Addresses (10.1.2.3, ::1), networks (10.0.0.0/8) and host names (intranet.example) let through the
    /// private-address guard. Empty by default: only public addresses are fetched.</summary>
    public IReadOnlyList<string> AllowedPrivateAddresses { get; init; } = [];

    /// <summary>The User-Agent header value: "Newsdesk/0.1 (+https://contact)".</summary>
    public string UserAgent => $"{Product}/{ProductVersion} (+{ContactUrl})";
}
