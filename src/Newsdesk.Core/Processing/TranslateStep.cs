using Newsdesk.Model;
using Newsdesk.Quality;
using Newsdesk.Quality.Contract;
using Newsdesk.Storage;
using Newsdesk.Translation;

namespace Newsdesk.Processing;

/// <summary>
/// article.translate: translates the current revision of an article into one language through the engines and the
/// translation memory, stores the translation with its cost, and sends it to the quality gate. A permanent engine
/// failure (quota, unknown pair) is recorded and not retried; a transient one is retried by the job system, and
/// the whole article is translated again (nothing an engine returned is remembered before the translation is accepted).
/// </summary>
public sealed class TranslateStep(IArticleStore articles, ISourceStore sources, ITranslationStore translations, ArticleTranslator translator, TimeProvider time)
    : PipelineStep<TranslatePayload>(PipelineRoutes.Translate)
{
    protected override async Task<StepOutcome> RunAsync(TranslatePayload payload, Job job, CancellationToken cancellationToken)
    {
        if (!LanguageTag.TryParse(payload.Language, out var target))
        {
            return new StepOutcome.Fail($"'{payload.Language}' is not a language tag");
        }
        var article = await articles.GetArticleAsync(new ArticleId(payload.Article), cancellationToken);
        if (article is null)
        {
            return new StepOutcome.Fail($"article {payload.Article} is no longer stored");
        }
        var source = article.Content.Language ?? await SourceLanguageAsync(article, cancellationToken);
        if (source is null)
        {
            return new StepOutcome.Fail($"the language of article {article.Id} is unknown (set the source's language: newsdesk sources …)");
        }
        if (source.Value.Language == target.Language)
        {
            return StepOutcome.Finished();
        }

        var pair = new LanguagePair(source.Value, target);
        ArticleTranslationResult result;
        try
        {
            result = await translator.TranslateAsync(new ArticleTranslationRequest(article.Content, target)
            {
                Source = source,
                Engine = payload.Engine,
                // The false friends the desk ships go under the editors' own glossary.
                Glossary = DefaultGlossary.Merge(pair, await translations.GetGlossaryAsync(pair, cancellationToken)),
            }, cancellationToken);
        }
        catch (TranslationUnavailableException e)
        {
            return new StepOutcome.Fail(e.Message);
        }

        var complete = result.IsComplete;
        var failures = string.Join("; ", result.Failures.Select(f => f.ToString()).Distinct(StringComparer.Ordinal));
        var id = await translations.SaveTranslationAsync(new TranslationDraft(
            article.Id, article.Revision, source.Value, target, result.Engine,
            result.Article with { Language = target, CanonicalUrl = article.CanonicalUrl },
            complete ? TranslationStatus.Translated : TranslationStatus.Failed,
            result.Costs.Values.Sum(c => c.Characters), result.Costs.Values.Sum(c => c.Tokens),
            failures.Length > 0 ? failures : null, result.MemoryHits, result.EngineCalls,
            result.MemoryCandidates.Select(NewsStoreTranslationMemory.ToSegment).ToList(), EngineFixes(result), result.UnknownWordsLeft),
            time.GetUtcNow(), cancellationToken);

        if (complete)
        {
            return StepOutcome.Finished(PipelineRoutes.CheckJob(id));
        }
        if (result.HasPermanentFailure)
        {
            return new StepOutcome.Fail(failures);
        }
        var retryAfter = result.Failures.Select(f => f.RetryAfter).Where(r => r is not null).DefaultIfEmpty(null).Max();
        return new StepOutcome.Retry(failures, retryAfter);
    }

    /// <summary>
    /// What the translator changed after the engine (unknown words mended), as fixes on the translation record, each with
    /// where it now stands in the laid-out text, so that the review queue shows it.
    /// </summary>
    private static string EngineFixes(ArticleTranslationResult result)
    {
        var changes = result.Segments.SelectMany(s => s.Issues).Where(i => i.Before is not null && i.After is not null).ToList();
        if (changes.Count == 0)
        {
            return "[]";
        }
        var text = ArticleTextLayout.Layout(result.Article);
        var fixes = new List<AppliedFix>();
        foreach (var change in changes)
        {
            var found = Model.GlossaryMatcher.Find(text, change.After!);
            var span = found is null ? new TextSpan(0, 0) : new TextSpan(found.Index, found.Index + found.Length);
            fixes.Add(new AppliedFix($"translate.{change.Code}", span, change.Before!, change.After!));
        }
        return QualityJson.SerializeFixes(fixes);
    }

    private async Task<LanguageTag?> SourceLanguageAsync(StoredArticle article, CancellationToken cancellationToken) =>
        article.SourceId is { } s ? (await sources.GetSourceAsync(s, cancellationToken))?.Language : null;
}
