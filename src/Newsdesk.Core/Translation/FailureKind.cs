namespace Newsdesk.Translation;

/// <summary>Whether retrying an engine call can help.</summary>
public enum FailureKind
{
    /// <summary>Rate limit, overload, timeout, 5xx, an unusable answer: retry later with backoff.</summary>
    Transient,

    /// <summary>Quota used up, authentication refused, unknown pair, bad request: retrying will not help.</summary>
    Permanent,

    /// <summary>The request was too large for the engine (truncated answer, 413): split it and try again.</summary>
    TooLarge,
}
