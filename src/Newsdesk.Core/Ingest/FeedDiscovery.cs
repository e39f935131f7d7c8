using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Newsdesk.Model;
using Newsdesk.Text;

namespace Newsdesk.Ingest;

/// <summary>Finds the feeds a home page advertises (&lt;link rel="alternate"&gt;) and the basic facts of an HTML page.</summary>
public static class FeedDiscovery
{
    private static readonly string[] FeedTypes =
    [
        "application/rss+xml",
        "application/atom+xml",
        "application/feed+json",
        "application/rdf+xml",
        "application/json",
    ];

    /// <summary>Feeds advertised by the page, absolute, in page order with comment feeds last.</summary>
    public static IReadOnlyList<DiscoveredFeed> FindFeeds(ReadOnlyMemory<byte> body, Uri pageUrl, string? headerCharset = null) =>
        FindFeeds(Parse(body, headerCharset, out _), pageUrl);

    /// <summary>Feeds advertised by the page, absolute, in page order with comment feeds last.</summary>
    public static IReadOnlyList<DiscoveredFeed> FindFeeds(string html, Uri pageUrl) =>
        FindFeeds(new HtmlParser().ParseDocument(html), pageUrl);

    /// <summary>Decodes with the extractor's HTML charset rules (BOM, header, meta prescan, UTF-8, windows-1252).</summary>
    internal static IDocument Parse(ReadOnlyMemory<byte> body, string? headerCharset, out string encodingName)
    {
        var decoded = CharsetDecoder.Decode(body.Span, headerCharset);
        encodingName = decoded.Encoding.WebName;
        return new HtmlParser().ParseDocument(decoded.Text);
    }

    internal static IReadOnlyList<DiscoveredFeed> FindFeeds(IDocument document, Uri pageUrl)
    {
        var baseUri = BaseOf(document, pageUrl);
        var found = new List<DiscoveredFeed>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in document.QuerySelectorAll("link[rel][href][type]"))
        {
            var rel = link.GetAttribute("rel")!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (!rel.Contains("alternate", StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }
            var type = link.GetAttribute("type")!.Split(';')[0].Trim().ToLowerInvariant();
            if (!FeedTypes.Contains(type))
            {
                continue;
            }
            // application/json alone is too vague unless the page says it is a feed.
            var title = FeedParseBuilder.CleanText(link.GetAttribute("title"));
            if (type == "application/json" && title?.Contains("feed", StringComparison.OrdinalIgnoreCase) != true)
            {
                continue;
            }
            var url = FeedParseBuilder.TryResolve(link.GetAttribute("href"), baseUri);
            if (url is not null && seen.Add(url.AbsoluteUri))
            {
                found.Add(new DiscoveredFeed(url, type, title));
            }
        }
        // Comment feeds are rarely what someone following a news site wants.
        return found.OrderBy(f => IsCommentFeed(f) ? 1 : 0).ToList();
    }

    private static readonly string[] CommentWords = ["comment", "kommentar", "commentaire", "comentario", "commento", "reactie"];

    private static bool IsCommentFeed(DiscoveredFeed feed)
    {
        var text = (feed.Title ?? "") + " " + feed.Url.AbsolutePath;
        return CommentWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    internal static HtmlPageInfo PageInfo(IDocument document, Uri pageUrl)
    {
        var baseUri = BaseOf(document, pageUrl);
        var title = FeedParseBuilder.CleanText(document.QuerySelector("meta[property='og:title']")?.GetAttribute("content"))
            ?? FeedParseBuilder.CleanText(document.Title);
        var canonical = document.QuerySelectorAll("link[rel][href]")
            .Where(l => l.GetAttribute("rel")!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Contains("canonical", StringComparer.OrdinalIgnoreCase))
            .Select(l => FeedParseBuilder.TryResolve(l.GetAttribute("href"), baseUri))
            .FirstOrDefault(u => u is not null)
            ?? FeedParseBuilder.TryResolve(document.QuerySelector("meta[property='og:url']")?.GetAttribute("content"), baseUri);
        var lang = document.DocumentElement?.GetAttribute("lang");
        return new HtmlPageInfo(title, canonical, LanguageTag.TryParse(lang, out var tag) ? tag : null);
    }

    private static Uri BaseOf(IDocument document, Uri pageUrl)
    {
        var href = document.QuerySelector("base[href]")?.GetAttribute("href");
        return FeedParseBuilder.TryResolve(href, pageUrl) ?? pageUrl;
    }
}
