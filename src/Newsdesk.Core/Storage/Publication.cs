using Newsdesk.Model;

namespace Newsdesk.Storage;

/// <summary>An article live on the site in one language: the original in its own edition, or a published translation.</summary>
public sealed record Publication
{
    public required PublicationId Id { get; init; }
    public required ArticleId ArticleId { get; init; }
    public required LanguageTag Language { get; init; }
    /// <summary>The translation shown; null when the publication is the original article.</summary>
    public TranslationId? TranslationId { get; init; }
    public SourceId? SourceId { get; init; }
    public ArticleId ClusterId { get; init; }
    public required string Title { get; init; }
    public string? Lead { get; init; }
    public string? Section { get; init; }
    /// <summary>URL slug made from the title.</summary>
    public required string Slug { get; init; }
    /// <summary>The story's own date (the original's publication date, or when it was first stored).</summary>
    public DateTimeOffset PublishedAt { get; init; }
    /// <summary>When it went live on this site.</summary>
    public DateTimeOffset FirstPublishedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    /// <summary>The source asked for noindex.</summary>
    public bool NoIndex { get; init; }
}

/// <summary>What to publish (or republish) for one article and language; the store also indexes it for search.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Language">The edition.</param>
/// <param name="TranslationId">The translation shown, or null for the original.</param>
/// <param name="SourceId">The source, for its name and licence.</param>
/// <param name="ClusterId">The article's same-story cluster.</param>
/// <param name="Title">Headline in the edition's language.</param>
/// <param name="Lead">Lead in the edition's language.</param>
/// <param name="Section">Section name.</param>
/// <param name="Slug">URL slug.</param>
/// <param name="PublishedAt">The story's own date.</param>
/// <param name="NoIndex">The source asked for noindex.</param>
/// <param name="SearchBody">The plain text that search may match besides the title (only what the licence lets the site show).</param>
public sealed record PublicationDraft(
    ArticleId ArticleId,
    LanguageTag Language,
    TranslationId? TranslationId,
    SourceId? SourceId,
    ArticleId ClusterId,
    string Title,
    string? Lead,
    string? Section,
    string Slug,
    DateTimeOffset PublishedAt,
    bool NoIndex,
    string SearchBody);

/// <summary>Which publications to list, newest story first.</summary>
/// <param name="Language">The edition.</param>
/// <param name="TopicId">Only those about this topic.</param>
/// <param name="ClusterId">Only those of this same-story cluster.</param>
/// <param name="FirstPublishedSince">Only those that went live at or after this time (news sitemap).</param>
/// <param name="Limit">At most this many.</param>
/// <param name="Offset">Skip this many.</param>
/// <param name="OnePerCluster">
/// One publication per same-story cluster: the canonical one, chosen by rule — the source whose licence lets the site
/// show the most (full, then excerpt, then link only), then the first published, then the first stored. A story is
/// listed, fed and mapped once whatever the number of outlets that ran it; its other sources are found with
/// <see cref="ISiteStore.ListClusterMembersAsync"/>.
/// </param>
public sealed record PublicationQuery(
    LanguageTag? Language = null,
    TopicId? TopicId = null,
    ArticleId? ClusterId = null,
    DateTimeOffset? FirstPublishedSince = null,
    int Limit = 50,
    int Offset = 0,
    bool OnePerCluster = false);
