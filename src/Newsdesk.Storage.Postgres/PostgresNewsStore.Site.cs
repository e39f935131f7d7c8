using System.Data.Common;
using System.Text;
using Dapper;
using Newsdesk.Model;
using Newsdesk.Storage.Relational;

namespace Newsdesk.Storage.Postgres;

// Search on PostgreSQL: a tsvector per publication built with the edition language's text search configuration
// (title weight A, body B) under a GIN index; websearch_to_tsquery parses words and "phrases"; ts_headline marks hits.
// Like SQLite, relevance (ts_rank_cd) ranks the edition's most recent matches (SearchRecencyWindow).
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
            UPDATE publications SET search_config = @Config::regconfig,
                search = setweight(to_tsvector(@Config::regconfig, title), 'A') || setweight(to_tsvector(@Config::regconfig, search_text), 'B')
            WHERE id = @Id
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
        const string Options = "StartSel=\"\u0001\", StopSel=\"\u0002\", MaxWords=36, MinWords=18, ShortWord=2, MaxFragments=1";
        await using var db = await OpenAsync(cancellationToken);
        var rows = (await db.QueryAsync<SearchRow>(new CommandDefinition(
            $"""
            WITH q AS (SELECT websearch_to_tsquery(@Config::regconfig, @Query) AS query),
            recent AS (
                SELECT p.id FROM publications p, q
                WHERE p.search @@ q.query AND p.lang = @Lang
                {PublicationFilters}
                ORDER BY p.id DESC
                LIMIT @Window),
            hits AS (
                SELECT {SearchColumns}, p.search_text, ts_rank_cd(p.search, q.query, 1) AS score
                FROM publications p JOIN recent r ON r.id = p.id, q
                ORDER BY score DESC, p.id DESC
                LIMIT @Limit OFFSET @Offset)
            SELECT hits.*, ts_headline(@Config::regconfig, hits.title, q.query, @TitleOptions) AS title_marked,
                ts_headline(@Config::regconfig, left(hits.search_text, 20000), q.query, @Options) AS snippet
            FROM hits, q
            ORDER BY hits.score DESC, hits.id DESC
            """,
            new
            {
                Config = Configuration(request.Language),
                Query = web.ToString().Trim(),
                Lang = request.Language.Value,
                Topic = request.TopicId,
                From = request.From?.ToUnixTimeMilliseconds(),
                Until = request.Until?.ToUnixTimeMilliseconds(),
                Limit = (long)request.Limit + 1,
                Offset = (long)request.Offset,
                Window = (long)SearchWindow(request),
                Options,
                TitleOptions = Options + ", HighlightAll=true",
            }, cancellationToken: cancellationToken))).ToList();
        var hits = rows.Take(request.Limit).Select(r => new SearchHit(r.ToModel(), r.TitleMarked ?? r.Title,
            Ellipsis(r.Snippet ?? r.Lead ?? "", r.SearchText), r.Score)).ToList();
        return new SearchResults(hits, rows.Count > request.Limit);
    }

    private static string Ellipsis(string snippet, string text)
    {
        var plain = snippet.Replace("\u0001", "", StringComparison.Ordinal).Replace("\u0002", "", StringComparison.Ordinal);
        var at = text.IndexOf(plain, StringComparison.Ordinal);
        var before = at > 0 ? "… " : "";
        var after = at >= 0 && at + plain.Length < text.Length ? " …" : "";
        return before + snippet + after;
    }

    public override async Task<IReadOnlyList<RelatedCandidate>> FindSimilarTextAsync(long publicationId, int limit, CancellationToken cancellationToken)
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
            """, new { Id = publicationId, Limit = (long)limit }, cancellationToken: cancellationToken));
        return rows.Select(r => new RelatedCandidate(r.Id, r.Score)).ToList();
    }
}
