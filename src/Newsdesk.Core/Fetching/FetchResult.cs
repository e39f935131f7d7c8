namespace Newsdesk.Fetching;

/// <summary>The outcome of one fetch, as a value: callers record it, they never catch exceptions for it.</summary>
public sealed record FetchResult
{
    public required FetchOutcome Outcome { get; init; }

    public required Uri RequestedUrl { get; init; }

    /// <summary>The URL after redirects (the last one tried when the fetch failed mid-chain).</summary>
    public required Uri FinalUrl { get; init; }

    public int? StatusCode { get; init; }

    /// <summary>The body with Content-Encoding undone; empty unless <see cref="Outcome"/> is Ok.</summary>
    public byte[] Body { get; init; } = [];

    /// <summary>The media type of the Content-Type header (text/html, application/rss+xml...).</summary>
    public string? ContentType { get; init; }

    /// <summary>The charset parameter of the Content-Type header, unvalidated: hand it to the parser or extractor as a hint.</summary>
    public string? Charset { get; init; }

    /// <summary>The ETag to store and send back next time (kept from the request on a 304 without one).</summary>
    public string? ETag { get; init; }

    /// <summary>The Last-Modified value to store and send back verbatim next time.</summary>
    public string? LastModified { get; init; }

    /// <summary>When the host may be asked again (Retry-After, backoff, robots.txt trouble); set for RateLimited, Deferred and server failures.</summary>
    public DateTimeOffset? RetryAt { get; init; }

    /// <summary>One sentence naming the problem; null when Outcome is Ok or NotModified.</summary>
    public string? Error { get; init; }

    public int Redirects { get; init; }

    /// <summary>Set when every redirect in the chain was permanent (301/308): the source's URL can be updated to this.</summary>
    public Uri? PermanentRedirectTo { get; init; }

    public DateTimeOffset FetchedAt { get; init; }

    public bool IsOk => Outcome == FetchOutcome.Ok;

    /// <summary>Worth trying again later (as opposed to a permanent refusal such as 404, robots or SSRF).</summary>
    public bool IsTransient => Outcome is FetchOutcome.Deferred or FetchOutcome.RateLimited or FetchOutcome.Timeout or FetchOutcome.NetworkError
        || (Outcome == FetchOutcome.HttpError && StatusCode >= 500);

    public override string ToString() => $"{Outcome} {StatusCode} {FinalUrl}{(Error is null ? "" : ": " + Error)}";
}
