using System.Data.Common;
using System.Text;
using Dapper;
using Newsdesk.Model;
using Newsdesk.Storage.Relational;

namespace Newsdesk.Storage.Sqlite;

// Search on SQLite: an FTS5 table whose columns hold Snowball stems in the publication's language
// (SnowballText), ranked with bm25 (title weighted 4:1 against body); highlighting stems the stored plain text.
public sealed partial class SqliteNewsStore
{
    private const string SearchColumns =
        "p.id, p.article_id, p.lang, p.translation_id, p.source_id, p.cluster_id, p.title, p.lead, p.section, p.slug, " +
        "p.published_at, p.first_published_at, p.updated_at, p.noindex, p.search_text";

    protected override async Task IndexSearchAsync(DbConnection db, DbTransaction tx, long publicationId, PublicationDraft draft, CancellationToken cancellationToken)
    {
        await UnindexSearchAsync(db, tx, publicationId, cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            "INSERT INTO publication_search (rowid, title, body) VALUES (@Id, @Title, @Body)",
            new
            {
                Id = publicationId,
                Title = SnowballText.StemText(draft.Language, draft.Title),
                Body = SnowballText.StemText(draft.Language, draft.SearchBody),
            }, tx, cancellationToken: cancellationToken));
    }

    protected override Task UnindexSearchAsync(DbConnection db, DbTransaction tx, long publicationId, CancellationToken cancellationToken) =>
        db.ExecuteAsync(new CommandDefinition("DELETE FROM publication_search WHERE rowid = @Id", new { Id = publicationId }, tx,
            cancellationToken: cancellationToken));

    public override async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        if (request.IsEmpty)
        {
            return new SearchResults([], false);
        }
        var lang = request.Language;
        var match = new StringBuilder();
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in request.Phrases)
        {
            var words = SnowballText.StemText(lang, phrase);
            if (words.Length == 0)
            {
                continue;
            }
            stems.UnionWith(words.Split(' ').Select(SnowballText.Fold));
            // Stems are letters and digits only, so quoting them cannot change the query's structure.
            match.Append('"').Append(words).Append("\" ");
        }
        foreach (var term in request.Terms)
        {
            var stem = SnowballText.StemText(lang, term);
            if (stem.Length == 0)
            {
                continue;
            }
            stems.UnionWith(stem.Split(' ').Select(SnowballText.Fold));
            match.Append('"').Append(stem).Append("\" ");
        }
        if (match.Length == 0)
        {
            return new SearchResults([], false);
        }
        await using var db = await OpenAsync(cancellationToken);
        // Relevance (bm25) ranks the most recent matches of the edition, a window FTS5 walks newest first and stops:
        // a common word costs as little as a rare one, and news readers want recent stories first among the relevant.
        var rows = (await db.QueryAsync<Newsdesk.Storage.Relational.SearchRow>(new CommandDefinition(
            $"""
            SELECT {SearchColumns}, m.score
            FROM (SELECT p.id AS hit, -bm25(publication_search, 4.0, 1.0) AS score
                  FROM publication_search JOIN publications p ON p.id = publication_search.rowid
                  WHERE publication_search MATCH @Match AND p.lang = @Lang
                  {PublicationFilters}
                  ORDER BY publication_search.rowid DESC
                  LIMIT @Window) m
            JOIN publications p ON p.id = m.hit
            ORDER BY m.score DESC, p.id DESC
            LIMIT @Limit OFFSET @Offset
            """,
            new
            {
                Match = match.ToString().Trim(),
                Lang = lang.Value,
                Topic = request.TopicId?.Value,
                From = request.From?.ToUnixTimeMilliseconds(),
                Until = request.Until?.ToUnixTimeMilliseconds(),
                Limit = (long)request.Limit + 1,
                Offset = (long)request.Offset,
                Window = (long)SearchWindow(request),
            }, cancellationToken: cancellationToken))).ToList();
        var hits = rows.Take(request.Limit).Select(r =>
        {
            var text = string.IsNullOrEmpty(r.SearchText) ? r.Lead ?? "" : r.SearchText;
            return new SearchHit(r.ToModel(), SnowballText.Highlight(lang, r.Title, stems),
                SnowballText.Highlight(lang, text.Length > 6_000 ? text[..6_000] : text, stems, window: 36), r.Score);
        }).ToList();
        return new SearchResults(hits, rows.Count > request.Limit);
    }

    public override async Task<IReadOnlyList<RelatedCandidate>> FindSimilarTextAsync(PublicationId publicationId, int limit, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var me = await db.QuerySingleOrDefaultAsync<(string Lang, string Title, string? Lead)?>(new CommandDefinition(
            "SELECT lang, title, lead FROM publications WHERE id = @Id", new { Id = publicationId.Value }, cancellationToken: cancellationToken));
        if (me is not { } self)
        {
            return [];
        }
        var lang = LanguageTag.Parse(self.Lang);
        // The headline and lead's longer words stand for the story; short ones are mostly function words.
        var stems = Newsdesk.Publishing.SearchQuery.Words(self.Title + " " + self.Lead)
            .Where(w => w.Length >= 4)
            .Select(w => SnowballText.Stem(lang, w))
            .Distinct(StringComparer.Ordinal)
            .Take(16)
            .ToList();
        if (stems.Count == 0)
        {
            return [];
        }
        var rows = await db.QueryAsync<(long Id, double Score)>(new CommandDefinition(
            """
            SELECT p.id, -bm25(publication_search, 4.0, 1.0) AS score
            FROM publication_search JOIN publications p ON p.id = publication_search.rowid
            WHERE publication_search MATCH @Match AND p.lang = @Lang AND p.id <> @Id
            ORDER BY bm25(publication_search, 4.0, 1.0)
            LIMIT @Limit
            """,
            new { Match = string.Join(" OR ", stems.Select(s => "\"" + s + "\"")), Lang = self.Lang, Id = publicationId.Value, Limit = (long)limit },
            cancellationToken: cancellationToken));
        return rows.Select(r => new RelatedCandidate(new PublicationId(r.Id), r.Score)).ToList();
    }
}
