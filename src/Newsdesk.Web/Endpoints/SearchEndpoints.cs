using Newsdesk.Web.Pages;
using Newsdesk.Web.Site;

namespace Newsdesk.Web.Endpoints;

/// <summary>Search per edition.</summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/{lang}/search", async (string lang, string? q, string? topic, string? from, string? until, int? page, HttpContext http,
            EditionCatalog editions, SitePages pages, CancellationToken ct) =>
        {
            var edition = await editions.FindAsync(lang, ct);
            if (edition is null)
            {
                return await PageResults.NotFoundAsync(http, pages, editions, null, ct);
            }
            http.Response.Headers["X-Robots-Tag"] = "noindex";
            return PageResults.Page<SearchPage>(await pages.SearchAsync(http, edition, q, topic, from, until, Math.Clamp(page ?? 1, 1, 50), ct));
        }).CacheOutput(SiteCache.Policy);
        return app;
    }
}
