using System.Data.Common;
using System.Text;
using Dapper;
using Newsdesk.Model;
using Newsdesk.Storage.Relational;

namespace Newsdesk.Storage.Postgres;

// Search on PostgreSQL: a tsvector per publication built with the edition language's text search configuration
// (title weight A, body B) under a GIN index; websearch_to_tsquery parses words and "phrases"; SnowballText marks hits.
// Like SQLite, relevance (ts_rank_cd) ranks the edition's most recent matches (SearchRecencyWindow). The tsquery is
// written inline, not in a CTE, so the planner sees its value and chooses between the GIN index (rare words) and walking
// the newest rows backwards (common words). A phrase of common words is rare but looks common to the planner, so phrases
// always take a GIN index ("p.id + 0" hides the key order): walking backwards could read every row to find a few. The
// index on word pairs (search_pairs) makes a phrase of common words as selective as a rare word.
public sealed partial class PostgresNewsStore
{
    private const string SearchColumns =
        "p.id, p.article_id, p.lang, p.translation_id, p.source_id, p.cluster_id, p.title, p.lead, p.section, p.slug, " +
        "p.published_at, p.first_published_at, p.updated_at, p.noindex";

    /// <summary>The text search configuration for a language ("simple": no stemming, where PostgreSQL has none).</summary>
    internal static string Configuration(LanguageTag language) => language.Language switch
    {
        "fr" => "french",
        "es" => "spanish",
        "de" => "german",
        "en" => "english",
        "ca" => "catalan",
        "it" => "italian",
        "pt" => "portuguese",
        "nl" => "dutch",
        "da" => "danish",
        "sv" => "swedish",
        "nb" or "nn" or "no" => "norwegian",
        "fi" => "finnish",
        "ro" => "romanian",
        "ru" => "russian",
        "tr" => "turkish",
        "hu" => "hungarian",
        "eu" => "basque",
        "ga" => "irish",
        "el" => "greek",
        "lt" => "lithuanian",
        "id" => "indonesian",
        "ar" => "arabic",
        _ => "simple",
    };

    protected override Task IndexSearchAsync(DbConnection db, DbTransaction tx, long publicationId, PublicationDraft draft, CancellationToken cancellationToken) =>
        db.ExecuteAsync(new CommandDefinition(
            """
            UPDATE publications p SET search_config = @Config::regconfig, search = v.search, search_pairs = newsdesk_search_pairs(v.search)
            FROM (SELECT setweight(to_tsvector(@Config::regconfig, title), 'A') || setweight(to_tsvector(@Config::regconfig, search_text), 'B') AS search
                  FROM publications WHERE id = @Id) v
            WHERE p.id = @Id
            """, new { Id = publicationId, Config = Configuration(draft.Language) }, tx, cancellationToken: cancellationToken));

    // The tsvector lives on the publication row, which the caller deletes.
    protected override Task UnindexSearchAsync(DbConnection db, DbTransaction tx, long publicationId, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public override async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        if (request.IsEmpty)
        {
            return new SearchResults([], false);
        }
        // Rebuilt from parsed words, so only words and quoted phrases reach websearch_to_tsquery (no "or", no "-").
        var web = new StringBuilder();
        foreach (var phrase in request.Phrases)
        {
            web.Append('"').Append(phrase.Replace("\"", "", StringComparison.Ordinal)).Append("\" ");
        }
        foreach (var term in request.Terms)
        {
            if (!term.Equals("or", StringComparison.OrdinalIgnoreCase))
            {
                web.Append(term.Replace("\"", "", StringComparison.Ordinal).TrimStart('-')).Append(' ');
            }
        }
        var config = Configuration(request.Language);
        var query = web.ToString().Trim();
        await using var db = await OpenAsync(cancellationToken);
        // A phrase first narrows to the publications holding its pairs of neighbouring words (migration 0004).
        var pairs = request.Phrases.Count == 0 ? null : await db.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT newsdesk_phrase_pairs(websearch_to_tsquery(@Config::regconfig, @Query))::text",
            new { Config = config, Query = query }, cancellationToken: cancellationToken));
        var rows = (await db.QueryAsync<SearchRow>(new CommandDefinition(
            $"""
            WITH recent AS (
                SELECT p.id FROM publications p
                WHERE p.search @@ websearch_to_tsquery(@Config::regconfig, @Query) AND p.lang = @Lang
                {(pairs is null ? "" : "AND p.search_pairs @@ @Pairs::tsquery")}
                {PublicationFilters}
                ORDER BY {(request.Phrases.Count > 0 ? "p.id + 0" : "p.id")} DESC
                LIMIT @Window),
            hits AS (
                SELECT {SearchColumns}, p.search_text, ts_rank_cd(p.search, websearch_to_tsquery(@Config::regconfig, @Query), 1) AS score
                FROM publications p JOIN recent r ON r.id = p.id
                ORDER BY score DESC, p.id DESC
                LIMIT @Limit OFFSET @Offset)
            SELECT hits.* FROM hits ORDER BY hits.score DESC, hits.id DESC
            """,
            new
            {
                Config = config,
                Query = query,
                Pairs = pairs,
                Lang = request.Language.Value,
                Topic = request.TopicId?.Value,
                From = request.From?.ToUnixTimeMilliseconds(),
                Until = request.Until?.ToUnixTimeMilliseconds(),
                Limit = (long)request.Limit + 1,
                Offset = (long)request.Offset,
                Window = (long)SearchWindow(request),
            }, cancellationToken: cancellationToken))).ToList();
        // Hits are marked in C# with the same Snowball stemmers PostgreSQL's configurations use (ts_headline cost more than the search).
        var stems = request.Terms.Concat(request.Phrases).SelectMany(Newsdesk.Publishing.SearchQuery.Words)
            .Select(w => SnowballText.FoldedStem(request.Language, w)).ToHashSet(StringComparer.Ordinal);
        var hits = rows.Take(request.Limit).Select(r =>
        {
            var text = string.IsNullOrEmpty(r.SearchText) ? r.Lead ?? "" : r.SearchText;
            return new SearchHit(r.ToModel(), SnowballText.Highlight(request.Language, r.Title, stems),
                SnowballText.Highlight(request.Language, text.Length > 6_000 ? text[..6_000] : text, stems, window: 36), r.Score);
        }).ToList();
        return new SearchResults(hits, rows.Count > request.Limit);
    }

    public override async Task<IReadOnlyList<RelatedCandidate>> FindSimilarTextAsync(PublicationId publicationId, int limit, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        // The headline and lead's longer lexemes, OR-ed, ranked against every other publication of the edition.
        var rows = await db.QueryAsync<(long Id, double Score)>(new CommandDefinition(
            """
            WITH me AS (
                SELECT id, lang, (SELECT string_agg(quote_literal(lexeme), ' | ')
                                  FROM (SELECT lexeme FROM unnest(to_tsvector(search_config, title || ' ' || COALESCE(lead, '')))
                                        WHERE length(lexeme) >= 4 LIMIT 16) l)::tsquery AS query
                FROM publications WHERE id = @Id)
            SELECT p.id, ts_rank(p.search, me.query) AS score
            FROM publications p, me
            WHERE me.query IS NOT NULL AND p.search @@ me.query AND p.lang = me.lang AND p.id <> me.id
            ORDER BY score DESC, p.published_at DESC
            LIMIT @Limit
            """, new { Id = publicationId.Value, Limit = (long)limit }, cancellationToken: cancellationToken));
        return rows.Select(r => new RelatedCandidate(new PublicationId(r.Id), r.Score)).ToList();
    }
}
