using System.Globalization;
using Newsdesk.Model;
using Newsdesk.Storage;

namespace Newsdesk.Web.Site;

/// <summary>Every public URL of the site, in one place (paths, and absolute forms for canonical links, feeds and sitemaps).</summary>
public static class SiteUrls
{
    public static string Front(LanguageTag lang) => $"/{lang}/";

    public static string Article(Publication p) => $"/{p.Language}/a/{p.ArticleId.Value.ToString(CultureInfo.InvariantCulture)}/{p.Slug}";

    public static string Topic(LanguageTag lang, string slug) => $"/{lang}/topics/{Uri.EscapeDataString(slug)}";

    public static string TopicFeed(LanguageTag lang, string slug, string kind) => $"{Topic(lang, slug)}/feed.{kind}";

    public static string Search(LanguageTag lang) => $"/{lang}/search";

    public static string About(LanguageTag lang) => $"/{lang}/about";

    public static string Feed(LanguageTag lang, string kind) => $"/{lang}/feed.{kind}";

    /// <summary>The absolute form of a path: the configured base URL, or the request's scheme and host.</summary>
    public static string Absolute(HttpContext context, SiteOptions options, string path)
    {
        var root = string.IsNullOrWhiteSpace(options.BaseUrl)
            ? $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}"
            : options.BaseUrl.TrimEnd('/');
        return root + path;
    }
}
