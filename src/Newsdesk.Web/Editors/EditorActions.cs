using System.Text.Json;
using Newsdesk.Model;
using Newsdesk.Processing;
using Newsdesk.Review;
using Newsdesk.Storage;

namespace Newsdesk.Web.Editors;

/// <summary>
/// What editors do, each action written to the audit log: approve, edit then approve, re-translate with another engine,
/// reject; source settings; glossary entries.
/// </summary>
public sealed class EditorActions(
    ISourceStore sources,
    ITranslationStore translations,
    IJobStore jobs,
    IEditorStore editors,
    ISiteStore site,
    TranslationDecisions decisions,
    TimeProvider time)
{
    private Task AuditAsync(string actor, string action, string target, object? details, CancellationToken cancellationToken) =>
        editors.AddAuditAsync(new AuditEntry(time.GetUtcNow(), actor, action, target,
            details is null ? null : JsonSerializer.Serialize(details)), cancellationToken);

    public async Task<bool> ApproveAsync(TranslationId id, string editor, CancellationToken cancellationToken)
    {
        if (!await decisions.ApproveAsync(id, editor, null, cancellationToken))
        {
            return false;
        }
        await AuditAsync(editor, "translation.approve", "translation:" + id, null, cancellationToken);
        return true;
    }

    public async Task<bool> EditAndApproveAsync(TranslationId id, string editor, string title, string? lead, IReadOnlyList<string?> blocks,
        CancellationToken cancellationToken)
    {
        var before = await translations.GetTranslationAsync(id, cancellationToken);
        if (before is null)
        {
            return false;
        }
        var after = EditedContent.Apply(before.Content, title, lead, blocks);
        if (!await decisions.ApproveAsync(id, editor, after, cancellationToken))
        {
            return false;
        }
        var changed = before.Content.Blocks.Select((b, i) => i < after.Blocks.Count && after.Blocks[i].Text != b.Text ? i : -1).Where(i => i >= 0).ToList();
        await AuditAsync(editor, "translation.edit-approve", "translation:" + id,
            new { titleChanged = before.Content.Title != after.Title, blocksChanged = changed }, cancellationToken);
        return true;
    }

    public async Task<bool> RetranslateAsync(TranslationId id, string editor, string engine, CancellationToken cancellationToken)
    {
        var t = await translations.GetTranslationAsync(id, cancellationToken);
        if (t is null)
        {
            return false;
        }
        await jobs.EnqueueAsync([PipelineRoutes.RetranslateJob(t.ArticleId, t.Language, engine)], time.GetUtcNow(), cancellationToken);
        await AuditAsync(editor, "translation.retranslate", "translation:" + id, new { engine, previous = t.Engine }, cancellationToken);
        return true;
    }

    public async Task<bool> RejectAsync(TranslationId id, string editor, string? reason, CancellationToken cancellationToken)
    {
        if (!await decisions.RejectAsync(id, editor, cancellationToken))
        {
            return false;
        }
        await AuditAsync(editor, "translation.reject", "translation:" + id, new { reason }, cancellationToken);
        return true;
    }

    public async Task<Source> AddSourceAsync(string editor, SourceDraft draft, CancellationToken cancellationToken)
    {
        var source = await sources.AddSourceAsync(draft, time.GetUtcNow(), cancellationToken);
        await AuditAsync(editor, "source.add", "source:" + source.Id, new { draft.Url }, cancellationToken);
        return source;
    }

    public async Task<bool> UpdateSourceAsync(string editor, Source updated, CancellationToken cancellationToken)
    {
        if (await sources.GetSourceAsync(updated.Id, cancellationToken) is null)
        {
            return false;
        }
        await sources.UpdateSourceSettingsAsync(updated, cancellationToken);
        await AuditAsync(editor, "source.update", "source:" + updated.Id, new
        {
            updated.Name,
            language = updated.Language?.Value,
            licence = updated.Licence.ToString(),
            updated.NoIndex,
            pollMinutes = updated.PollInterval.TotalMinutes,
            updated.Paused,
        }, cancellationToken);
        return true;
    }

    public async Task AddGlossaryEntryAsync(string editor, GlossaryEntry entry, CancellationToken cancellationToken)
    {
        await translations.AddGlossaryEntryAsync(entry, time.GetUtcNow(), cancellationToken);
        await AuditAsync(editor, "glossary.add", $"glossary:{entry.SourceLanguage}-{entry.TargetLanguage}",
            new { entry.Term, entry.Rendering, entry.Avoid, entry.Note }, cancellationToken);
    }

    public async Task<bool> RemoveGlossaryEntryAsync(string editor, LanguageTag source, LanguageTag target, string term, CancellationToken cancellationToken)
    {
        var removed = await translations.RemoveGlossaryEntryAsync(source, target, term, cancellationToken);
        if (removed)
        {
            await AuditAsync(editor, "glossary.remove", $"glossary:{source}-{target}", new { term }, cancellationToken);
        }
        return removed;
    }

    /// <summary>Sets a section or topic name in an edition's language by hand (the engine never replaces it).</summary>
    public async Task SetLabelAsync(string editor, LanguageTag sourceLanguage, string source, LanguageTag language, string label,
        CancellationToken cancellationToken)
    {
        await site.SetSiteLabelAsync(new SiteLabel(sourceLanguage, source, language, label, SiteLabelSetter.Editor, null, editor, time.GetUtcNow()),
            cancellationToken);
        await AuditAsync(editor, "label.set", $"label:{sourceLanguage}-{language}", new { source, label }, cancellationToken);
    }
}
