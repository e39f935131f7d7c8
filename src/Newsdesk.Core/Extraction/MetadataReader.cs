using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Newsdesk.Extraction;

/// <summary>Reads page metadata: JSON-LD first, then Open Graph and meta tags, then microdata and DOM hints.</summary>
internal static class MetadataReader
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNews", "LiveBlogPosting", "BlogPosting", "AnalysisNewsArticle", "OpinionNewsArticle",
        "ReviewNewsArticle", "BackgroundNewsArticle", "AskPublicNewsArticle", "SatiricalArticle", "Report", "TechArticle",
        "ScholarlyArticle", "SocialMediaPosting", "DiscussionForumPosting", "Review",
    };

    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static PageMetadata Read(IHtmlDocument document, Uri url)
    {
        var meta = new PageMetadata();
        var metaTags = CollectMeta(document);
        ReadJsonLd(document, meta);

        meta.Title ??= First(metaTags, "og:title", "twitter:title", "dc.title", "title");
        meta.DocumentTitle = Normalize(document.Title);
        meta.Description = First(metaTags, "og:description", "description", "twitter:description", "dc.description");
        meta.Byline ??= First(metaTags, "author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl");
        if (meta.Byline is not null && meta.Byline.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            meta.Byline = null;
        }
        meta.Published ??= DateParsing.Parse(First(metaTags, "article:published_time", "og:published_time", "datepublished",
            "publishdate", "publish-date", "pubdate", "date", "dc.date", "dc.date.issued", "dcterms.created", "parsely-pub-date",
            "sailthru.date", "article.published", "published-date", "release_date", "cxenseparse:recs:publishtime"));
        meta.Modified ??= DateParsing.Parse(First(metaTags, "article:modified_time", "og:updated_time", "datemodified",
            "last-modified", "dcterms.modified", "article.updated"));
        meta.Section ??= First(metaTags, "article:section", "parsely-section", "section", "cxenseparse:recs:articlesection");
        if (meta.Tags.Count == 0)
        {
            foreach (var tag in All(metaTags, "article:tag"))
            {
                meta.Tags.Add(tag);
            }
            if (meta.Tags.Count == 0 && First(metaTags, "news_keywords", "keywords", "parsely-tags") is { } keywords)
            {
                meta.Tags.AddRange(SplitKeywords(keywords));
            }
        }
        meta.Image ??= First(metaTags, "og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src");
        meta.SiteName ??= First(metaTags, "og:site_name", "application-name", "publisher");
        meta.OgType = First(metaTags, "og:type")?.ToLowerInvariant();
        if (First(metaTags, "article:content_tier") is { } tier && !tier.Equals("free", StringComparison.OrdinalIgnoreCase))
        {
            meta.IsPaywalled = true;
        }

        // Language: the declaration of the document, then the meta tags.
        meta.Language ??= NonEmpty(document.DocumentElement.GetAttribute("lang"))
            ?? NonEmpty(document.DocumentElement.GetAttribute("xml:lang"))
            ?? First(metaTags, "content-language", "language", "dc.language", "og:locale");

        // Canonical URL: rel=canonical, then og:url.
        var canonical = document.QuerySelector("link[rel~='canonical'][href]")?.GetAttribute("href") ?? First(metaTags, "og:url");
        meta.Canonical = Absolute(canonical, url);
        meta.Image = Absolute(meta.Image, url);

        ReadMicrodata(document, meta);
        return meta;
    }

    private static Dictionary<string, List<string>> CollectMeta(IHtmlDocument document)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop")
                ?? element.GetAttribute("http-equiv");
            var value = Normalize(element.GetAttribute("content"));
            if (string.IsNullOrWhiteSpace(key) || value is null)
            {
                continue;
            }
            key = key.Trim();
            if (!result.TryGetValue(key, out var list))
            {
                result[key] = list = [];
            }
            list.Add(value);
        }
        return result;
    }

    private static string? First(Dictionary<string, List<string>> tags, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (tags.TryGetValue(key, out var values) && values.Count > 0)
            {
                return values[0];
            }
        }
        return null;
    }

    private static IEnumerable<string> All(Dictionary<string, List<string>> tags, string key) =>
        tags.TryGetValue(key, out var values) ? values : [];

    private static void ReadJsonLd(IHtmlDocument document, PageMetadata meta)
    {
        JsonElement? article = null;
        JsonElement? fallbackPage = null;
        var documents = new List<JsonDocument>();
        try
        {
            foreach (var script in document.QuerySelectorAll("script[type]"))
            {
                if (!script.GetAttribute("type")!.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                var text = script.TextContent.Trim();
                if (text.StartsWith("<![CDATA[", StringComparison.Ordinal))
                {
                    text = text[9..].TrimEnd().TrimEnd(']', '>');
                }
                JsonDocument json;
                try
                {
                    json = JsonDocument.Parse(text, JsonOptions);
                }
                catch (JsonException)
                {
                    continue;
                }
                documents.Add(json);
                foreach (var node in Flatten(json.RootElement, 0))
                {
                    AddTypes(node, meta.Types);
                    if (HasType(node, ArticleTypes))
                    {
                        article ??= node;
                        if (HasType(node, new HashSet<string>(["LiveBlogPosting"])))
                        {
                            meta.IsLiveBlog = true;
                        }
                    }
                    else if (HasType(node, new HashSet<string>(["WebPage", "ItemPage"])))
                    {
                        fallbackPage ??= node;
                    }
                }
            }
            if (article is { } a)
            {
                meta.Title = Normalize(String(a, "headline")) ?? Normalize(String(a, "name"));
                meta.Byline = Names(a, "author") ?? Names(a, "creator");
                meta.Published = DateParsing.Parse(String(a, "datePublished")) ?? DateParsing.Parse(String(a, "dateCreated"));
                meta.Modified = DateParsing.Parse(String(a, "dateModified"));
                meta.Section = Normalize(String(a, "articleSection"));
                meta.Language = NonEmpty(String(a, "inLanguage"));
                meta.Image = ImageUrl(a);
                meta.SiteName = a.TryGetProperty("publisher", out var publisher) ? Normalize(String(publisher, "name")) : null;
                meta.ArticleBody = String(a, "articleBody");
                meta.ArticleType = a.TryGetProperty("@type", out var articleType) ? StripSchema(articleType.ValueKind == JsonValueKind.String
                    ? articleType.GetString()! : articleType.EnumerateArray().Select(t => t.ToString()).FirstOrDefault(t => ArticleTypes.Contains(StripSchema(t))) ?? "") : null;
                if (a.TryGetProperty("keywords", out var keywords))
                {
                    if (keywords.ValueKind == JsonValueKind.String)
                    {
                        meta.Tags.AddRange(SplitKeywords(keywords.GetString()!));
                    }
                    else if (keywords.ValueKind == JsonValueKind.Array)
                    {
                        meta.Tags.AddRange(keywords.EnumerateArray().Where(k => k.ValueKind == JsonValueKind.String)
                            .Select(k => Normalize(k.GetString())).OfType<string>());
                    }
                }
                meta.IsPaywalled |= IsLocked(a);
            }
            if (fallbackPage is { } p)
            {
                meta.Published ??= DateParsing.Parse(String(p, "datePublished"));
                meta.Modified ??= DateParsing.Parse(String(p, "dateModified"));
                meta.Language ??= NonEmpty(String(p, "inLanguage"));
            }
        }
        finally
        {
            foreach (var json in documents)
            {
                json.Dispose();
            }
        }
    }

    private static bool IsLocked(JsonElement article)
    {
        if (article.TryGetProperty("isAccessibleForFree", out var free) && IsFalse(free))
        {
            return true;
        }
        if (article.TryGetProperty("hasPart", out var parts))
        {
            foreach (var part in parts.ValueKind == JsonValueKind.Array ? parts.EnumerateArray() : Enumerate(parts))
            {
                if (part.ValueKind == JsonValueKind.Object && part.TryGetProperty("isAccessibleForFree", out var f) && IsFalse(f))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static IEnumerable<JsonElement> Enumerate(JsonElement single)
    {
        yield return single;
    }

    private static bool IsFalse(JsonElement value) =>
        value.ValueKind == JsonValueKind.False
        || (value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Equals("false", StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<JsonElement> Flatten(JsonElement element, int depth)
    {
        if (depth > 4)
        {
            yield break;
        }
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in Flatten(item, depth + 1))
                {
                    yield return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            foreach (var key in (string[])["@graph", "mainEntity", "mainEntityOfPage"])
            {
                if (element.TryGetProperty(key, out var inner) && inner.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
                {
                    foreach (var nested in Flatten(inner, depth + 1))
                    {
                        yield return nested;
                    }
                }
            }
        }
    }

    private static void AddTypes(JsonElement node, HashSet<string> types)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return;
        }
        foreach (var t in type.ValueKind == JsonValueKind.Array ? type.EnumerateArray() : Enumerate(type))
        {
            if (t.ValueKind == JsonValueKind.String)
            {
                types.Add(StripSchema(t.GetString()!));
            }
        }
    }

    private static bool HasType(JsonElement node, HashSet<string> types)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return false;
        }
        if (type.ValueKind == JsonValueKind.String)
        {
            return types.Contains(StripSchema(type.GetString()!));
        }
        return type.ValueKind == JsonValueKind.Array
            && type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && types.Contains(StripSchema(t.GetString()!)));
    }

    private static string StripSchema(string type)
    {
        var slash = type.LastIndexOf('/');
        return slash >= 0 ? type[(slash + 1)..] : type;
    }

    private static string? String(JsonElement node, string property)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(property, out var value))
        {
            return null;
        }
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).FirstOrDefault(),
            _ => null,
        };
    }

    private static string? Names(JsonElement node, string property)
    {
        if (!node.TryGetProperty(property, out var value))
        {
            return null;
        }
        var names = new List<string>();
        foreach (var item in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : Enumerate(value))
        {
            var name = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object => String(item, "name"),
                _ => null,
            };
            if (Normalize(name) is { } n && !n.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !names.Contains(n))
            {
                names.Add(n);
            }
        }
        return names.Count > 0 ? string.Join(", ", names) : null;
    }

    private static string? ImageUrl(JsonElement node)
    {
        if (!node.TryGetProperty("image", out var image))
        {
            return null;
        }
        foreach (var item in image.ValueKind == JsonValueKind.Array ? image.EnumerateArray() : Enumerate(image))
        {
            var url = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object => String(item, "url") ?? String(item, "contentUrl"),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(url))
            {
                return url.Trim();
            }
        }
        return null;
    }

    private static void ReadMicrodata(IHtmlDocument document, PageMetadata meta)
    {
        if (meta.Title is null && document.QuerySelector("[itemprop='headline']") is { } headline)
        {
            meta.Title = Normalize(headline.GetAttribute("content") ?? headline.TextContent);
        }
        if (meta.Byline is null)
        {
            var author = document.QuerySelector("[itemprop='author'] [itemprop='name']") ?? document.QuerySelector("[itemprop='author']")
                ?? document.QuerySelector("a[rel~='author']");
            if (author is not null)
            {
                var name = Normalize(author.GetAttribute("content") ?? author.TextContent);
                meta.Byline = name is { Length: < 120 } ? name : null;
            }
        }
        if (meta.Published is null)
        {
            var published = document.QuerySelector("[itemprop='datePublished']") ?? document.QuerySelector("time[pubdate]")
                ?? document.QuerySelector("article time[datetime]") ?? document.QuerySelector("time[datetime]");
            meta.Published = DateParsing.Parse(published?.GetAttribute("content") ?? published?.GetAttribute("datetime"));
        }
        if (meta.Modified is null && document.QuerySelector("[itemprop='dateModified']") is { } modified)
        {
            meta.Modified = DateParsing.Parse(modified.GetAttribute("content") ?? modified.GetAttribute("datetime"));
        }
        if (meta.Section is null && document.QuerySelector("[itemprop='articleSection']") is { } section)
        {
            meta.Section = Normalize(section.GetAttribute("content") ?? section.TextContent);
        }
        foreach (var typed in document.QuerySelectorAll("[itemtype]").Take(200))
        {
            foreach (var type in typed.GetAttribute("itemtype")!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                meta.Types.Add(StripSchema(type));
            }
        }
        if (document.QuerySelector("[itemtype*='LiveBlogPosting']") is not null)
        {
            meta.IsLiveBlog = true;
        }
    }

    internal static IEnumerable<string> SplitKeywords(string keywords) =>
        keywords.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(k => k.Length < 80)
            .Distinct(StringComparer.OrdinalIgnoreCase);

    internal static string? Absolute(string? href, Uri url)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }
        return Uri.TryCreate(url, href.Trim(), out var absolute) && absolute.Scheme is "http" or "https" ? absolute.AbsoluteUri : null;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    internal static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = TextNormalizer.Collapse(System.Net.WebUtility.HtmlDecode(value));
        return text.Length > 0 ? text : null;
    }
}
