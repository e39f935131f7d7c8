using System.Data.Common;
using Dapper;
using Newsdesk.Model;

namespace Newsdesk.Storage.Relational;

// The published site: publications per edition, topics, related stories and the site's change counter.
// Search indexing and matching differ per dialect (SQLite FTS5 over stemmed tokens, PostgreSQL tsvector)
// and are the abstract members below; everything else is shared.
public abstract partial class RelationalNewsStore : ISiteStore
{
    private const string PublicationColumns =
        "p.id, p.article_id, p.lang, p.translation_id, p.source_id, p.cluster_id, p.title, p.lead, p.section, p.slug, " +
        "p.published_at, p.first_published_at, p.updated_at, p.noindex";

    /// <summary>Filters every publication listing and search understands (parameters @Topic, @From, @Until).</summary>
    protected const string PublicationFilters =
        """
        AND (@Topic IS NULL OR EXISTS (SELECT 1 FROM article_topics tf WHERE tf.article_id = p.article_id AND tf.topic_id = @Topic))
        AND (@From IS NULL OR p.published_at >= @From)
        AND (@Until IS NULL OR p.published_at < @Until)
        """;

    /// <summary>Indexes a publication for search inside the publishing transaction.</summary>
    protected abstract Task IndexSearchAsync(DbConnection db, DbTransaction tx, long publicationId, PublicationDraft draft, CancellationToken cancellationToken);

    /// <summary>Drops a publication from the search index inside the transaction that removes it.</summary>
    protected abstract Task UnindexSearchAsync(DbConnection db, DbTransaction tx, long publicationId, CancellationToken cancellationToken);

