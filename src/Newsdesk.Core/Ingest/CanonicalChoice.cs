namespace Newsdesk.Ingest;

/// <summary>The canonical URL chosen for a page, where it came from, and why a declaration was refused if one was.</summary>
/// <param name="Url">The canonicalised URL to store and link to.</param>
/// <param name="DedupeKey">The identity to deduplicate on (see <see cref="UrlCanonicalizer.DedupeKey"/>).</param>
/// <param name="Source">Which candidate won.</param>
/// <param name="Rejected">Why declared canonicals were refused (for the item's problem log), or null.</param>
public sealed record CanonicalChoice(Uri Url, string DedupeKey, CanonicalSource Source, string? Rejected);
