namespace Newsdesk.Storage;

/// <summary>An entry seen in a source, keyed by (source, guid).</summary>
/// <param name="Guid">The entry's id in its feed (guid/id/loc); the link when the feed gives none.</param>
/// <param name="Url">Absolute, canonicalised link of the story.</param>
/// <param name="Title">Entry title, plain text.</param>
/// <param name="Published">Entry date when the feed gives one.</param>
/// <param name="Version">Changes when the feed says the entry changed (its updated date); a new version re-fetches the page.</param>
public sealed record FeedItemDraft(string Guid, string Url, string? Title, DateTimeOffset? Published, string? Version = null);
