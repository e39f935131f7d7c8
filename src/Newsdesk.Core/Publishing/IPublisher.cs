using Newsdesk.Model;

namespace Newsdesk.Publishing;

/// <summary>
/// Makes articles live on the site: the <c>translation.publish</c> step's work. Publishing indexes the text for search,
/// assigns topics (from the original and every published translation) and tells the site's caches.
/// </summary>
public interface IPublisher
{
    /// <summary>Publishes a translation whose status is Published (and the original in its own edition); withdraws it otherwise.</summary>
    Task<PublishOutcome> PublishTranslationAsync(TranslationId translation, CancellationToken cancellationToken);

    /// <summary>Publishes an article in its own language's edition (when originals are shown).</summary>
    Task<PublishOutcome> PublishOriginalAsync(ArticleId article, CancellationToken cancellationToken);

    /// <summary>Takes an article off one edition.</summary>
    Task<bool> UnpublishAsync(ArticleId article, LanguageTag language, CancellationToken cancellationToken);
}

/// <summary>What a publish call did.</summary>
public enum PublishOutcome
{
    /// <summary>Live (new or updated).</summary>
    Published,
    /// <summary>Not live: the translation is not in the Published state (it was withdrawn if it had been live).</summary>
    NotPublishable,
    /// <summary>No such translation or article.</summary>
    NotFound,
}
