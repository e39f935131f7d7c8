using Newsdesk.Model;
using Newsdesk.Publishing;
using Newsdesk.Quality;
using Newsdesk.Quality.Contract;
using Newsdesk.Review;
using Newsdesk.Storage;

namespace Newsdesk.Processing;

/// <summary>
/// The one place where a translation's fate is decided: by the gate's verdict after the check, or by an editor's approval
/// or rejection. Every decision records the status, teaches the translation memory only what was accepted (the engine's
/// segments when the translation is published or approved, the editor's version when it was edited) and takes back what
/// a rejection turned down, then publishes or withdraws: through a publish job for the gate (so it commits with the
/// check), at once for an editor.
/// </summary>
public sealed class TranslationDecisions(
    ITranslationStore translations,
    IArticleStore articles,
    IPublisher publisher,
    IApprovedEditSink edits,
    TimeProvider time)
{
    /// <summary>
    /// Records the gate's verdict on a checked translation with its findings, the fixes applied and the fixed content (null
    /// when nothing was fixed). Returns the follow-up jobs: a publish job when the verdict is publish, none otherwise.
    /// </summary>
    public async Task<IReadOnlyList<JobDraft>> GateDecidedAsync(TranslationId id, QualityReport report, IReadOnlyList<AppliedFix> applied,
        ExtractedArticle? fixedContent, CancellationToken cancellationToken, string engineFixesJson = "[]")
    {
        var status = report.Verdict switch
        {
            Verdict.Publish => TranslationStatus.Published,
            Verdict.Reject => TranslationStatus.Rejected,
            _ => TranslationStatus.Held,
        };
        if (status == TranslationStatus.Published)
        {
            // Remembered before the status is written, so that a worker killed in between leaves nothing half done.
            // Held and rejected output stays on its record for the review queue, never in the memory.
            await RememberAsync(id, cancellationToken);
        }
        await translations.RecordCheckAsync(id, new TranslationCheck(status, report.Verdict.ToContractName(),
            QualityJson.SerializeFindings(report.Findings), MergeFixes(engineFixesJson, QualityJson.SerializeFixes(applied)), fixedContent),
            time.GetUtcNow(), cancellationToken);
        return status == TranslationStatus.Published ? [PipelineRoutes.PublishJob(id)] : [];
    }

    // The translator's fixes (kept on the record since translate) come first, then the gate's; both are JSON arrays.
    private static string MergeFixes(string engine, string gate)
    {
        var first = engine.Trim();
        var second = gate.Trim();
        if (first.Length < 2 || first == "[]")
        {
            return second;
        }
        return second == "[]" ? first : string.Concat(first.AsSpan(0, first.Length - 1), ",", second.AsSpan(1));
    }

    /// <summary>
    /// The check job runs again after the gate already published the translation (a worker stopped before the job was
    /// marked done): the publish job it would have queued is queued again. Remembering and publishing are idempotent.
    /// </summary>
    public async Task<IReadOnlyList<JobDraft>> GateDecidedBeforeAsync(TranslationId id, CancellationToken cancellationToken)
    {
        await RememberAsync(id, cancellationToken);
        return [PipelineRoutes.PublishJob(id)];
    }

    /// <summary>An editor approves a translation as it is, or with their edited version; it is published at once.</summary>
    /// <returns>False when there is no such translation (or its article is gone).</returns>
    public async Task<bool> ApproveAsync(TranslationId id, string editor, ExtractedArticle? edited, CancellationToken cancellationToken)
    {
        var before = await translations.GetTranslationAsync(id, cancellationToken);
        var source = before is null ? null : await articles.GetArticleAsync(before.ArticleId, cancellationToken);
        if (before is null || source is null
            || !await translations.ReviewTranslationAsync(id, TranslationStatus.Published, editor, edited, time.GetUtcNow(), cancellationToken))
        {
            return false;
        }
        // The engine's segments are remembered; where the editor changed one, the editor's rendering is kept under a key that
        // wins over any engine's (ArticleTranslator.EditorKey).
        await RememberAsync(id, cancellationToken);
        if (edited is not null)
        {
            await edits.RecordAsync(new ApprovedEdit(source, before, edited, editor), cancellationToken);
        }
        await publisher.PublishTranslationAsync(id, cancellationToken);
        return true;
    }

    /// <summary>An editor rejects a translation: it is withdrawn if it was live, and what it taught the memory is forgotten.</summary>
    public async Task<bool> RejectAsync(TranslationId id, string editor, CancellationToken cancellationToken)
    {
        if (!await translations.ReviewTranslationAsync(id, TranslationStatus.Rejected, editor, null, time.GetUtcNow(), cancellationToken))
        {
            return false;
        }
        var taught = await translations.GetMemoryCandidatesAsync(id, cancellationToken);
        await translations.ForgetMemoryAsync(new MemoryFilter(Segments: taught), cancellationToken);
        await publisher.PublishTranslationAsync(id, cancellationToken); // withdraws it if it was live
        return true;
    }

    private async Task RememberAsync(TranslationId id, CancellationToken cancellationToken) =>
        await translations.PutMemoryAsync(await translations.GetMemoryCandidatesAsync(id, cancellationToken), time.GetUtcNow(), cancellationToken);
}
