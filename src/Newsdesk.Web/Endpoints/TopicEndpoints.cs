using Newsdesk.Web.Pages;
using Newsdesk.Web.Site;

namespace Newsdesk.Web.Endpoints;

/// <summary>Topic pages.</summary>
public static class TopicEndpoints
{
    public static IEndpointRouteBuilder MapTopicEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/{lang}/topics/{slug}", async (string lang, string slug, int? page, HttpContext http, EditionCatalog editions, SitePages pages,
            CancellationToken ct) =>
        {
            var edition = await editions.FindAsync(lang, ct);
            var model = edition is null ? null : await pages.TopicAsync(http, edition, slug, Math.Clamp(page ?? 1, 1, 1000), ct);
            return model is null
                ? await PageResults.NotFoundAsync(http, pages, editions, edition, ct)
                : PageResults.Page<TopicPage>(model);
        }).CacheOutput(SiteCache.Policy);
        return app;
    }
}
