using Newsdesk.Model;
using Newsdesk.Publishing;
using Newsdesk.Storage;
using Newsdesk.Translation;

namespace Newsdesk.Processing;

/// <summary>
/// site.labels: names a published translation's section and tags in its edition's language, each name once per language
/// (the translation memory first, then the engine), without replacing a name an editor set. Until a name is there the
/// site shows the edition's own generic word, never the source's; an engine that cannot translate the pair leaves it so.
/// </summary>
public sealed class LabelsStep(IArticleStore articles, ITranslationStore translations, ISiteStore site, LabelTranslator translator, TimeProvider time)
    : PipelineStep<TranslationPayload>(PipelineRoutes.Labels)
{
    protected override async Task<StepOutcome> RunAsync(TranslationPayload payload, Job job, CancellationToken cancellationToken)
    {
        var t = await translations.GetTranslationAsync(new TranslationId(payload.Translation), cancellationToken);
        var article = t is null ? null : await articles.GetArticleAsync(t.ArticleId, cancellationToken);
        if (t is null || article is null)
        {
            return new StepOutcome.Fail($"There is no translation {payload.Translation} to name the sections of.");
        }
        var from = LanguageTag.Parse(t.SourceLanguage.Language);
        var edition = LanguageTag.Parse(t.Language.Language);
        if (from == edition)
        {
            return StepOutcome.Finished();
        }
        var names = await NamesAsync(article, from, cancellationToken);
        var known = (await site.ListSiteLabelsAsync(edition, cancellationToken))
            .Where(l => l.SourceLanguage == from).Select(l => l.Source).ToHashSet(StringComparer.Ordinal);
        var missing = names.Where(n => !known.Contains(n)).ToList();
        if (missing.Count == 0)
        {
            return StepOutcome.Finished();
        }
        LabelTranslation result;
        try
        {
            result = await translator.TranslateAsync(new LanguagePair(from, edition), missing, cancellationToken);
        }
        catch (TranslationUnavailableException e)
        {
            return new StepOutcome.Fail(e.Message);
        }
        foreach (var (source, label) in result.Renderings)
        {
            await site.SetSiteLabelAsync(new SiteLabel(from, source, edition, label, SiteLabelSetter.Engine, result.Engine, null, time.GetUtcNow()),
                cancellationToken);
        }
        return result.Failure switch
        {
            null => StepOutcome.Finished(),
            { IsPermanent: true } f => new StepOutcome.Fail(f.ToString()),
            var f => new StepOutcome.Retry(f.ToString(), f.RetryAfter),
        };
    }

    /// <summary>The names the site shows for the article: its section as stored and its section and tag topics as labelled.</summary>
    private async Task<List<string>> NamesAsync(StoredArticle article, LanguageTag from, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        if (article.Content.Section?.Trim() is { Length: > 0 } section)
        {
            names.Add(section);
        }
        foreach (var topic in await site.ListArticleTopicsAsync(article.Id, from, cancellationToken))
        {
            if (TopicExtractor.IsTranslatedKind(topic.Kind) && topic.Language.Language == from.Language)
            {
                names.Add(topic.Label);
            }
        }
        return names.Distinct(StringComparer.Ordinal).ToList();
    }
}
