using Newsdesk.Model;
using Newsdesk.Web.Pages;
using Newsdesk.Web.Site;

namespace Newsdesk.Web.Endpoints;

/// <summary>Article pages.</summary>
public static class ArticleEndpoints
{
    public static IEndpointRouteBuilder MapArticleEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/{lang}/a/{id:long}/{slug?}", async (string lang, long id, string? slug, HttpContext http, EditionCatalog editions, SitePages pages,
            CancellationToken ct) =>
        {
            var edition = await editions.FindAsync(lang, ct);
            var model = edition is null ? null : await pages.ArticleAsync(http, edition, new ArticleId(id), ct);
            if (model is null)
            {
                return await PageResults.NotFoundAsync(http, pages, editions, edition, ct);
            }
            if (slug != model.Publication.Slug)
            {
                return Results.Redirect(SiteUrls.Article(model.Publication), permanent: true);
            }
            if (model.Publication.NoIndex)
            {
                http.Response.Headers["X-Robots-Tag"] = "noindex";
            }
            return PageResults.Page<ArticlePage>(model);
        }).CacheOutput(SiteCache.Policy);
        return app;
    }
}
