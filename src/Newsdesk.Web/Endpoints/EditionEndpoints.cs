using Newsdesk.Web.Pages;
using Newsdesk.Web.Site;

namespace Newsdesk.Web.Endpoints;

/// <summary>The root, each edition's front page and about page.</summary>
public static class EditionEndpoints
{
    public static IEndpointRouteBuilder MapEditionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", async (EditionCatalog editions, CancellationToken ct) =>
            await editions.DefaultAsync(ct) is { } e
                ? Results.Redirect(e.Path)
                : Results.Content("<!DOCTYPE html><html lang=\"en\"><title>Newsdesk</title><p>No articles are published yet.</p></html>", "text/html; charset=utf-8"));

        app.MapGet("/healthz", () => Results.Text("ok"));

        app.MapGet("/{lang}/", async (string lang, HttpContext http, EditionCatalog editions, SitePages pages, CancellationToken ct) =>
            await editions.FindAsync(lang, ct) is { } edition
                ? PageResults.Page<FrontPage>(await pages.FrontAsync(http, edition, ct))
                : await PageResults.NotFoundAsync(http, pages, editions, null, ct))
            .CacheOutput(SiteCache.Policy);

        app.MapGet("/{lang}/about", async (string lang, HttpContext http, EditionCatalog editions, SitePages pages, CancellationToken ct) =>
            await editions.FindAsync(lang, ct) is { } edition
                ? PageResults.Page<AboutPage>(await pages.SimpleAsync(http, edition, "AboutTitle", "about", noIndex: false, ct))
                : await PageResults.NotFoundAsync(http, pages, editions, null, ct))
            .CacheOutput(SiteCache.Policy);
        return app;
    }
}
