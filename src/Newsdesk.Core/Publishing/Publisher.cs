using Microsoft.Extensions.Logging;
using Newsdesk.Model;
using Newsdesk.Storage;

namespace Newsdesk.Publishing;

/// <summary>
/// The publish step: writes the publication row (what the site lists, links and searches), the search index (only
/// the text the source's licence lets the site show), the article's topics, and tells the caches.
/// Idempotent: publishing the same translation twice leaves the same state.
/// </summary>
public sealed class Publisher(
    IArticleStore articles,
    ISourceStore sources,
    ITranslationStore translations,
    ISiteStore site,
    TopicExtractor topics,
    ISiteChangeNotifier notifier,
    PublisherOptions options,
    TimeProvider time,
    ILogger<Publisher> logger) : IPublisher
{
    public async Task<PublishOutcome> PublishTranslationAsync(TranslationId translation, CancellationToken cancellationToken)
    {
        var t = await translations.GetTranslationAsync(translation, cancellationToken);
        if (t is null)
        {
            return PublishOutcome.NotFound;
        }
        if (t.Status != TranslationStatus.Published)
        {
            var live = await site.GetPublicationAsync(t.ArticleId, t.Language, cancellationToken);
            if (live?.TranslationId == t.Id && await site.RemovePublicationAsync(t.ArticleId, t.Language, cancellationToken))
            {
                logger.LogInformation("Withdrew translation {Translation} ({Language}): it is {Status}", t.Id, t.Language, t.Status);
                await notifier.SiteChangedAsync(t.ArticleId, t.Language, cancellationToken);
            }
            return PublishOutcome.NotPublishable;
        }
        var article = await articles.GetArticleAsync(t.ArticleId, cancellationToken);
        if (article is null)
        {
            return PublishOutcome.NotFound;
        }
        var source = article.SourceId is { } sid ? await sources.GetSourceAsync(sid, cancellationToken) : null;
        await UpsertAsync(article, source, t.Language, t.Id, t.Content, cancellationToken);
        var original = article.Content.Language ?? source?.Language;
        if (options.PublishOriginals && original is { } lang && lang.Language != t.Language.Language)
        {
            await UpsertAsync(article, source, Edition(lang), null, article.Content, cancellationToken);
        }
        await AssignTopicsAsync(article, cancellationToken);
        logger.LogInformation("Published translation {Translation} of article {Article} in {Language}", t.Id, article.Id, t.Language);
        await notifier.SiteChangedAsync(article.Id, t.Language, cancellationToken);
        return PublishOutcome.Published;
    }

    public async Task<PublishOutcome> PublishOriginalAsync(ArticleId articleId, CancellationToken cancellationToken)
    {
        var article = await articles.GetArticleAsync(articleId, cancellationToken);
        if (article is null)
        {
            return PublishOutcome.NotFound;
        }
        var source = article.SourceId is { } sid ? await sources.GetSourceAsync(sid, cancellationToken) : null;
        if (!options.PublishOriginals || (article.Content.Language ?? source?.Language) is not { } declared)
        {
            return PublishOutcome.NotPublishable;
        }
        var lang = Edition(declared);
        await UpsertAsync(article, source, lang, null, article.Content, cancellationToken);
        await AssignTopicsAsync(article, cancellationToken);
        await notifier.SiteChangedAsync(article.Id, lang, cancellationToken);
        return PublishOutcome.Published;
    }

    /// <summary>
    /// The edition an original goes to: its language, not the region its page declared ("fr-FR" and "fr" are one French
    /// edition; the region stays in the article's metadata).
    /// </summary>
    public static LanguageTag Edition(LanguageTag declared) => declared.Region is null ? declared : LanguageTag.Parse(declared.Language);

    public async Task<bool> UnpublishAsync(ArticleId article, LanguageTag language, CancellationToken cancellationToken)
    {
        var removed = await site.RemovePublicationAsync(article, language, cancellationToken);
        if (removed)
        {
            await notifier.SiteChangedAsync(article, language, cancellationToken);
        }
        return removed;
    }

    private async Task UpsertAsync(StoredArticle article, Source? source, LanguageTag language, TranslationId? translation,
        ExtractedArticle content, CancellationToken cancellationToken)
    {
        var title = string.IsNullOrWhiteSpace(content.Title) ? article.Content.Title : content.Title;
        var slug = Slug.From(title, 80);
        await site.UpsertPublicationAsync(new PublicationDraft(
            article.Id,
            language,
            translation,
            article.SourceId,
            article.ClusterId,
            title,
            content.Lead ?? FirstParagraph(content),
            article.Content.Section,
            slug.Length == 0 ? "article" : slug,
            article.Content.Published ?? article.CreatedAt,
            source?.NoIndex ?? false,
            SearchableText(content, source?.Licence ?? Licence.ExcerptAndLink)), time.GetUtcNow(), cancellationToken);
    }

    /// <summary>What search may match besides the headline: only the text the licence lets the site show.</summary>
    public static string SearchableText(ExtractedArticle content, Licence licence) => licence switch
    {
        Licence.Full => string.Join("\n", content.Blocks.Select(b => b.Text).Where(t => t.Length > 0).Prepend(content.Lead ?? "")
            .Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)),
        Licence.ExcerptAndLink => content.Lead ?? FirstParagraph(content) ?? "",
        _ => "",
    };

    private static string? FirstParagraph(ExtractedArticle content) =>
        content.Blocks.FirstOrDefault(b => b.Type == BlockType.Paragraph && b.Text.Length > 0)?.Text;

    private async Task AssignTopicsAsync(StoredArticle article, CancellationToken cancellationToken)
    {
        var lists = new List<IReadOnlyList<TopicDraft>>();
        var editions = (await site.ListPublicationsOfArticleAsync(article.Id, cancellationToken)).Select(p => p.Language).ToList();
        if (article.Content.Language is { } lang)
        {
            lists.Add(topics.Extract(lang, article.Content.Title, article.Content.Text, article.Content.Section, article.Content.Tags));
        }
        var original = article.Content.Title + "\n" + article.Content.Text;
        foreach (var t in await translations.ListTranslationsForArticleAsync(article.Id, cancellationToken))
        {
            if (t.Status == TranslationStatus.Published)
            {
                // Places are found again in each language (the gazetteer knows their names). A person's or organisation's name
                // is written the same in every language, so a "name" found only in a translation is a capitalised phrase
                // (German capitalises every noun), not an entity: it must also occur in the original.
                lists.Add(topics.Extract(t.Language, t.Content.Title, t.Content.Text)
                    .Where(d => d.Kind == "place" || d.Labels.Values.All(l => original.Contains(l, StringComparison.Ordinal)))
                    .ToList());
            }
        }
        if (article.Content.Language is null && lists.Count == 0)
        {
            return;
        }
        var merged = TopicExtractor.Merge(lists, editions);
        if (article.Content.Language is { } from && merged.Any(t => TopicExtractor.IsTranslatedKind(t.Kind)))
        {
            merged = await NameSectionsAsync(merged, from, editions, cancellationToken);
        }
        await site.SetArticleTopicsAsync(article.Id, merged, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>Names the article's sections and tags in each edition whose translation of them is known already.</summary>
    private async Task<IReadOnlyList<TopicDraft>> NameSectionsAsync(IReadOnlyList<TopicDraft> merged, LanguageTag from, IReadOnlyList<LanguageTag> editions,
        CancellationToken cancellationToken)
    {
        var known = new Dictionary<(string Lang, string Source), string>();
        foreach (var lang in editions.Select(e => e.Language).Distinct(StringComparer.Ordinal).Where(l => l != from.Language))
        {
            foreach (var l in await site.ListSiteLabelsAsync(LanguageTag.Parse(lang), cancellationToken))
            {
                if (l.SourceLanguage.Language == from.Language)
                {
                    known[(lang, l.Source)] = l.Label;
                }
            }
        }
        return merged.Select(t =>
        {
            if (!TopicExtractor.IsTranslatedKind(t.Kind) || !t.Labels.TryGetValue(from.Language, out var source))
            {
                return t;
            }
            var labels = new Dictionary<string, string>(t.Labels, StringComparer.Ordinal);
            foreach (var ((lang, s), label) in known)
            {
                if (s == source)
                {
                    labels.TryAdd(lang, label);
                }
            }
            return t with { Labels = labels };
        }).ToList();
    }
}
