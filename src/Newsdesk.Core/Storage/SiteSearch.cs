using Newsdesk.Model;

namespace Newsdesk.Storage;

/// <summary>A search in one edition: words and "phrases" (already parsed), with optional filters.</summary>
/// <param name="Language">The edition searched; its language decides the stemming.</param>
/// <param name="Terms">Single words, all required.</param>
/// <param name="Phrases">Exact word sequences, all required.</param>
/// <param name="TopicId">Only publications about this topic.</param>
/// <param name="From">Story date at or after.</param>
/// <param name="Until">Story date before.</param>
/// <param name="Limit">Hits per page.</param>
/// <param name="Offset">Hits skipped.</param>
public sealed record SearchRequest(
    LanguageTag Language,
    IReadOnlyList<string> Terms,
    IReadOnlyList<string> Phrases,
    TopicId? TopicId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? Until = null,
    int Limit = 20,
    int Offset = 0)
{
    public bool IsEmpty => Terms.Count == 0 && Phrases.Count == 0;
}

/// <summary>
/// One search hit. <see cref="TitleMarked"/> and <see cref="Snippet"/> are plain text in which matches are wrapped
/// in <see cref="MarkStart"/> … <see cref="MarkEnd"/> (control characters that stored text never contains);
/// the site escapes the text and turns the markers into &lt;mark&gt;.
/// </summary>
public sealed record SearchHit(Publication Publication, string TitleMarked, string Snippet, double Score)
{
    public const char MarkStart = '\u0001';
    public const char MarkEnd = '\u0002';
}

/// <summary>A page of hits; <see cref="HasMore"/> tells whether another page exists.</summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, bool HasMore);

/// <summary>A candidate for "related stories" with a similarity score (higher is closer).</summary>
public readonly record struct RelatedCandidate(PublicationId PublicationId, double Score);
