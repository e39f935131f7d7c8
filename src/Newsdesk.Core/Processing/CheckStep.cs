using Newsdesk.Model;
using Newsdesk.Quality;
using Newsdesk.Quality.Contract;
using Newsdesk.Storage;

namespace Newsdesk.Processing;

/// <summary>
/// translation.check: runs the quality gate on a translation with its source, applies the safe fixes (quote style,
/// number format, French spacing, boilerplate lines), records findings and fixes, and publishes, holds for an
/// editor, or rejects by the verdict.
/// </summary>
public sealed class CheckStep(IArticleStore articles, ITranslationStore store, QualityGate gate, TimeProvider time)
    : PipelineStep<TranslationPayload>(PipelineRoutes.Check)
{
    protected override async Task<StepOutcome> RunAsync(TranslationPayload payload, Job job, CancellationToken cancellationToken)
    {
        var translation = await store.GetTranslationAsync(new TranslationId(payload.Translation), cancellationToken);
        if (translation is null)
        {
            return new StepOutcome.Fail($"translation {payload.Translation} is no longer stored");
        }
        if (translation.Status != TranslationStatus.Translated)
        {
            return StepOutcome.Finished(); // checked already, or an editor decided
        }
        var article = await articles.GetArticleAsync(translation.ArticleId, cancellationToken);
        var glossary = await store.ListGlossaryAsync(translation.SourceLanguage, LanguageTag.Parse(translation.Language.Language), cancellationToken);
        var input = new QualityInput(
            ArticleTextLayout.Layout(translation.Content),
            LanguageTag.Parse(translation.SourceLanguage.Language),
            LanguageTag.Parse(translation.Language.Language),
            translation.Language.Region is null ? null : translation.Language,
            article is null || article.Revision != translation.ArticleRevision ? null : ArticleTextLayout.Layout(article.Content),
            glossary);

        FixResult fix;
        try
        {
            fix = gate.Fix(input);
        }
        catch (QualityInputException e)
        {
            return new StepOutcome.Fail($"the quality gate cannot check translation {translation.Id}: {e.Message}");
        }

        var (content, applied) = ArticleTextLayout.ApplyFixes(translation.Content, fix.Applied);
        var report = fix.Report;
        var fixedText = ArticleTextLayout.Layout(content);
        if (!string.Equals(fixedText, fix.Text, StringComparison.Ordinal))
        {
            // Some fix could not be placed in the blocks: check what will actually be stored, so the spans fit it.
            report = gate.Check(input with { Target = fixedText });
        }
        var status = report.Verdict switch
        {
            Verdict.Publish => TranslationStatus.Published,
            Verdict.Reject => TranslationStatus.Rejected,
            _ => TranslationStatus.Held,
        };
        await store.RecordCheckAsync(translation.Id, new TranslationCheck(status, report.Verdict.ToContractName(),
            QualityJson.SerializeFindings(report.Findings), QualityJson.SerializeFixes(applied), applied.Count > 0 ? content : null),
            time.GetUtcNow(), cancellationToken);
        return status == TranslationStatus.Published
            ? StepOutcome.Finished(PipelineRoutes.PublishJob(translation.Id))
            : StepOutcome.Finished();
    }
}
