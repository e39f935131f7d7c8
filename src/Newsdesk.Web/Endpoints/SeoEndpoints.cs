using Newsdesk.Storage;
using Newsdesk.Web.Site;

namespace Newsdesk.Web.Endpoints;

/// <summary>sitemap.xml (every edition and article, with hreflang alternates), the Google News sitemap and robots.txt.</summary>
public static class SeoEndpoints
{
    /// <summary>Google News takes articles of the last two days, at most 1,000.</summary>
    public const int NewsLimit = 1000;

    public static IEndpointRouteBuilder MapSeoEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", async (HttpContext http, EditionCatalog editions, ISiteStore site, SiteOptions options, CancellationToken ct) =>
        {
            var all = await editions.ListAsync(ct);
            var urls = new List<SitemapWriter.Url>();
            var fronts = all.Select(e => new HrefLang(e.Code, SiteUrls.Absolute(http, options, SiteUrls.Front(e.Language)))).ToList();
            urls.AddRange(all.Select(e => new SitemapWriter.Url(SiteUrls.Absolute(http, options, SiteUrls.Front(e.Language)), null, fronts)));
            var publications = (await site.ListPublicationsAsync(new PublicationQuery(Limit: 45_000, OnePerCluster: true), ct)).Where(p => !p.NoIndex).ToList();
            foreach (var group in publications.GroupBy(p => p.ArticleId))
            {
                var alternates = group.Select(p => new HrefLang(p.Language.Value, SiteUrls.Absolute(http, options, SiteUrls.Article(p)))).ToList();
                urls.AddRange(group.Select(p => new SitemapWriter.Url(SiteUrls.Absolute(http, options, SiteUrls.Article(p)), p.UpdatedAt,
                    alternates.Count > 1 ? alternates : [])));
            }
            return Results.Text(SitemapWriter.Sitemap(urls), "application/xml; charset=utf-8");
        }).CacheOutput(SiteCache.Policy);

        app.MapGet("/news-sitemap.xml", async (HttpContext http, ISiteStore site, SiteOptions options, TimeProvider time, CancellationToken ct) =>
        {
            var recent = await site.ListPublicationsAsync(new PublicationQuery(FirstPublishedSince: time.GetUtcNow().AddDays(-2), Limit: NewsLimit * 2, OnePerCluster: true), ct);
            var urls = recent.Where(p => !p.NoIndex).Take(NewsLimit).Select(p => new SitemapWriter.NewsUrl(
                SiteUrls.Absolute(http, options, SiteUrls.Article(p)), options.Name, p.Language.Language, p.FirstPublishedAt, p.Title));
            return Results.Text(SitemapWriter.News(urls), "application/xml; charset=utf-8");
        }).CacheOutput(SiteCache.Policy);

        app.MapGet("/robots.txt", (HttpContext http, SiteOptions options) => Results.Text(
            $"User-agent: *\nDisallow: /editor/\nDisallow: /*/search\n\nSitemap: {SiteUrls.Absolute(http, options, "/sitemap.xml")}\n" +
            $"Sitemap: {SiteUrls.Absolute(http, options, "/news-sitemap.xml")}\n", "text/plain; charset=utf-8"));
        return app;
    }
}
