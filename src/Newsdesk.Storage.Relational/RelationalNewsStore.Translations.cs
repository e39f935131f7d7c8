using System.Text.Json;
using Dapper;
using Newsdesk.Model;

namespace Newsdesk.Storage.Relational;

// Translations, the translation memory and the glossary.
public abstract partial class RelationalNewsStore
{
    private const string TranslationColumns =
        "id, article_id, lang, source_lang, article_revision, engine, status, title, lead, blocks, verdict, findings, " +
        "fixes, cost_chars, cost_tokens, memory_hits, engine_calls, error, reviewed_by, created_at, updated_at, published_at, unknown_words";

    public async Task<TranslationId> SaveTranslationAsync(TranslationDraft draft, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var id = await db.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO translations (article_id, lang, source_lang, article_revision, engine, status, title, lead, blocks,
                verdict, findings, fixes, cost_chars, cost_tokens, memory_hits, engine_calls, error, reviewed_by, created_at, updated_at,
                memory_candidates, unknown_words)
            VALUES (@ArticleId, @Lang, @SourceLang, @Revision, @Engine, @Status, @Title, @Lead, @Blocks,
                NULL, '[]', @Fixes, @CostChars, @CostTokens, @MemoryHits, @EngineCalls, @Error, NULL, @Now, @Now, @Candidates, @UnknownWords)
            ON CONFLICT (article_id, lang) DO UPDATE SET
                source_lang = excluded.source_lang, article_revision = excluded.article_revision, engine = excluded.engine,
                status = excluded.status, title = excluded.title, lead = excluded.lead, blocks = excluded.blocks,
                verdict = NULL, findings = '[]', fixes = excluded.fixes, cost_chars = excluded.cost_chars,
                cost_tokens = excluded.cost_tokens, memory_hits = excluded.memory_hits, engine_calls = excluded.engine_calls,
                error = excluded.error, reviewed_by = NULL, updated_at = excluded.updated_at,
                memory_candidates = excluded.memory_candidates, unknown_words = excluded.unknown_words
            RETURNING id
            """,
            new
            {
                ArticleId = draft.ArticleId.Value,
                Lang = draft.Language.Value,
                SourceLang = draft.SourceLanguage.Value,
                Revision = (long)draft.ArticleRevision,
                draft.Engine,
                Status = Codes.Status(draft.Status),
                draft.Content.Title,
                draft.Content.Lead,
                Blocks = StoreJson.WriteBlocks(draft.Content.Blocks),
                CostChars = draft.CostCharacters,
                CostTokens = draft.CostTokens,
                MemoryHits = (long)draft.MemoryHits,
                EngineCalls = (long)draft.EngineCalls,
                draft.Error,
                Fixes = draft.FixesJson,
                Now = Time.Ms(now),
                Candidates = JsonSerializer.Serialize((draft.MemoryCandidates ?? []).ToList(), StoreJson.Default.ListMemorySegment),
                UnknownWords = JsonSerializer.Serialize((draft.UnknownWords ?? []).ToArray(), StoreJson.Default.StringArray),
            }, cancellationToken: cancellationToken));
        return new TranslationId(id);
    }

    public async Task<StoredTranslation?> GetTranslationAsync(TranslationId id, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<TranslationRow>(new CommandDefinition(
            $"SELECT {TranslationColumns} FROM translations WHERE id = @Id", new { Id = id.Value }, cancellationToken: cancellationToken));
        return row?.ToModel();
    }

    public async Task<StoredTranslation?> FindTranslationAsync(ArticleId article, LanguageTag language, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<TranslationRow>(new CommandDefinition(
            $"SELECT {TranslationColumns} FROM translations WHERE article_id = @Article AND lang = @Lang",
            new { Article = article.Value, Lang = language.Value }, cancellationToken: cancellationToken));
        return row?.ToModel();
    }

    public async Task<IReadOnlyList<StoredTranslation>> ListTranslationsForArticleAsync(ArticleId article, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<TranslationRow>(new CommandDefinition(
            $"SELECT {TranslationColumns} FROM translations WHERE article_id = @Article ORDER BY lang",
            new { Article = article.Value }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToModel()).ToList();
    }

    public async Task<IReadOnlyList<StoredTranslation>> ListTranslationsAsync(TranslationQuery query, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<TranslationRow>(new CommandDefinition(
            $"""
            SELECT {TranslationColumns} FROM translations
            WHERE (@Lang IS NULL OR lang = @Lang) AND (@Status IS NULL OR status = @Status)
            ORDER BY COALESCE(published_at, updated_at) DESC, id DESC
            LIMIT @Limit OFFSET @Offset
            """,
            new
            {
                Lang = query.Language?.Value,
                Status = query.Status is { } s ? Codes.Status(s) : null,
                Limit = (long)query.Limit,
                Offset = (long)query.Offset,
            }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToModel()).ToList();
    }

    public async Task<IReadOnlyList<TranslationCostSummary>> SummarizeCostsAsync(CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<(string Engine, string Lang, long N, long Chars, long Tokens, long Calls, long Hits)>(new CommandDefinition(
            """
            SELECT engine, lang, COUNT(*), SUM(cost_chars), SUM(cost_tokens), SUM(engine_calls), SUM(memory_hits)
            FROM translations GROUP BY engine, lang ORDER BY engine, lang
            """, cancellationToken: cancellationToken));
        return rows.Select(r => new TranslationCostSummary(r.Engine, r.Lang, r.N, r.Chars, r.Tokens, r.Calls, r.Hits)).ToList();
    }

    public async Task RecordCheckAsync(TranslationId id, TranslationCheck check, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var fixedContent = check.FixedContent;
        await using var db = await OpenAsync(cancellationToken);
        var n = await db.ExecuteAsync(new CommandDefinition(
            """
            UPDATE translations SET status = @Status, verdict = @Verdict, findings = @Findings, fixes = @Fixes,
                title = COALESCE(@Title, title), lead = CASE WHEN @HasContent = 1 THEN @Lead ELSE lead END,
                blocks = COALESCE(@Blocks, blocks),
                published_at = CASE WHEN @Status = 'published' THEN COALESCE(published_at, @Now) ELSE published_at END,
                updated_at = @Now
            WHERE id = @Id
            """,
            new
            {
                Id = id.Value,
                Status = Codes.Status(check.Status),
                check.Verdict,
                Findings = check.FindingsJson,
                Fixes = check.FixesJson,
                HasContent = fixedContent is null ? 0L : 1L,
                fixedContent?.Title,
                fixedContent?.Lead,
                Blocks = fixedContent is null ? null : StoreJson.WriteBlocks(fixedContent.Blocks),
                Now = Time.Ms(now),
            }, cancellationToken: cancellationToken));
        if (n == 0)
        {
            throw new KeyNotFoundException($"No translation with id {id}.");
        }
    }

    public async Task<bool> ReviewTranslationAsync(TranslationId id, TranslationStatus status, string reviewer, ExtractedArticle? editedContent,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var n = await db.ExecuteAsync(new CommandDefinition(
            """
            UPDATE translations SET status = @Status, reviewed_by = @Reviewer,
                title = COALESCE(@Title, title), lead = CASE WHEN @HasContent = 1 THEN @Lead ELSE lead END,
                blocks = COALESCE(@Blocks, blocks),
                published_at = CASE WHEN @Status = 'published' THEN COALESCE(published_at, @Now) ELSE published_at END,
                updated_at = @Now
            WHERE id = @Id
            """,
            new
            {
                Id = id.Value,
                Status = Codes.Status(status),
                Reviewer = reviewer,
                HasContent = editedContent is null ? 0L : 1L,
                editedContent?.Title,
                editedContent?.Lead,
                Blocks = editedContent is null ? null : StoreJson.WriteBlocks(editedContent.Blocks),
                Now = Time.Ms(now),
            }, cancellationToken: cancellationToken));
        return n > 0;
    }

    // --- translation memory ------------------------------------------------------------------

    public async Task<IReadOnlyDictionary<string, string>> GetMemoryAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return found;
        }
        await using var db = await OpenAsync(cancellationToken);
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var rows = await db.QueryAsync<(string Key, string TargetText)>(new CommandDefinition(
                $"SELECT key, target_text FROM translation_memory WHERE {InList("key", "@Keys")}", new { Keys = chunk }, cancellationToken: cancellationToken));
            foreach (var (key, target) in rows)
            {
                found[key] = target;
            }
        }
        return found;
    }

    public async Task PutMemoryAsync(IReadOnlyCollection<MemorySegment> segments, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (segments.Count == 0)
        {
            return;
        }
        await using var db = await OpenAsync(cancellationToken);
        await using var tx = await BeginWriteAsync(db, cancellationToken);
        foreach (var s in segments)
        {
            await db.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO translation_memory (key, source_lang, target_lang, engine, source_text, target_text, created_at, updated_at)
                VALUES (@Key, @SourceLanguage, @TargetLanguage, @Engine, @SourceText, @TargetText, @Now, @Now)
                ON CONFLICT (key) DO UPDATE SET target_text = excluded.target_text, updated_at = excluded.updated_at
                """,
                new { s.Key, s.SourceLanguage, s.TargetLanguage, s.Engine, s.SourceText, s.TargetText, Now = Time.Ms(now) }, tx,
                cancellationToken: cancellationToken));
        }
        await tx.CommitAsync(cancellationToken);
    }

    public async Task<long> CountMemoryAsync(CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        return await db.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM translation_memory", cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<MemorySegment>> GetMemoryCandidatesAsync(TranslationId id, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var json = await db.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT memory_candidates FROM translations WHERE id = @Id", new { Id = id.Value }, cancellationToken: cancellationToken));
        return json is null ? [] : JsonSerializer.Deserialize(json, StoreJson.Default.ListMemorySegment) ?? [];
    }

    public async Task<long> ForgetMemoryAsync(MemoryFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        if (filter.Segments is { } segments)
        {
            if (segments.Count == 0)
            {
                return 0;
            }
            await using var tx = await BeginWriteAsync(db, cancellationToken);
            long removed = 0;
            foreach (var s in segments)
            {
                removed += await db.ExecuteAsync(new CommandDefinition(
                    "DELETE FROM translation_memory WHERE key = @Key AND target_text = @TargetText", new { s.Key, s.TargetText }, tx,
                    cancellationToken: cancellationToken));
            }
            await tx.CommitAsync(cancellationToken);
            return removed;
        }
        return await db.ExecuteAsync(new CommandDefinition(
            """
            DELETE FROM translation_memory
            WHERE (@Engine IS NULL OR engine = @Engine) AND (@Source IS NULL OR source_lang = @Source)
              AND (@Target IS NULL OR target_lang = @Target) AND (@Before IS NULL OR updated_at < @Before)
            """,
            new { filter.Engine, Source = filter.SourceLanguage, Target = filter.TargetLanguage, Before = filter.Before is { } b ? Time.Ms(b) : (long?)null },
            cancellationToken: cancellationToken));
    }

    // --- glossary ------------------------------------------------------------------------------

    public async Task<IReadOnlyList<GlossaryEntry>> ListGlossaryAsync(LanguageTag? source, LanguageTag? target, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<GlossaryRow>(new CommandDefinition(
            """
            SELECT source_lang, target_lang, term, rendering, avoid, note FROM glossary_entries
            WHERE (@Source IS NULL OR source_lang = @Source) AND (@Target IS NULL OR target_lang = @Target)
            ORDER BY source_lang, target_lang, term
            """, new { Source = source?.Value, Target = target?.Value }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToModel()).ToList();
    }

    public async Task AddGlossaryEntryAsync(GlossaryEntry entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(entry.Term))
        {
            throw new ArgumentException("A glossary entry needs a term.", nameof(entry));
        }
        await using var db = await OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO glossary_entries (source_lang, target_lang, term, rendering, avoid, note, created_at)
            VALUES (@Source, @Target, @Term, @Rendering, @Avoid, @Note, @Now)
            ON CONFLICT (source_lang, target_lang, term) DO UPDATE SET rendering = excluded.rendering, avoid = excluded.avoid, note = excluded.note
            """,
            new
            {
                Source = entry.SourceLanguage.Value,
                Target = entry.TargetLanguage.Value,
                Term = entry.Term.Trim(),
                entry.Rendering,
                Avoid = JsonSerializer.Serialize((entry.Avoid ?? []).ToArray(), StoreJson.Default.StringArray),
                entry.Note,
                Now = Time.Ms(now),
            }, cancellationToken: cancellationToken));
    }

    public async Task<bool> RemoveGlossaryEntryAsync(LanguageTag source, LanguageTag target, string term, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        return await db.ExecuteAsync(new CommandDefinition(
            "DELETE FROM glossary_entries WHERE source_lang = @Source AND target_lang = @Target AND term = @Term",
            new { Source = source.Value, Target = target.Value, Term = term.Trim() }, cancellationToken: cancellationToken)) > 0;
    }
}
