using Newsdesk.Model;

namespace Newsdesk.Storage;

/// <summary>The outcome of one fetch of a source, recorded on it.</summary>
/// <param name="At">When the fetch happened.</param>
/// <param name="NextFetchAt">When the source is due again (poll interval, Retry-After or backoff).</param>
/// <param name="Status">"ok", "not-modified" or a short failure name.</param>
/// <param name="Error">A clear message when the fetch or parse failed (partially or fully); null when all went well.</param>
/// <param name="ETag">Validator for the next conditional GET; null keeps the previous one.</param>
/// <param name="LastModified">Validator for the next conditional GET; null keeps the previous one.</param>
/// <param name="NewItems">How many new items the fetch found.</param>
/// <param name="DetectedKind">The kind detected on the first fetch of an Auto source.</param>
public sealed record SourceFetchRecord(
    DateTimeOffset At,
    DateTimeOffset NextFetchAt,
    string Status,
    string? Error = null,
    string? ETag = null,
    string? LastModified = null,
    int NewItems = 0,
    SourceKind? DetectedKind = null)
{
    public bool Failed => Error is not null && Status != "ok" && Status != "not-modified";
}
