namespace Newsdesk.Ingest;

/// <summary>The outcome of reading a feed date: a value, and a warning when the value is a guess or missing.</summary>
/// <param name="Value">The instant with its offset; null when the text could not be read.</param>
/// <param name="Problem">Why the value is null or assumed (kind and sentence); null when the date was read cleanly.</param>
public readonly record struct FeedDate(DateTimeOffset? Value, FeedProblemKind? ProblemKind, string? Problem);
