namespace Newsdesk.Translation;

/// <summary>A failed engine call, with the engine's own words.</summary>
/// <param name="Engine">Engine name.</param>
/// <param name="Kind">Whether retrying can help.</param>
/// <param name="Message">What went wrong, for an editor ("DeepL quota exceeded (HTTP 456): ...").</param>
/// <param name="EngineMessage">The engine's own message or error body, verbatim (trimmed).</param>
/// <param name="RetryAfter">How long the engine asked us to wait (Retry-After), when it said.</param>
/// <param name="StatusCode">HTTP status or process exit code, when there is one.</param>
public sealed record EngineFailure(
    string Engine,
    FailureKind Kind,
    string Message,
    string? EngineMessage = null,
    TimeSpan? RetryAfter = null,
    int? StatusCode = null)
{
    public bool IsPermanent => Kind == FailureKind.Permanent;

    public override string ToString() => $"{Engine}: {Message}";
}
