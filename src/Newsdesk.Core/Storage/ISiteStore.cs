using Newsdesk.Model;

namespace Newsdesk.Storage;

/// <summary>
/// What the published site reads and the publish step writes: publications per edition with their search index,
/// topics with per-language labels, related stories, and a change counter for caches. Implemented by both SQL stores.
/// </summary>
public interface ISiteStore
{
    /// <summary>Publishes (or republishes) an article in one language and indexes it for search.</summary>
    Task<Publication> UpsertPublicationAsync(PublicationDraft draft, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Takes an article off one edition; false when it was not there.</summary>
    Task<bool> RemovePublicationAsync(ArticleId article, LanguageTag language, CancellationToken cancellationToken);

    Task<Publication?> GetPublicationAsync(ArticleId article, LanguageTag language, CancellationToken cancellationToken);

    Task<IReadOnlyList<Publication>> GetPublicationsAsync(IReadOnlyCollection<PublicationId> ids, CancellationToken cancellationToken);

    /// <summary>Every language version of an article that is live.</summary>
    Task<IReadOnlyList<Publication>> ListPublicationsOfArticleAsync(ArticleId article, CancellationToken cancellationToken);

    /// <summary>Newest story first.</summary>
    Task<IReadOnlyList<Publication>> ListPublicationsAsync(PublicationQuery query, CancellationToken cancellationToken);

    /// <summary>Languages with at least one publication, with how many.</summary>
    Task<IReadOnlyList<(LanguageTag Language, long Count)>> ListEditionsAsync(CancellationToken cancellationToken);

    /// <summary>Full-text search in one edition with the edition language's stemming.</summary>
    Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken);

    /// <summary>Publications in the same edition whose text is most like this one's (best first), itself excluded.</summary>
    Task<IReadOnlyList<RelatedCandidate>> FindSimilarTextAsync(PublicationId publicationId, int limit, CancellationToken cancellationToken);

    /// <summary>Publications in the same edition sharing topics with this one: score = sum over shared topics of 1/ln(e + articles about it).</summary>
    Task<IReadOnlyList<RelatedCandidate>> FindSharedTopicsAsync(PublicationId publicationId, int limit, CancellationToken cancellationToken);

    /// <summary>Replaces an article's topics (creating topics and labels that are new); returns them.</summary>
    Task SetArticleTopicsAsync(ArticleId article, IReadOnlyList<TopicDraft> topics, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>An article's topics named in a language, most central first: a name, person, organisation or place falls back to another language's label where it has none; a section or tag never does.</summary>
    Task<IReadOnlyList<TopicLabel>> ListArticleTopicsAsync(ArticleId article, LanguageTag language, CancellationToken cancellationToken);

    /// <summary>A topic by its slug in an edition.</summary>
    Task<TopicLabel?> FindTopicAsync(LanguageTag language, string slug, CancellationToken cancellationToken);

    /// <summary>A topic's labels in every language it has one.</summary>
    Task<IReadOnlyList<TopicLabel>> ListTopicLabelsAsync(TopicId topicId, CancellationToken cancellationToken);

    /// <summary>Topics with the most publications in an edition.</summary>
    Task<IReadOnlyList<TopicLabel>> ListTopTopicsAsync(LanguageTag language, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Every publication of these same-story clusters in one edition, each cluster's canonical one first (see
    /// <see cref="PublicationQuery.OnePerCluster"/> for the rule).
    /// </summary>
    Task<IReadOnlyList<Publication>> ListClusterMembersAsync(LanguageTag language, IReadOnlyCollection<ArticleId> clusters, CancellationToken cancellationToken);

    /// <summary>Section and topic names set for an edition's language (all languages when null), by source name.</summary>
    Task<IReadOnlyList<SiteLabel>> ListSiteLabelsAsync(LanguageTag? language, CancellationToken cancellationToken);

    /// <summary>
    /// Sets a section or topic name in an edition's language and renames the matching section and tag topics in that
    /// edition. The engine only fills a name that is missing (false when one was there); an editor's name replaces any.
    /// </summary>
    Task<bool> SetSiteLabelAsync(SiteLabel label, CancellationToken cancellationToken);

    /// <summary>A number that changes whenever anything on the site changes (caches compare it).</summary>
    Task<long> GetSiteVersionAsync(CancellationToken cancellationToken);
}
