using System.Globalization;
using System.IO.Hashing;
using System.Text;
using System.Xml;

namespace Newsdesk.Demo;

/// <summary>One outlet's whole site, rendered once into a table of responses keyed by path (relative to the outlet's
/// base URL, without a leading slash). Subclasses are the two outlets' templates, which differ as real sites do.</summary>
internal abstract class OutletSite
{
    private static readonly (string Author, string Text)[] CommentPool =
    [
        ("Marielle_69", "Merci pour cet article clair et bien documenté, ça change des brèves de trois lignes."),
        ("Jean-Paul R.", "On verra dans six mois ce qu'il reste de toutes ces annonces. Je demande à voir."),
        ("lecteur_du_dimanche", "Est-ce que quelqu'un sait où trouver le rapport complet ? Le lien ne marche pas chez moi."),
        ("Sophie B.", "Très bon papier. Dommage que les chiffres de l'année dernière ne soient pas rappelés pour comparer."),
        ("Kader2", "Toujours les mêmes qui décident et toujours les mêmes qui paient."),
        ("Hélène de Fourvière", "Enfin un sujet traité sans caricature. Bravo à la rédaction."),
        ("vieux_marin", "J'ai connu cette époque où on en parlait déjà. Rien de nouveau sous le soleil."),
    ];

    protected OutletSite(string outlet, Uri baseUrl, IReadOnlyList<DemoArticle> articles, Func<string, string, Uri?> resolve,
        IReadOnlyDictionary<string, byte[]> images, DateTimeOffset now)
    {
        Outlet = outlet;
        BaseUrl = baseUrl;
        Articles = articles;
        Images = images;
        Now = now;
        _resolve = resolve;
        SiteModified = articles.Count == 0 ? now : articles.Max(a => a.LastChanged);
    }

    private readonly Func<string, string, Uri?> _resolve;

    public string Outlet { get; }

    public string Name => DemoOutlets.NameOf(Outlet);

    /// <summary>Base URL of the outlet, ending with a slash.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The outlet's articles, newest first, dates already moved.</summary>
    public IReadOnlyList<DemoArticle> Articles { get; }

    public IReadOnlyDictionary<string, byte[]> Images { get; }

    /// <summary>The "now" of the demo (the clock at start, or the demo date): what the sitemap's two-day window is counted from.</summary>
    public DateTimeOffset Now { get; }

    public DateTimeOffset SiteModified { get; }

    public abstract string FeedKind { get; }

    public abstract string FeedPath { get; }

    public abstract string ArticlePath(DemoArticle article);

    public string SitemapPath => "sitemap-news.xml";

    public Uri UrlOf(string path) => new(BaseUrl, path);

    public Uri ArticleUrl(DemoArticle article) => UrlOf(ArticlePath(article));

    /// <summary>Every response of the site.</summary>
    public Dictionary<string, DemoResponse> BuildRoutes()
    {
        var routes = new Dictionary<string, DemoResponse>(StringComparer.Ordinal);
        foreach (var article in Articles)
        {
            routes[ArticlePath(article)] = Page(RenderArticle(article), article.LastChanged);
        }
        routes[""] = Page(RenderHome(), SiteModified);
        foreach (var section in Articles.GroupBy(a => a.Section))
        {
            routes[SectionPath(section.Key)] = Page(RenderListing(section.Key, [.. section]), section.Max(a => a.LastChanged));
        }
        foreach (var tag in Articles.SelectMany(a => a.Tags).Distinct(StringComparer.Ordinal))
        {
            var tagged = Articles.Where(a => a.Tags.Contains(tag)).ToList();
            routes[TagPath(tag)] = Page(RenderListing(tag, tagged), tagged.Max(a => a.LastChanged));
        }
        routes[FeedPath] = DemoResponse.Text(BuildFeed(), FeedContentType, SiteModified) with { CacheControl = "public, max-age=300" };
        routes[SitemapPath] = DemoResponse.Text(BuildNewsSitemap(), "application/xml; charset=utf-8", SiteModified);
        foreach (var (file, bytes) in Images)
        {
            routes[ImagePath(file)] = new DemoResponse(bytes, ImageContentType(file), DemoContent.DemoDate) { CacheControl = "public, max-age=86400" };
        }
        routes[StylesheetPath] = DemoResponse.Text(Stylesheet, "text/css; charset=utf-8", DemoContent.DemoDate) with { CacheControl = "public, max-age=86400" };
        return routes;
    }

    /// <summary>The outlet's "page not found" page, with its chrome.</summary>
    public DemoResponse NotFound() => DemoResponse.Text(RenderNotFound(), "text/html; charset=utf-8", SiteModified, 404) with { CacheControl = "no-cache" };

    /// <summary>robots.txt lines for this outlet; <paramref name="prefix"/> is its path on the origin ("/" or "/traboules/").</summary>
    public string RobotsRules(string prefix) =>
        $"Disallow: {prefix}recherche\nDisallow: {prefix}compte/\nSitemap: {UrlOf(SitemapPath)}\n";

