using Newsdesk.Model;
using Newsdesk.Storage;
using Newsdesk.Web.Site;

namespace Newsdesk.Web.Endpoints;

/// <summary>RSS and Atom per edition and per topic (the latest 50 stories).</summary>
public static class FeedEndpoints
{
    private const int Size = 50;

    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/{lang}/feed.{kind:regex(^(rss|atom)$)}", async (string lang, string kind, HttpContext http, EditionCatalog editions, ISiteStore site,
            SiteOptions options, TimeProvider time, CancellationToken ct) =>
        {
            if (await editions.FindAsync(lang, ct) is not { } edition)
            {
                return Results.NotFound();
            }
            var list = await site.ListPublicationsAsync(new PublicationQuery(edition.Language, Limit: Size, OnePerCluster: true), ct);
            return await FeedAsync(http, editions, options, time, kind, $"{options.Name} — {edition.NativeName}", SiteUrls.Front(edition.Language),
                SiteUrls.Feed(edition.Language, kind), edition, site, list, ct);
        }).CacheOutput(SiteCache.Policy);

        app.MapGet("/{lang}/topics/{slug}/feed.{kind:regex(^(rss|atom)$)}", async (string lang, string slug, string kind, HttpContext http,
            EditionCatalog editions, ISiteStore site, SiteOptions options, TimeProvider time, CancellationToken ct) =>
        {
            var edition = await editions.FindAsync(lang, ct);
            var topic = edition is null ? null : await site.FindTopicAsync(edition.Language, slug, ct);
            if (edition is null || topic is null)
            {
                return Results.NotFound();
            }
            var list = await site.ListPublicationsAsync(new PublicationQuery(edition.Language, TopicId: topic.TopicId, Limit: Size, OnePerCluster: true), ct);
            return await FeedAsync(http, editions, options, time, kind, $"{options.Name} — {topic.Label}", SiteUrls.Topic(edition.Language, topic.Slug),
                SiteUrls.TopicFeed(edition.Language, topic.Slug, kind), edition, site, list, ct);
        }).CacheOutput(SiteCache.Policy);
        return app;
    }

    private static async Task<IResult> FeedAsync(HttpContext http, EditionCatalog editions, SiteOptions options, TimeProvider time, string kind,
        string title, string sitePath, string selfPath, Edition edition, ISiteStore store, IReadOnlyList<Publication> list, CancellationToken ct)
    {
        var language = edition.Language;
        var sections = await SectionNames.LoadAsync(store, edition, ct);
        var entries = new List<FeedEntry>();
        foreach (var p in list)
        {
            var source = await editions.SourceAsync(p.SourceId, ct);
            var summary = (source?.Licence ?? Licence.ExcerptAndLink) == Licence.LinkOnly ? null : p.Lead;
            entries.Add(new FeedEntry(p.Title, SiteUrls.Absolute(http, options, SiteUrls.Article(p)), summary, p.PublishedAt, p.UpdatedAt, source?.Name,
                sections.Of(p)));
        }
        var site = SiteUrls.Absolute(http, options, sitePath);
        var self = SiteUrls.Absolute(http, options, selfPath);
        return kind == "rss"
            ? Results.Text(FeedWriter.Rss(title, site, self, language.Value, entries, time.GetUtcNow()), "application/rss+xml; charset=utf-8")
            : Results.Text(FeedWriter.Atom(title, site, self, language.Value, entries, time.GetUtcNow()), "application/atom+xml; charset=utf-8");
    }
}
