using Newsdesk.Model;
using Newsdesk.Quality;
using Newsdesk.Quality.Contract;
using Newsdesk.Storage;
using Newsdesk.Translation;

namespace Newsdesk.Processing;

/// <summary>
/// translation.check, in one pass: check the translation against its source, apply the safe fixes (quote style, number
/// format, French spacing, boilerplate lines) to the blocks, check what will be stored once more when something was
/// fixed, and hand the verdict to <see cref="TranslationDecisions"/>, which records it, remembers accepted output and
/// queues the publish job. The gate runs at most twice per check.
/// </summary>
public sealed class CheckStep(IArticleStore articles, ITranslationStore store, QualityGate gate, TranslationDecisions decisions)
    : PipelineStep<TranslationPayload>(PipelineRoutes.Check)
{
    /// <summary>The gate's language models load while the translation that comes first is made.</summary>
    public override void Prepare() => gate.Prepare();

    protected override async Task<StepOutcome> RunAsync(TranslationPayload payload, Job job, CancellationToken cancellationToken)
    {
        var translation = await store.GetTranslationAsync(new TranslationId(payload.Translation), cancellationToken);
        if (translation is null)
        {
            return new StepOutcome.Fail($"translation {payload.Translation} is no longer stored");
        }
        if (translation is { Status: TranslationStatus.Published, ReviewedBy: null, Verdict: not null })
        {
            return StepOutcome.Finished(await decisions.GateDecidedBeforeAsync(translation.Id, cancellationToken));
        }
        if (translation.Status != TranslationStatus.Translated)
        {
            return StepOutcome.Finished(); // held or rejected already, or an editor decided
        }
        var article = await articles.GetArticleAsync(translation.ArticleId, cancellationToken);
        var glossary = await store.ListGlossaryAsync(translation.SourceLanguage, LanguageTag.Parse(translation.Language.Language), cancellationToken);
        var input = new QualityInput(
            ArticleTextLayout.Layout(translation.Content),
            LanguageTag.Parse(translation.SourceLanguage.Language),
            LanguageTag.Parse(translation.Language.Language),
            translation.Language.Region is null ? null : translation.Language,
            article is null || article.Revision != translation.ArticleRevision ? null : ArticleTextLayout.Layout(article.Content),
            glossary,
            translation.Content.Blocks.Where(b => ArticleTranslator.IsKeptPassage(b, translation.SourceLanguage)).Select(b => b.Text).ToList())
        {
            EngineUnknownWords = translation.UnknownWords,
        };

        QualityReport report;
        try
        {
            report = gate.Check(input);
        }
        catch (QualityInputException e)
        {
            return new StepOutcome.Fail($"the quality gate cannot check translation {translation.Id}: {e.Message}");
        }
        var (content, applied) = ArticleTextLayout.ApplyFixes(translation.Content, QualityGate.SafeFixes(report, input.Target));
        if (applied.Count > 0)
        {
            // The verdict is on what will be stored: the fixed blocks, laid out again.
            report = gate.Check(input with { Target = ArticleTextLayout.Layout(content) });
        }
        return StepOutcome.Finished(await decisions.GateDecidedAsync(translation.Id, report, applied, applied.Count > 0 ? content : null,
            cancellationToken, translation.FixesJson));
    }
}