    protected abstract string FeedContentType { get; }

    protected abstract string StylesheetPath { get; }

    protected abstract string Stylesheet { get; }

    protected abstract string RenderArticle(DemoArticle article);

    protected abstract string RenderHome();

    protected abstract string RenderListing(string title, IReadOnlyList<DemoArticle> articles);

    protected abstract string RenderNotFound();

    protected abstract string BuildFeed();

    public abstract string ImagePath(string file);

    public abstract string SectionPath(string section);

    public abstract string TagPath(string tag);

    /// <summary>Inline markup as HTML, with slug: links resolved to this outlet's page when it has one.</summary>
    protected string Inline(string markup) => DemoInline.ToHtml(markup, target =>
        target.StartsWith("slug:", StringComparison.Ordinal) ? _resolve(Outlet, target[5..])?.ToString() : target);

    protected static string E(string text) => Html.Escape(text);

    /// <summary>Other articles of the outlet to suggest: same section first, then the newest; stable order.</summary>
    protected IReadOnlyList<DemoArticle> Related(DemoArticle article, int count) =>
        [.. Articles.Where(a => a.Slug != article.Slug)
            .OrderByDescending(a => a.Section == article.Section)
            .ThenByDescending(a => a.Tags.Intersect(article.Tags).Count())
            .ThenByDescending(a => a.Published)
            .Take(count)];

    /// <summary>A fixed "most read" list, the same on every page (as real sidebars are).</summary>
    protected IReadOnlyList<DemoArticle> MostRead(int count) =>
        [.. Articles.OrderBy(a => Stable(a.Slug + "lus")).Take(count)];

    protected IReadOnlyList<(string Author, string Text, DateTimeOffset At)> Comments(DemoArticle article)
    {
        var seed = Stable(article.Slug);
        var count = 2 + (int)(seed % 3);
        var comments = new List<(string, string, DateTimeOffset)>();
        for (var i = 0; i < count; i++)
        {
            var (author, text) = CommentPool[(int)((seed / 7 + (ulong)i * 3) % (ulong)CommentPool.Length)];
            comments.Add((author, text, article.Published.AddMinutes(37 + i * 53 + (int)(seed % 17))));
        }
        return comments;
    }

    /// <summary>A number derived from a text, stable across runs and platforms (string.GetHashCode is not).</summary>
    protected static ulong Stable(string text) => XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(text));

    /// <summary>Lower-case ASCII slug of a section or tag: "Économie" -> "economie", "États-Unis" -> "etats-unis".</summary>
    protected static string Slugify(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        return slug.ToString().Trim('-');
    }

    /// <summary>Reading time at 230 words a minute, as sites display it.</summary>
    protected static int ReadingMinutes(DemoArticle article) => Math.Max(1, (int)Math.Round(article.WordCount / 230.0));

    protected static string Json(Action<System.Text.Json.Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions
        {
            Indented = true,
            // Readable UTF-8 as publishers emit it ("+01:00", not "\u002B01:00"); '<' is escaped below instead.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            write(json);
        }
        // Inside <script>, "</script>" or "<!--" in a headline would end or confuse the element; \u003C cannot.
        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("<", "\\u003C", StringComparison.Ordinal);
    }

    protected static string Xml(Action<XmlWriter> write)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(new Utf8StringWriter(text), new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            write(writer);
        }
        return text.ToString();
    }

    /// <summary>A Google News sitemap: the articles of the last two days before <see cref="Now"/>.</summary>
    private string BuildNewsSitemap() => Xml(x =>
    {
        const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        const string news = "http://www.google.com/schemas/sitemap-news/0.9";
        x.WriteStartElement("urlset", ns);
        x.WriteAttributeString("xmlns", "news", null, news);
        foreach (var article in Articles.Where(a => a.Published > Now.AddDays(-2) && a.Published <= Now))
        {
            x.WriteStartElement("url", ns);
            x.WriteElementString("loc", ns, ArticleUrl(article).ToString());
            x.WriteElementString("lastmod", ns, FrenchDates.Iso(article.LastChanged));
            x.WriteStartElement("news", "news", news);
            x.WriteStartElement("news", "publication", news);
            x.WriteElementString("news", "name", news, Name);
            x.WriteElementString("news", "language", news, "fr");
            x.WriteEndElement();
            x.WriteElementString("news", "publication_date", news, FrenchDates.Iso(article.Published));
            x.WriteElementString("news", "title", news, article.Title);
            x.WriteEndElement();
            x.WriteEndElement();
        }
        x.WriteEndElement();
    });

    private static DemoResponse Page(string html, DateTimeOffset lastModified) =>
        DemoResponse.Text(html, "text/html; charset=utf-8", lastModified);

    private static string ImageContentType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".webp" => "image/webp",
        _ => "application/octet-stream",
    };

    /// <summary>StringWriter that declares UTF-8, so the XML declaration says what the bytes are.</summary>
    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
