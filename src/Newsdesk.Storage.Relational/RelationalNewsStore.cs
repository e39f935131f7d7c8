using System.Data.Common;
using System.Text.Json;
using Dapper;
using Newsdesk.Model;

namespace Newsdesk.Storage.Relational;

/// <summary>
/// The store's SQL, written once for both dialects. SQLite and PostgreSQL agree on nearly all of it
/// (ON CONFLICT, RETURNING, partial indexes); a dialect overrides only what differs: how a connection and a
/// write transaction are opened, how jobs are leased, and row locking.
/// </summary>
public abstract partial class RelationalNewsStore : INewsStore
{
    static RelationalNewsStore()
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
    }

    public abstract string Dialect { get; }

    /// <summary>Opens a connection ready for use.</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Begins a transaction that will write (SQLite: BEGIN IMMEDIATE, so writers queue instead of deadlocking).</summary>
    protected virtual async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);

    /// <summary>Suffix that locks selected rows until commit (PostgreSQL: FOR UPDATE; SQLite locks the whole database instead).</summary>
    protected abstract string ForUpdate { get; }

    /// <summary>
    /// Statement that moves up to @Max runnable jobs to 'running' for @Worker until @Expires and returns them (JobRow columns).
    /// Parameters: @Worker, @Max, @Now, @Expires.
    /// </summary>
    protected abstract string LeaseSql { get; }

    /// <summary>"column matches any element of the list parameter": SQLite gets Dapper's expanded IN list, PostgreSQL an array.</summary>
    protected virtual string InList(string column, string parameter) => $"{column} IN {parameter}";

    /// <summary>Runs migrations under the dialect's lock against concurrent migrators.</summary>
    public abstract Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken);

    // --- sources ---------------------------------------------------------------------------

    private const string SourceColumns =
        "id, url, kind, name, language, licence, noindex, poll_interval_s, paused, created_at, etag, last_modified, " +
        "last_fetch_at, next_fetch_at, last_status, last_error, consecutive_errors, item_count";

    public async Task<Source> AddSourceAsync(SourceDraft draft, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<SourceRow>(new CommandDefinition(
            $"""
            INSERT INTO sources (url, kind, name, language, licence, noindex, poll_interval_s, paused, created_at, next_fetch_at)
            VALUES (@Url, @Kind, @Name, @Language, @Licence, @NoIndex, @Interval, 0, @Now, @Now)
            ON CONFLICT (url) DO NOTHING
            RETURNING {SourceColumns}
            """,
            new
            {
                draft.Url,
                Kind = Codes.Kind(draft.Kind),
                draft.Name,
                Language = draft.Language?.Value,
                Licence = Codes.Licence(draft.Licence),
                NoIndex = draft.NoIndex ? 1L : 0L,
                Interval = (long)(draft.PollInterval ?? TimeSpan.FromMinutes(15)).TotalSeconds,
                Now = Time.Ms(now),
            }, cancellationToken: cancellationToken));
        if (row is null)
        {
            var existing = await FindSourceByUrlAsync(draft.Url, cancellationToken);
            throw new DuplicateSourceException(draft.Url, existing!.Id);
        }
        return row.ToModel();
    }

    public async Task<Source?> GetSourceAsync(SourceId id, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<SourceRow>(new CommandDefinition(
            $"SELECT {SourceColumns} FROM sources WHERE id = @Id", new { Id = id.Value }, cancellationToken: cancellationToken));
        return row?.ToModel();
    }

    public async Task<Source?> FindSourceByUrlAsync(string url, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<SourceRow>(new CommandDefinition(
            $"SELECT {SourceColumns} FROM sources WHERE url = @Url", new { Url = url }, cancellationToken: cancellationToken));
        return row?.ToModel();
    }

    public async Task<IReadOnlyList<Source>> ListSourcesAsync(CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<SourceRow>(new CommandDefinition(
            $"SELECT {SourceColumns} FROM sources ORDER BY id", cancellationToken: cancellationToken));
        return rows.Select(r => r.ToModel()).ToList();
    }

    public async Task UpdateSourceSettingsAsync(Source source, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var n = await db.ExecuteAsync(new CommandDefinition(
            """
            UPDATE sources SET kind = @Kind, name = @Name, language = @Language, licence = @Licence, noindex = @NoIndex,
                poll_interval_s = @Interval, paused = @Paused
            WHERE id = @Id
            """,
            new
            {
                Id = source.Id.Value,
                Kind = Codes.Kind(source.Kind),
                source.Name,
                Language = source.Language?.Value,
                Licence = Codes.Licence(source.Licence),
                NoIndex = source.NoIndex ? 1L : 0L,
                Interval = (long)source.PollInterval.TotalSeconds,
                Paused = source.Paused ? 1L : 0L,
            }, cancellationToken: cancellationToken));
        if (n == 0)
        {
            throw new KeyNotFoundException($"No source with id {source.Id}.");
        }
    }

    public async Task<bool> RemoveSourceAsync(SourceId id, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        await using var tx = await BeginWriteAsync(db, cancellationToken);
        // Articles and pages outlive their source: they were published, and other sources may link them.
        await db.ExecuteAsync(new CommandDefinition("DELETE FROM feed_items WHERE source_id = @Id", new { Id = id.Value }, tx, cancellationToken: cancellationToken));
        await db.ExecuteAsync(new CommandDefinition("UPDATE articles SET source_id = NULL WHERE source_id = @Id", new { Id = id.Value }, tx, cancellationToken: cancellationToken));
        await db.ExecuteAsync(new CommandDefinition("UPDATE pages SET source_id = NULL WHERE source_id = @Id", new { Id = id.Value }, tx, cancellationToken: cancellationToken));
        var n = await db.ExecuteAsync(new CommandDefinition("DELETE FROM sources WHERE id = @Id", new { Id = id.Value }, tx, cancellationToken: cancellationToken));
        await tx.CommitAsync(cancellationToken);
        return n > 0;
    }

    public async Task<IReadOnlyList<Source>> ListDueSourcesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<SourceRow>(new CommandDefinition(
            $"SELECT {SourceColumns} FROM sources WHERE paused = 0 AND next_fetch_at <= @Now ORDER BY next_fetch_at, id",
            new { Now = Time.Ms(now) }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToModel()).ToList();
    }

    public async Task RecordSourceFetchAsync(SourceId id, SourceFetchRecord record, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            """
            UPDATE sources SET
                last_fetch_at = @At, next_fetch_at = @Next, last_status = @Status, last_error = @Error,
                etag = COALESCE(@ETag, etag), last_modified = COALESCE(@LastModified, last_modified),
                consecutive_errors = CASE WHEN @Failed = 1 THEN consecutive_errors + 1 ELSE 0 END,
                item_count = item_count + @NewItems,
                kind = CASE WHEN kind = 'auto' AND @DetectedKind IS NOT NULL THEN @DetectedKind ELSE kind END
            WHERE id = @Id
            """,
            new
            {
                Id = id.Value,
                At = Time.Ms(record.At),
                Next = Time.Ms(record.NextFetchAt),
                record.Status,
                record.Error,
                record.ETag,
                record.LastModified,
                Failed = record.Failed ? 1L : 0L,
                NewItems = (long)record.NewItems,
                DetectedKind = record.DetectedKind is { } k ? Codes.Kind(k) : null,
            }, cancellationToken: cancellationToken));
    }

    // --- feed items and pages --------------------------------------------------------------

    public async Task<IReadOnlyList<FeedItemDraft>> AddFeedItemsAsync(SourceId source, IReadOnlyList<FeedItemDraft> items, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var fresh = new List<FeedItemDraft>();
        await using var db = await OpenAsync(cancellationToken);
        await using var tx = await BeginWriteAsync(db, cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!seen.Add(item.Guid))
            {
                continue; // the same guid twice in one fetch is one item
            }
            var args = new
            {
                Source = source.Value,
                item.Guid,
                item.Url,
                item.Title,
                Published = Time.Iso(item.Published),
                item.Version,
                Now = Time.Ms(now),
            };
            var inserted = await db.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO feed_items (source_id, guid, url, title, published, version, first_seen_at, last_seen_at)
                VALUES (@Source, @Guid, @Url, @Title, @Published, @Version, @Now, @Now)
                ON CONFLICT (source_id, guid) DO NOTHING
                """, args, tx, cancellationToken: cancellationToken));
            if (inserted > 0)
            {
                fresh.Add(item);
                continue;
            }
            // Known item: a new version (the feed says it was updated) means the page is fetched again.
            var changed = await db.ExecuteAsync(new CommandDefinition(
                """
                UPDATE feed_items SET last_seen_at = @Now, version = @Version, url = @Url, title = @Title
                WHERE source_id = @Source AND guid = @Guid AND @Version IS NOT NULL AND (version IS NULL OR version <> @Version)
                """, args, tx, cancellationToken: cancellationToken));
            if (changed > 0)
            {
                fresh.Add(item);
            }
        }
        await tx.CommitAsync(cancellationToken);
        return fresh;
    }

    public async Task<PageId> SavePageAsync(FetchedPage page, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        return new PageId(await db.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO pages (url, final_url, source_id, fetched_at, status_code, content_type, charset, feed_title, body)
            VALUES (@Url, @FinalUrl, @SourceId, @FetchedAt, @StatusCode, @ContentType, @Charset, @FeedTitle, @Body)
            ON CONFLICT (url) DO UPDATE SET final_url = excluded.final_url, source_id = excluded.source_id,
                fetched_at = excluded.fetched_at, status_code = excluded.status_code, content_type = excluded.content_type,
                charset = excluded.charset, feed_title = excluded.feed_title, body = excluded.body, kind = NULL, kind_reason = NULL
            RETURNING id
            """,
            new
            {
                page.Url,
                page.FinalUrl,
                SourceId = page.SourceId?.Value,
                FetchedAt = Time.Ms(page.FetchedAt),
                StatusCode = (long)page.StatusCode,
                page.ContentType,
                page.Charset,
                page.FeedTitle,
                page.Body,
            }, cancellationToken: cancellationToken)));
    }

    public async Task RecordPageKindAsync(PageId page, PageKind kind, string? reason, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var updated = await db.ExecuteAsync(new CommandDefinition(
            "UPDATE pages SET kind = @Kind, kind_reason = @Reason WHERE id = @Id",
            new { Id = page.Value, Kind = kind.ToName(), Reason = reason }, cancellationToken: cancellationToken));
        if (updated == 0)
        {
            throw new InvalidOperationException($"page {page.Value} is not stored; its kind cannot be recorded.");
        }
    }

    public async Task<IReadOnlyList<PageKindCount>> CountPageKindsAsync(CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<(long? SourceId, string Kind, long Pages)>(new CommandDefinition(
            "SELECT source_id, kind, COUNT(*) FROM pages WHERE kind IS NOT NULL GROUP BY source_id, kind ORDER BY source_id, kind",
            cancellationToken: cancellationToken));
        return rows.Select(r => new PageKindCount(r.SourceId is { } s ? new SourceId(s) : null, PageKindNames.FromName(r.Kind), r.Pages)).ToList();
    }

    public async Task<IReadOnlyList<PageKindSample>> ListPagesOfKindAsync(PageKind kind, int limit, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<(long Id, string Url, long? SourceId, string? KindReason)>(new CommandDefinition(
            "SELECT id, url, source_id, kind_reason FROM pages WHERE kind = @Kind ORDER BY id DESC LIMIT @Limit",
            new { Kind = kind.ToName(), Limit = (long)limit }, cancellationToken: cancellationToken));
        return rows.Select(r => new PageKindSample(new PageId(r.Id), r.Url, r.SourceId is { } s ? new SourceId(s) : null, kind, r.KindReason)).ToList();
    }

    public async Task<FetchedPage?> GetPageAsync(PageId id, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<PageRow>(new CommandDefinition(
            "SELECT id, url, final_url, source_id, fetched_at, status_code, content_type, charset, feed_title, body FROM pages WHERE id = @Id",
            new { Id = id.Value }, cancellationToken: cancellationToken));
        return row is null ? null : new FetchedPage
        {
            Id = new PageId(row.Id),
            Url = row.Url,
            FinalUrl = row.FinalUrl,
            SourceId = row.SourceId is { } s ? new SourceId(s) : null,
            FetchedAt = Time.FromMs(row.FetchedAt),
            StatusCode = (int)row.StatusCode,
            ContentType = row.ContentType,
            Charset = row.Charset,
            FeedTitle = row.FeedTitle,
            Body = row.Body,
        };
    }

    // --- articles --------------------------------------------------------------------------

    private const string ArticleColumns =
        "id, canonical_url, url, source_id, revision, content_hash, simhash, cluster_id, title, lead, byline, published, " +
        "modified, lang, section, tags, image, site_name, is_live_blog, is_paywalled, blocks, extraction_path, created_at, updated_at";

    public async Task<ArticleSaveOutcome> SaveArticleAsync(ArticleDraft draft, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var a = draft.Content;
        var blocks = StoreJson.WriteBlocks(a.Blocks);
        var args = new
        {
            draft.CanonicalUrl,
            draft.Url,
            SourceId = draft.SourceId?.Value,
            draft.ContentHash,
            SimHash = draft.SimHash,
            ClusterOf = draft.ClusterOf?.Value,
            a.Title,
            a.Lead,
            a.Byline,
            Published = Time.Iso(a.Published),
            PublishedAt = a.Published is { } p ? Time.Ms(p) : (long?)null,
            Modified = Time.Iso(a.Modified),
            Lang = a.Language?.Value,
            a.Section,
            Tags = JsonSerializer.Serialize(a.Tags.ToArray(), StoreJson.Default.StringArray),
            Image = a.MainImage,
            a.SiteName,
            IsLiveBlog = a.IsLiveBlog ? 1L : 0L,
            IsPaywalled = a.IsPaywalled ? 1L : 0L,
            Blocks = blocks,
            ExtractionPath = a.Path.ToName(),
            Now = Time.Ms(now),
        };
        await using var db = await OpenAsync(cancellationToken);
        await using var tx = await BeginWriteAsync(db, cancellationToken);
        var newId = await db.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            """
            INSERT INTO articles (canonical_url, url, source_id, revision, content_hash, simhash, cluster_id, title, lead, byline,
                published, published_at, modified, lang, section, tags, image, site_name, is_live_blog, is_paywalled, blocks,
                extraction_path, created_at, updated_at)
            VALUES (@CanonicalUrl, @Url, @SourceId, 1, @ContentHash, @SimHash, @ClusterOf, @Title, @Lead, @Byline,
                @Published, @PublishedAt, @Modified, @Lang, @Section, @Tags, @Image, @SiteName, @IsLiveBlog, @IsPaywalled, @Blocks,
                @ExtractionPath, @Now, @Now)
            ON CONFLICT (canonical_url) DO NOTHING
            RETURNING id
            """, args, tx, cancellationToken: cancellationToken));
        ArticleSaveOutcome outcome;
        if (newId is { } id)
        {
            await db.ExecuteAsync(new CommandDefinition(
                "UPDATE articles SET cluster_id = id WHERE id = @Id AND cluster_id IS NULL", new { Id = id }, tx, cancellationToken: cancellationToken));
            await InsertRevisionAsync(db, tx, id, 1, args.ContentHash, args.Title, blocks, args.Now, cancellationToken);
            outcome = new ArticleSaveOutcome(new ArticleId(id), ArticleSaveKind.Created, 1);
        }
        else
        {
            var current = await db.QuerySingleAsync<(long Id, long Revision, string ContentHash)>(new CommandDefinition(
                $"SELECT id, revision, content_hash FROM articles WHERE canonical_url = @CanonicalUrl{ForUpdate}",
                args, tx, cancellationToken: cancellationToken));
            if (current.ContentHash == draft.ContentHash)
            {
                outcome = new ArticleSaveOutcome(new ArticleId(current.Id), ArticleSaveKind.Unchanged, (int)current.Revision);
            }
            else
            {
                var revision = current.Revision + 1;
                await db.ExecuteAsync(new CommandDefinition(
                    """
                    UPDATE articles SET url = @Url, revision = revision + 1, content_hash = @ContentHash, simhash = @SimHash,
                        title = @Title, lead = @Lead, byline = @Byline, published = COALESCE(@Published, published),
                        published_at = COALESCE(@PublishedAt, published_at), modified = @Modified, lang = @Lang, section = @Section,
                        tags = @Tags, image = @Image, site_name = @SiteName, is_live_blog = @IsLiveBlog, is_paywalled = @IsPaywalled,
                        blocks = @Blocks, extraction_path = @ExtractionPath, updated_at = @Now
                    WHERE canonical_url = @CanonicalUrl
                    """, args, tx, cancellationToken: cancellationToken));
                await InsertRevisionAsync(db, tx, current.Id, revision, args.ContentHash, args.Title, blocks, args.Now, cancellationToken);
                outcome = new ArticleSaveOutcome(new ArticleId(current.Id), ArticleSaveKind.Revised, (int)revision);
            }
        }
        await tx.CommitAsync(cancellationToken);
        return outcome;
    }

    private static Task InsertRevisionAsync(DbConnection db, DbTransaction tx, long id, long revision, string hash, string title,
        string blocks, long now, CancellationToken cancellationToken) =>
        db.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO article_revisions (article_id, revision, content_hash, title, blocks, created_at)
            VALUES (@Id, @Revision, @Hash, @Title, @Blocks, @Now)
            """, new { Id = id, Revision = revision, Hash = hash, Title = title, Blocks = blocks, Now = now }, tx,
            cancellationToken: cancellationToken));

    public async Task<bool> JoinClusterAsync(ArticleId article, ArticleId cluster, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        // Only an article that is its own cluster and that nothing else joined moves, so clusters never split.
        return await db.ExecuteAsync(new CommandDefinition(
            """
            UPDATE articles SET cluster_id = @Cluster
            WHERE id = @Id AND cluster_id = id AND NOT EXISTS (SELECT 1 FROM articles o WHERE o.cluster_id = @Id AND o.id <> @Id)
            """, new { Id = article.Value, Cluster = cluster.Value }, cancellationToken: cancellationToken)) > 0;
    }

    public async Task<StoredArticle?> GetArticleAsync(ArticleId id, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<ArticleRow>(new CommandDefinition(
            $"SELECT {ArticleColumns} FROM articles WHERE id = @Id", new { Id = id.Value }, cancellationToken: cancellationToken));
        return row?.ToModel();
    }

    public async Task<StoredArticle?> FindArticleByUrlAsync(string canonicalUrl, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<ArticleRow>(new CommandDefinition(
            $"SELECT {ArticleColumns} FROM articles WHERE canonical_url = @Url", new { Url = canonicalUrl }, cancellationToken: cancellationToken));
        return row?.ToModel();
    }

    public async Task<IReadOnlyList<StoredArticle>> ListArticlesAsync(int limit, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<ArticleRow>(new CommandDefinition(
            $"SELECT {ArticleColumns} FROM articles ORDER BY COALESCE(published_at, created_at) DESC, id DESC LIMIT @Limit",
            new { Limit = (long)limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToModel()).ToList();
    }

    public async Task<long> CountArticlesAsync(CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        return await db.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM articles", cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<ArticleFingerprint>> ListFingerprintsSinceAsync(DateTimeOffset since, ArticleId after, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<(long Id, long? ClusterId, long SimHash, long CreatedAt)>(new CommandDefinition(
            "SELECT id, cluster_id, simhash, created_at FROM articles WHERE created_at >= @Since AND id > @After ORDER BY id",
            new { Since = Time.Ms(since), After = after.Value },
            cancellationToken: cancellationToken));
        return rows.Select(r => new ArticleFingerprint(new ArticleId(r.Id), new ArticleId(r.ClusterId ?? r.Id), r.SimHash, Time.FromMs(r.CreatedAt))).ToList();
    }

    // --- jobs ------------------------------------------------------------------------------

    private const string InsertJobSql =
        """
        INSERT INTO jobs (kind, payload, dedupe_key, state, priority, attempts, max_attempts, run_after, created_at, updated_at)
        VALUES (@Kind, @Payload, @DedupeKey, 'pending', @Priority, 0, @MaxAttempts, @RunAfter, @Now, @Now)
        ON CONFLICT (dedupe_key) DO NOTHING
        """;

    private static object JobArgs(JobDraft job, DateTimeOffset now) => new
    {
        job.Kind,
        job.Payload,
        job.DedupeKey,
        Priority = (long)job.Priority,
        MaxAttempts = (long)job.MaxAttempts,
        RunAfter = Time.Ms(job.RunAfter ?? now),
        Now = Time.Ms(now),
    };

    public async Task<int> EnqueueAsync(IReadOnlyList<JobDraft> jobs, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (jobs.Count == 0)
        {
            return 0;
        }
        await using var db = await OpenAsync(cancellationToken);
        await using var tx = await BeginWriteAsync(db, cancellationToken);
        var added = await EnqueueInAsync(db, tx, jobs, now, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return added;
    }

    private static async Task<int> EnqueueInAsync(DbConnection db, DbTransaction tx, IReadOnlyList<JobDraft> jobs, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var job in jobs)
        {
            added += await db.ExecuteAsync(new CommandDefinition(InsertJobSql, JobArgs(job, now), tx, cancellationToken: cancellationToken));
        }
        return added;
    }

    public async Task<IReadOnlyList<Job>> LeaseJobsAsync(string worker, int max, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        await using var tx = await BeginWriteAsync(db, cancellationToken);
        // A job whose lease expired after its last allowed attempt is not run again: its worker died on it every time.
        await db.ExecuteAsync(new CommandDefinition(
            """
            UPDATE jobs SET state = 'failed', updated_at = @Now,
                last_error = COALESCE(last_error || ' / ', '') || 'lease expired on the last attempt (the worker stopped or hung)'
            WHERE state = 'running' AND lease_expires < @Now AND attempts >= max_attempts
            """, new { Now = Time.Ms(now) }, tx, cancellationToken: cancellationToken));
        var rows = await db.QueryAsync<JobRow>(new CommandDefinition(LeaseSql,
            new { Worker = worker, Max = (long)max, Now = Time.Ms(now), Expires = Time.Ms(now + lease) }, tx,
            cancellationToken: cancellationToken));
        var jobs = rows.Select(r => r.ToModel()).OrderBy(j => j.Id.Value).ToList();
        await tx.CommitAsync(cancellationToken);
        return jobs;
    }

    public async Task<bool> ExtendLeaseAsync(Job job, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var n = await db.ExecuteAsync(new CommandDefinition(
            "UPDATE jobs SET lease_expires = @Until WHERE id = @Id AND state = 'running' AND lease_owner = @Owner AND attempts = @Attempts",
            new { Until = Time.Ms(until), Id = job.Id.Value, Owner = job.LeaseOwner, Attempts = (long)job.Attempts },
            cancellationToken: cancellationToken));
        return n > 0;
    }

    public async Task<bool> ReleaseJobAsync(Job job, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var n = await db.ExecuteAsync(new CommandDefinition(
            """
            UPDATE jobs SET state = 'pending', attempts = attempts - 1, run_after = @Now, updated_at = @Now, lease_owner = NULL, lease_expires = NULL
            WHERE id = @Id AND state = 'running' AND lease_owner = @Owner AND attempts = @Attempts
            """,
            new { Now = Time.Ms(now), Id = job.Id.Value, Owner = job.LeaseOwner, Attempts = (long)job.Attempts },
            cancellationToken: cancellationToken));
        return n > 0;
    }

    public async Task<bool> CompleteJobAsync(Job job, IReadOnlyList<JobDraft> followUps, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        await using var tx = await BeginWriteAsync(db, cancellationToken);
        var n = await db.ExecuteAsync(new CommandDefinition(
            """
            UPDATE jobs SET state = 'done', updated_at = @Now, lease_expires = NULL
            WHERE id = @Id AND state = 'running' AND lease_owner = @Owner AND attempts = @Attempts
            """,
            new { Now = Time.Ms(now), Id = job.Id.Value, Owner = job.LeaseOwner, Attempts = (long)job.Attempts }, tx,
            cancellationToken: cancellationToken));
        if (n == 0)
        {
            await tx.RollbackAsync(cancellationToken);
            return false;
        }
        await EnqueueInAsync(db, tx, followUps, now, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<bool> FailJobAsync(Job job, string error, DateTimeOffset? retryAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var final = retryAt is null || job.Attempts >= job.MaxAttempts;
        await using var db = await OpenAsync(cancellationToken);
        var n = await db.ExecuteAsync(new CommandDefinition(
            """
            UPDATE jobs SET state = @State, last_error = @Error, run_after = @RunAfter, updated_at = @Now, lease_expires = NULL
            WHERE id = @Id AND state = 'running' AND lease_owner = @Owner AND attempts = @Attempts
            """,
            new
            {
                State = final ? "failed" : "pending",
                Error = error,
                RunAfter = Time.Ms(retryAt ?? now),
                Now = Time.Ms(now),
                Id = job.Id.Value,
                Owner = job.LeaseOwner,
                Attempts = (long)job.Attempts,
            }, cancellationToken: cancellationToken));
        return n > 0;
    }

    public async Task<bool> RescheduleJobAsync(Job job, DateTimeOffset runAfter, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var n = await db.ExecuteAsync(new CommandDefinition(
            """
            UPDATE jobs SET state = 'pending', attempts = attempts - 1, run_after = @RunAfter, last_error = @Reason, updated_at = @Now,
                lease_expires = NULL
            WHERE id = @Id AND state = 'running' AND lease_owner = @Owner AND attempts = @Attempts
            """,
            new { RunAfter = Time.Ms(runAfter), Reason = reason, Now = Time.Ms(now), Id = job.Id.Value, Owner = job.LeaseOwner, Attempts = (long)job.Attempts },
            cancellationToken: cancellationToken));
        return n > 0;
    }

    public async Task<JobCounts> CountJobsAsync(CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var rows = (await db.QueryAsync<(string State, long N)>(new CommandDefinition(
            "SELECT state, COUNT(*) FROM jobs GROUP BY state", cancellationToken: cancellationToken))).ToDictionary(r => r.State, r => r.N);
        return new JobCounts(rows.GetValueOrDefault("pending"), rows.GetValueOrDefault("running"),
            rows.GetValueOrDefault("done"), rows.GetValueOrDefault("failed"));
    }

    public async Task<IReadOnlyList<FailedJob>> ListFailedJobsAsync(int limit, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<JobRow>(new CommandDefinition(
            "SELECT id, kind, payload, attempts, max_attempts, last_error, updated_at FROM jobs WHERE state = 'failed' ORDER BY updated_at DESC, id DESC LIMIT @Limit",
            new { Limit = (long)limit }, cancellationToken: cancellationToken));
        return rows.Select(r => new FailedJob(new JobId(r.Id), r.Kind, r.Payload, (int)r.Attempts, r.LastError, Time.FromMs(r.UpdatedAt))).ToList();
    }

    public async Task RecordProbeRunAsync(JobId job, string worker, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            "INSERT INTO job_probe_runs (job_id, worker, at) VALUES (@Job, @Worker, @Now)",
            new { Job = job.Value, Worker = worker, Now = Time.Ms(now) }, cancellationToken: cancellationToken));
    }

    public async Task<(long Runs, long DistinctJobs)> CountProbeRunsAsync(CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        return await db.QuerySingleAsync<(long, long)>(new CommandDefinition(
            "SELECT COUNT(*), COUNT(DISTINCT job_id) FROM job_probe_runs", cancellationToken: cancellationToken));
    }
}