    public abstract Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken);

    public abstract Task<IReadOnlyList<RelatedCandidate>> FindSimilarTextAsync(PublicationId publicationId, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Search ranks by relevance within the edition's most recent matches: at least this many, and always enough for the
    /// page asked for. It bounds the work a very common word costs (see bench/results/site.md).
    /// </summary>
    public const int SearchRecencyWindow = 100;

    protected static int SearchWindow(SearchRequest request) => Math.Max(SearchRecencyWindow, request.Offset + request.Limit + 1);

    /// <summary>Text the index and snippets may hold: the search markers never occur in stored text.</summary>
    protected static string CleanSearchText(string? text) =>
        string.IsNullOrEmpty(text) ? "" : text.Replace(SearchHit.MarkStart, ' ').Replace(SearchHit.MarkEnd, ' ');

    private static Task BumpVersionAsync(DbConnection db, DbTransaction tx, CancellationToken cancellationToken) =>
        db.ExecuteAsync(new CommandDefinition("UPDATE site_state SET version = version + 1 WHERE id = 1", transaction: tx, cancellationToken: cancellationToken));

    public async Task<Publication> UpsertPublicationAsync(PublicationDraft draft, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        await using var tx = await BeginWriteAsync(db, cancellationToken);
        var row = await db.QuerySingleAsync<PublicationRow>(new CommandDefinition(
            """
            INSERT INTO publications (article_id, lang, translation_id, source_id, cluster_id, title, lead, section, slug,
                published_at, first_published_at, updated_at, noindex, search_text)
            VALUES (@ArticleId, @Lang, @TranslationId, @SourceId, @ClusterId, @Title, @Lead, @Section, @Slug,
                @PublishedAt, @Now, @Now, @NoIndex, @SearchText)
            ON CONFLICT (article_id, lang) DO UPDATE SET translation_id = excluded.translation_id, source_id = excluded.source_id,
                cluster_id = excluded.cluster_id, title = excluded.title, lead = excluded.lead, section = excluded.section,
                slug = excluded.slug, published_at = excluded.published_at, updated_at = excluded.updated_at,
                noindex = excluded.noindex, search_text = excluded.search_text
            RETURNING id, article_id, lang, translation_id, source_id, cluster_id, title, lead, section, slug,
                published_at, first_published_at, updated_at, noindex
            """,
            new
            {
                ArticleId = draft.ArticleId.Value,
                Lang = draft.Language.Value,
                TranslationId = draft.TranslationId?.Value,
                SourceId = draft.SourceId?.Value,
                ClusterId = draft.ClusterId.Value,
                Title = CleanSearchText(draft.Title),
                Lead = draft.Lead is null ? null : CleanSearchText(draft.Lead),
                draft.Section,
                draft.Slug,
                PublishedAt = Time.Ms(draft.PublishedAt),
                Now = Time.Ms(now),
                NoIndex = draft.NoIndex ? 1L : 0L,
                SearchText = CleanSearchText(draft.SearchBody),
            }, tx, cancellationToken: cancellationToken));
        await IndexSearchAsync(db, tx, row.Id, draft with { Title = CleanSearchText(draft.Title), SearchBody = CleanSearchText(draft.SearchBody) }, cancellationToken);
        await BumpVersionAsync(db, tx, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return row.ToModel();
    }

    public async Task<bool> RemovePublicationAsync(ArticleId article, LanguageTag language, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        await using var tx = await BeginWriteAsync(db, cancellationToken);
        var id = await db.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            "SELECT id FROM publications WHERE article_id = @Article AND lang = @Lang",
            new { Article = article.Value, Lang = language.Value }, tx, cancellationToken: cancellationToken));
        if (id is null)
        {
            await tx.RollbackAsync(cancellationToken);
            return false;
        }
        await UnindexSearchAsync(db, tx, id.Value, cancellationToken);
        await db.ExecuteAsync(new CommandDefinition("DELETE FROM publications WHERE id = @Id", new { Id = id.Value }, tx, cancellationToken: cancellationToken));
        await BumpVersionAsync(db, tx, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<Publication?> GetPublicationAsync(ArticleId article, LanguageTag language, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<PublicationRow>(new CommandDefinition(
            $"SELECT {PublicationColumns} FROM publications p WHERE p.article_id = @Article AND p.lang = @Lang",
            new { Article = article.Value, Lang = language.Value }, cancellationToken: cancellationToken));
        return row?.ToModel();
    }

    public async Task<IReadOnlyList<Publication>> GetPublicationsAsync(IReadOnlyCollection<PublicationId> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        await using var db = await OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<PublicationRow>(new CommandDefinition(
            $"SELECT {PublicationColumns} FROM publications p WHERE {InList("p.id", "@Ids")}",
            new { Ids = ids.Select(i => i.Value).Distinct().ToArray() }, cancellationToken: cancellationToken));
        var byId = rows.ToDictionary(r => new PublicationId(r.Id));
        return ids.Where(byId.ContainsKey).Select(id => byId[id].ToModel()).ToList();
    }

    public async Task<IReadOnlyList<Publication>> ListPublicationsOfArticleAsync(ArticleId article, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<PublicationRow>(new CommandDefinition(
            $"SELECT {PublicationColumns} FROM publications p WHERE p.article_id = @Article ORDER BY p.lang",
            new { Article = article.Value }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToModel()).ToList();
    }

    /// <summary>
    /// The rank of a publication within its edition's same-story cluster (1 = canonical): the licence that lets the site
    /// show the most, then the first published, then the first stored. See <see cref="PublicationQuery.OnePerCluster"/>.
    /// </summary>
    private const string ClusterRank =
        """
        ROW_NUMBER() OVER (PARTITION BY q.lang, q.cluster_id ORDER BY CASE s.licence WHEN 'full' THEN 0 WHEN 'link' THEN 2 ELSE 1 END,
            q.published_at, q.article_id)
        """;

    private const string RankedColumns =
        "q.id, q.article_id, q.lang, q.translation_id, q.source_id, q.cluster_id, q.title, q.lead, q.section, q.slug, " +
        "q.published_at, q.first_published_at, q.updated_at, q.noindex";

    private static string LicenceRank(string alias) => $"CASE {alias}.licence WHEN 'full' THEN 0 WHEN 'link' THEN 2 ELSE 1 END";

    /// <summary>
    /// True for the canonical publication of its edition's same-story cluster (see <see cref="ClusterRank"/>), written as
    /// "no better member exists" so that a newest-first listing walks its date index and checks each row through the
    /// cluster index, instead of ranking the whole edition (0.08 ms against 640 ms for 100,000 publications on SQLite).
    /// </summary>
    private static readonly string IsCanonical =
        $"""
        NOT EXISTS (SELECT 1 FROM publications o LEFT JOIN sources os ON os.id = o.source_id
            WHERE o.cluster_id = p.cluster_id AND o.lang = p.lang AND o.id <> p.id
                AND ({LicenceRank("os")} < {LicenceRank("ps")}
                    OR ({LicenceRank("os")} = {LicenceRank("ps")} AND (o.published_at < p.published_at
                        OR (o.published_at = p.published_at AND o.article_id < p.article_id)))))
        """;

    public async Task<IReadOnlyList<Publication>> ListPublicationsAsync(PublicationQuery query, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        // The canonical publication is chosen among all of the edition's members of the cluster, whatever the other
        // filters, so a story keeps one identity (and one entry in the news sitemap) whichever member a filter matches.
        var rows = await db.QueryAsync<PublicationRow>(new CommandDefinition(
            $"""
            SELECT {PublicationColumns} FROM publications p LEFT JOIN sources ps ON ps.id = p.source_id
            WHERE (@Lang IS NULL OR p.lang = @Lang)
                AND (@Cluster IS NULL OR p.cluster_id = @Cluster)
                AND (@Since IS NULL OR p.first_published_at >= @Since)
                {PublicationFilters}
                {(query.OnePerCluster ? "AND " + IsCanonical : "")}
            ORDER BY p.published_at DESC, p.id DESC
            LIMIT @Limit OFFSET @Offset
            """,
            new
            {
                Lang = query.Language?.Value,
                Cluster = query.ClusterId?.Value,
                Since = query.FirstPublishedSince is { } s ? Time.Ms(s) : (long?)null,
                Topic = query.TopicId?.Value,
                From = (long?)null,
                Until = (long?)null,
                Limit = (long)query.Limit,
                Offset = (long)query.Offset,
            }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToModel()).ToList();
    }

    public async Task<IReadOnlyList<Publication>> ListClusterMembersAsync(LanguageTag language, IReadOnlyCollection<ArticleId> clusters,
        CancellationToken cancellationToken)
    {
        if (clusters.Count == 0)
        {
            return [];
        }
        await using var db = await OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<PublicationRow>(new CommandDefinition(
            $"""
            SELECT {PublicationColumns} FROM (
                SELECT {RankedColumns}, {ClusterRank} AS cluster_rank
                FROM publications q LEFT JOIN sources s ON s.id = q.source_id
                WHERE q.lang = @Lang AND {InList("q.cluster_id", "@Clusters")}
            ) p
            ORDER BY p.cluster_id, p.cluster_rank
            """,
            new { Lang = language.Value, Clusters = clusters.Select(c => c.Value).Distinct().ToArray() }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToModel()).ToList();
    }

    public async Task<IReadOnlyList<(LanguageTag Language, long Count)>> ListEditionsAsync(CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<(string Lang, long N)>(new CommandDefinition(
            "SELECT lang, COUNT(*) FROM publications GROUP BY lang ORDER BY lang", cancellationToken: cancellationToken));
        return rows.Select(r => (LanguageTag.Parse(r.Lang), r.N)).ToList();
    }

    public async Task<IReadOnlyList<RelatedCandidate>> FindSharedTopicsAsync(PublicationId publicationId, int limit, CancellationToken cancellationToken)
    {
        // Bounded work whatever the corpus size: each topic contributes at most its latest 300 articles, and a topic's
        // weight falls with how common it is, so "Économie" counts for less than "Stargate".
        const int PerTopic = 300;
        await using var db = await OpenAsync(cancellationToken);
        var me = await db.QuerySingleOrDefaultAsync<(long ArticleId, string Lang)?>(new CommandDefinition(
            "SELECT article_id, lang FROM publications WHERE id = @Id", new { Id = publicationId.Value }, cancellationToken: cancellationToken));
        if (me is not { } self)
        {
            return [];
        }
        var topics = (await db.QueryAsync<long>(new CommandDefinition(
            "SELECT topic_id FROM article_topics WHERE article_id = @A ORDER BY weight DESC, topic_id LIMIT 12",
            new { A = self.ArticleId }, cancellationToken: cancellationToken))).ToList();
        var scores = new Dictionary<long, double>();
        foreach (var topic in topics)
        {
            var articles = (await db.QueryAsync<long>(new CommandDefinition(
                "SELECT article_id FROM article_topics WHERE topic_id = @T ORDER BY article_id DESC LIMIT @N",
                new { T = topic, N = (long)PerTopic + 1 }, cancellationToken: cancellationToken))).ToList();
            var count = articles.Count <= PerTopic ? articles.Count : await db.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM article_topics WHERE topic_id = @T", new { T = topic }, cancellationToken: cancellationToken));
            var weight = 1.0 / Math.Log(Math.E + count);
            foreach (var a in articles.Take(PerTopic).Where(a => a != self.ArticleId))
            {
                scores[a] = scores.GetValueOrDefault(a) + weight;
            }
        }
        if (scores.Count == 0)
        {
            return [];
        }
        var best = scores.OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key).Take(limit * 3).ToList();
        var pubs = (await db.QueryAsync<(long Id, long ArticleId)>(new CommandDefinition(
            $"SELECT id, article_id FROM publications WHERE lang = @Lang AND {InList("article_id", "@Articles")}",
            new { self.Lang, Articles = best.Select(b => b.Key).ToArray() }, cancellationToken: cancellationToken)))
            .ToDictionary(r => r.ArticleId, r => r.Id);
        return best.Where(b => pubs.ContainsKey(b.Key)).Take(limit).Select(b => new RelatedCandidate(new PublicationId(pubs[b.Key]), b.Value)).ToList();
    }

    public async Task<long> GetSiteVersionAsync(CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        return await db.ExecuteScalarAsync<long>(new CommandDefinition("SELECT version FROM site_state WHERE id = 1", cancellationToken: cancellationToken));
    }

    // --- topics ------------------------------------------------------------------------------

    public async Task SetArticleTopicsAsync(ArticleId article, IReadOnlyList<TopicDraft> topics, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        await using var tx = await BeginWriteAsync(db, cancellationToken);
        var weights = new Dictionary<long, long>();
        foreach (var topic in topics)
        {
            await db.ExecuteAsync(new CommandDefinition(
                "INSERT INTO topics (key, kind, created_at) VALUES (@Key, @Kind, @Now) ON CONFLICT (key) DO NOTHING",
                new { topic.Key, topic.Kind, Now = Time.Ms(now) }, tx, cancellationToken: cancellationToken));
            var id = await db.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT id FROM topics WHERE key = @Key", new { topic.Key }, tx, cancellationToken: cancellationToken));
            foreach (var (lang, label) in topic.Labels)
            {
                await InsertTopicLabelAsync(db, tx, id, lang, label, cancellationToken);
            }
            weights[id] = weights.GetValueOrDefault(id) + topic.Weight;
        }
        await db.ExecuteAsync(new CommandDefinition("DELETE FROM article_topics WHERE article_id = @A", new { A = article.Value }, tx,
            cancellationToken: cancellationToken));
        foreach (var (topicId, weight) in weights)
        {
            await db.ExecuteAsync(new CommandDefinition(
                "INSERT INTO article_topics (article_id, topic_id, weight) VALUES (@A, @T, @W)",
                new { A = article.Value, T = topicId, W = weight }, tx, cancellationToken: cancellationToken));
        }
        await BumpVersionAsync(db, tx, cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    /// <summary>Gives a topic its label in a language unless it has one there.</summary>
    private static async Task InsertTopicLabelAsync(DbConnection db, DbTransaction tx, long id, string lang, string label, CancellationToken cancellationToken)
    {
        var slug = Newsdesk.Publishing.Slug.From(label);
        if (slug.Length == 0)
        {
            slug = "t" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        // Two topics may want the same slug in one language ("Georgia" the state and the country): the later one gets its id appended.
        foreach (var candidate in new[] { slug, slug + "-" + id.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            var added = await db.ExecuteAsync(new CommandDefinition(
                "INSERT INTO topic_labels (topic_id, lang, label, slug) VALUES (@Id, @Lang, @Label, @Slug) ON CONFLICT DO NOTHING",
                new { Id = id, Lang = lang, Label = label, Slug = candidate }, tx, cancellationToken: cancellationToken));
            var has = await db.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM topic_labels WHERE topic_id = @Id AND lang = @Lang", new { Id = id, Lang = lang }, tx,
                cancellationToken: cancellationToken));
            if (added > 0 || has > 0)
            {
                break;
            }
        }
    }

    public async Task<IReadOnlyList<TopicLabel>> ListArticleTopicsAsync(ArticleId article, LanguageTag language, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<TopicLabelRow>(new CommandDefinition(
            """
            SELECT t.id AS topic_id, t.key, t.kind, COALESCE(l.lang, f.lang) AS lang, COALESCE(l.label, f.label) AS label,
                COALESCE(l.slug, f.slug) AS slug
            FROM article_topics a
            JOIN topics t ON t.id = a.topic_id
            LEFT JOIN topic_labels l ON l.topic_id = t.id AND l.lang = @Lang
            LEFT JOIN topic_labels f ON t.kind NOT IN ('section', 'tag') AND f.topic_id = t.id AND f.lang = (SELECT MIN(x.lang) FROM topic_labels x WHERE x.topic_id = t.id)
            WHERE a.article_id = @A
            ORDER BY a.weight DESC, t.id
            """, new { A = article.Value, Lang = language.Value }, cancellationToken: cancellationToken));
        return rows.Where(r => r.Label is not null).Select(r => r.ToModel()).ToList();
    }

    public async Task<TopicLabel?> FindTopicAsync(LanguageTag language, string slug, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<TopicLabelRow>(new CommandDefinition(
            """
            SELECT t.id AS topic_id, t.key, t.kind, l.lang, l.label, l.slug
            FROM topic_labels l JOIN topics t ON t.id = l.topic_id
            WHERE l.lang = @Lang AND l.slug = @Slug
            """, new { Lang = language.Value, Slug = slug }, cancellationToken: cancellationToken));
        return row?.ToModel();
    }

    public async Task<IReadOnlyList<TopicLabel>> ListTopicLabelsAsync(TopicId topicId, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<TopicLabelRow>(new CommandDefinition(
            """
            SELECT t.id AS topic_id, t.key, t.kind, l.lang, l.label, l.slug
            FROM topic_labels l JOIN topics t ON t.id = l.topic_id
            WHERE t.id = @Id ORDER BY l.lang
            """, new { Id = topicId.Value }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToModel()).ToList();
    }

    public async Task<IReadOnlyList<TopicLabel>> ListTopTopicsAsync(LanguageTag language, int limit, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        // Counted over the edition's latest 300 stories, so the list follows the news and the query stays cheap.
        var rows = await db.QueryAsync<TopicLabelRow>(new CommandDefinition(
            """
            SELECT t.id AS topic_id, t.key, t.kind, l.lang, l.label, l.slug
            FROM (SELECT a.topic_id, COUNT(*) AS n
                  FROM article_topics a
                  JOIN (SELECT article_id FROM publications WHERE lang = @Lang ORDER BY published_at DESC, id DESC LIMIT 300) r
                    ON r.article_id = a.article_id
                  GROUP BY a.topic_id) c
            JOIN topics t ON t.id = c.topic_id
            JOIN topic_labels l ON l.topic_id = t.id AND l.lang = @Lang
            WHERE c.n > 1 OR t.kind <> 'tag'
            ORDER BY c.n DESC, t.id
            LIMIT @Limit
            """, new { Lang = language.Value, Limit = (long)limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToModel()).ToList();
    }

    // --- section and topic names per edition language ----------------------------------------

    public async Task<IReadOnlyList<SiteLabel>> ListSiteLabelsAsync(LanguageTag? language, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<SiteLabelRow>(new CommandDefinition(
            """
            SELECT source_lang, source, lang, label, set_by, engine, editor, updated_at FROM site_labels
            WHERE @Lang IS NULL OR lang = @Lang
            ORDER BY lang, source_lang, source
            """, new { Lang = language?.Value }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToModel()).ToList();
    }

    public async Task<bool> SetSiteLabelAsync(SiteLabel label, CancellationToken cancellationToken)
    {
        var text = label.Label.Trim();
        if (text.Length == 0)
        {
            throw new ArgumentException("A section or topic name cannot be empty.", nameof(label));
        }
        await using var db = await OpenAsync(cancellationToken);
        await using var tx = await BeginWriteAsync(db, cancellationToken);
        var args = new
        {
            SourceLang = label.SourceLanguage.Value,
            label.Source,
            Lang = label.Language.Value,
            Label = text,
            SetBy = label.SetBy == SiteLabelSetter.Editor ? "editor" : "engine",
            label.Engine,
            label.Editor,
            Now = Time.Ms(label.UpdatedAt),
        };
        // The engine fills only what is missing; an editor's name replaces whatever was there.
        var changed = await db.ExecuteAsync(new CommandDefinition(label.SetBy == SiteLabelSetter.Editor
            ? """
              INSERT INTO site_labels (source_lang, source, lang, label, set_by, engine, editor, updated_at)
              VALUES (@SourceLang, @Source, @Lang, @Label, @SetBy, @Engine, @Editor, @Now)
              ON CONFLICT (source_lang, source, lang) DO UPDATE SET label = excluded.label, set_by = excluded.set_by,
                  engine = excluded.engine, editor = excluded.editor, updated_at = excluded.updated_at
              """
            : """
              INSERT INTO site_labels (source_lang, source, lang, label, set_by, engine, editor, updated_at)
              VALUES (@SourceLang, @Source, @Lang, @Label, @SetBy, @Engine, @Editor, @Now)
              ON CONFLICT (source_lang, source, lang) DO NOTHING
              """, args, tx, cancellationToken: cancellationToken));
        if (changed == 0)
        {
            await tx.RollbackAsync(cancellationToken);
            return false;
        }
        // The section and tag topics named so in the source language take the name in this edition (with its slug).
        var topics = (await db.QueryAsync<long>(new CommandDefinition(
            """
            SELECT t.id FROM topics t JOIN topic_labels l ON l.topic_id = t.id
            WHERE t.kind IN ('section', 'tag') AND l.lang = @SourceLang AND l.label = @Source
            """, args, tx, cancellationToken: cancellationToken))).ToList();
        foreach (var id in topics)
        {
            await db.ExecuteAsync(new CommandDefinition("DELETE FROM topic_labels WHERE topic_id = @Id AND lang = @Lang",
                new { Id = id, args.Lang }, tx, cancellationToken: cancellationToken));
            await InsertTopicLabelAsync(db, tx, id, args.Lang, text, cancellationToken);
        }
        await BumpVersionAsync(db, tx, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return true;
    }
}
