namespace Newsdesk.Web.Endpoints;

/// <summary>
/// The one place that lists the site's routes.
/// <code>
/// Public (output-cached, evicted on publish)
///   GET  /                                  → redirect to the default edition
///   GET  /{lang}/                           front page of an edition
///   GET  /{lang}/a/{id}/{slug}              article (a wrong or missing slug redirects to the canonical URL)
///   GET  /{lang}/topics/{slug}[?page=n]     topic page
///   GET  /{lang}/search?q=&amp;topic=&amp;from=&amp;until=&amp;page=   search (noindex)
///   GET  /{lang}/about                      about page
///   GET  /{lang}/feed.rss | feed.atom       edition feeds
///   GET  /{lang}/topics/{slug}/feed.rss | feed.atom   topic feeds
///   GET  /sitemap.xml | /news-sitemap.xml | /robots.txt
///   GET  /assets/{name}                     fingerprinted static files (immutable)
///   GET  /healthz
/// Editors (cookie sign-in; every form carries an antiforgery token)
///   GET/POST /editor/sign-in  (rate-limited)   POST /editor/sign-out
///   GET  /editor/                           review queue (held translations)
///   GET  /editor/review/{id}                source beside translation, findings highlighted
///   POST /editor/review/{id}/approve | edit | retranslate | reject
///   GET  /editor/sources   POST /editor/sources   POST /editor/sources/{id}
///   GET  /editor/glossary?source=&amp;target=   POST /editor/glossary   POST /editor/glossary/remove
///   GET  /editor/audit (admin)
/// </code>
/// </summary>
public static class SiteRoutes
{
    public static IEndpointRouteBuilder MapNewsdesk(this IEndpointRouteBuilder app)
    {
        app.MapAssetEndpoints();
        app.MapSeoEndpoints();
        app.MapEditorEndpoints();
        app.MapReviewEndpoints();
        app.MapSourceEndpoints();
        app.MapGlossaryEndpoints();
        app.MapLabelEndpoints();
        app.MapEditionEndpoints();
        app.MapArticleEndpoints();
        app.MapTopicEndpoints();
        app.MapSearchEndpoints();
        app.MapFeedEndpoints();
        return app;
    }
}
