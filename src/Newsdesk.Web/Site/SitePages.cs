using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Newsdesk.Model;
using Newsdesk.Publishing;
using Newsdesk.Sanitizing;
using Newsdesk.Storage;

namespace Newsdesk.Web.Site;

/// <summary>Loads what each public page shows (one call per page; the endpoints only parse input and render).</summary>
public sealed class SitePages(
    INewsStore news,
    ISiteStore site,
    EditionCatalog editions,
    SiteHtml html,
    StaticAssets assets,
    SiteOptions options,
    TimeProvider time)
{
    public const int TopicPageSize = 30;
    public const int SearchPageSize = 20;

    private async Task<PageFrame> FrameAsync(HttpContext http, Edition edition, PageHead head, IReadOnlyList<LanguageLink>? languages,
        CancellationToken cancellationToken)
    {
        var all = await editions.ListAsync(cancellationToken);
        var links = languages ?? all.Select(e => new LanguageLink(e, SiteUrls.Front(e.Language), e == edition)).ToList();
        return new PageFrame(edition, options, head with { Canonical = SiteUrls.Absolute(http, options, head.Canonical) }, assets.Url("site.css"), links);
    }

    private List<HrefLang> Absolute(HttpContext http, IEnumerable<HrefLang> alternates) =>
        alternates.Select(a => a with { Href = SiteUrls.Absolute(http, options, a.Href) }).ToList();

    private static List<FeedLink> Feeds(Edition edition) =>
    [
        new("application/rss+xml", "RSS", SiteUrls.Feed(edition.Language, "rss")),
        new("application/atom+xml", "Atom", SiteUrls.Feed(edition.Language, "atom")),
    ];

    public async Task<StoryItem> StoryAsync(Edition edition, Publication p, SectionNames sections, CancellationToken cancellationToken)
    {
        var source = await editions.SourceAsync(p.SourceId, cancellationToken);
        return new StoryItem(p, SiteUrls.Article(p), source?.Name, edition.Text.Date(p.PublishedAt), sections.Of(p));
    }

    /// <summary>
    /// Stories for a list, one per same-story cluster (the first of each, which the store's one-per-cluster query makes the
    /// canonical one), each naming the other outlets that ran it.
    /// </summary>
    private async Task<List<StoryItem>> StoriesAsync(Edition edition, IEnumerable<Publication> publications, SectionNames sections,
        CancellationToken cancellationToken, bool withOtherSources = true)
    {
        var distinct = publications.DistinctBy(p => p.ClusterId).ToList();
        var members = withOtherSources
            ? (await site.ListClusterMembersAsync(edition.Language, distinct.Select(p => p.ClusterId).ToList(), cancellationToken)).ToLookup(m => m.ClusterId)
            : null;
        var list = new List<StoryItem>();
        foreach (var p in distinct)
        {
            var item = await StoryAsync(edition, p, sections, cancellationToken);
            if (members is not null)
            {
                var others = new List<string>();
                foreach (var m in members[p.ClusterId].Where(m => m.Id != p.Id))
                {
                    if ((await editions.SourceAsync(m.SourceId, cancellationToken))?.Name is { Length: > 0 } name && name != item.SourceName && !others.Contains(name))
                    {
                        others.Add(name);
                    }
                }
                item = item with { AlsoIn = others };
            }
            list.Add(item);
        }
        return list;
    }

    public async Task<FrontPageModel> FrontAsync(HttpContext http, Edition edition, CancellationToken cancellationToken)
    {
        var latest = await site.ListPublicationsAsync(new PublicationQuery(edition.Language, Limit: options.FrontPageSize, OnePerCluster: true),
            cancellationToken);
        var names = await SectionNames.LoadAsync(site, edition, cancellationToken);
        var stories = await StoriesAsync(edition, latest, names, cancellationToken);
        var top = stories.Take(5).ToList();
        var sections = stories.Skip(5)
            .GroupBy(s => s.Section ?? edition.Text["Latest"])
            .Select(g => (g.Key, (IReadOnlyList<StoryItem>)g.ToList()))
            .ToList();
        var topics = await site.ListTopTopicsAsync(edition.Language, 16, cancellationToken);
        var all = await editions.ListAsync(cancellationToken);
        var fallback = await editions.DefaultAsync(cancellationToken) ?? edition;
        var alternates = all.Select(e => new HrefLang(e.Code, SiteUrls.Front(e.Language)))
            .Append(new HrefLang("x-default", SiteUrls.Front(fallback.Language)));
        var head = new PageHead($"{options.Name} — {edition.Text["FrontPage"]}", edition.Text["Latest"], SiteUrls.Front(edition.Language),
            Absolute(http, alternates), Feeds: Feeds(edition));
        return new FrontPageModel(await FrameAsync(http, edition, head, null, cancellationToken), top, sections, topics);
    }

    /// <summary>The article page, or null when the article is not live in this edition.</summary>
    public async Task<ArticlePageModel?> ArticleAsync(HttpContext http, Edition edition, ArticleId id, CancellationToken cancellationToken)
    {
        var publication = await site.GetPublicationAsync(id, edition.Language, cancellationToken);
        var article = publication is null ? null : await news.GetArticleAsync(id, cancellationToken);
        if (publication is null || article is null)
        {
            return null;
        }
        var translation = publication.TranslationId is { } tid ? await news.GetTranslationAsync(tid, cancellationToken) : null;
        var source = await editions.SourceAsync(article.SourceId, cancellationToken);
        var content = translation?.Content ?? article.Content;
        var licence = source?.Licence ?? Licence.ExcerptAndLink;
        var text = edition.Text;
        // The outlet that wrote the story (the page's own publisher: og:site_name, JSON-LD publisher) is credited; the feed it
        // came through only as "via" when that is someone else (an aggregator's feed carries many outlets).
        var feedName = source?.Name;
        var sourceName = article.Content.SiteName is { Length: > 0 } outlet ? outlet
            : feedName ?? (Uri.TryCreate(article.Url, UriKind.Absolute, out var articleUrl) ? articleUrl.Host : "");
        var via = feedName is { Length: > 0 } && !SameOutlet(feedName, sourceName) ? feedName : null;
        var published = article.Content.Published ?? article.CreatedAt;

        // Other language versions, with x-default at the original's language (or the default edition).
        var versions = await site.ListPublicationsOfArticleAsync(id, cancellationToken);
        var all = await editions.ListAsync(cancellationToken);
        var versionLinks = versions.Select(v => (Edition: all.FirstOrDefault(e => e.Language == v.Language), Href: SiteUrls.Article(v)))
            .Where(v => v.Edition is not null).Select(v => new LanguageLink(v.Edition!, v.Href, v.Edition == edition)).ToList();
        var defaultLanguage = (await editions.DefaultAsync(cancellationToken))?.Language;
        var xDefault = versions.FirstOrDefault(v => v.TranslationId is null)
            ?? versions.FirstOrDefault(v => v.Language == defaultLanguage) ?? publication;
        var alternates = versions.Select(v => new HrefLang(v.Language.Value, SiteUrls.Article(v)))
            .Append(new HrefLang("x-default", SiteUrls.Article(xDefault)));
        var switcher = all.Select(e => versionLinks.FirstOrDefault(v => v.Edition == e) ?? new LanguageLink(e, SiteUrls.Front(e.Language), false)).ToList();

        string? label = null;
        if (translation is not null)
        {
            label = translation.ReviewedBy is { } editor
                ? text.Format("ReviewedBy", text.FromLanguage(translation.SourceLanguage), translation.Engine, editor)
                : text.Format("MachineTranslated", text.FromLanguage(translation.SourceLanguage), translation.Engine);
        }

        var topics = await site.ListArticleTopicsAsync(id, edition.Language, cancellationToken);
        var names = await SectionNames.LoadAsync(site, edition, cancellationToken);
        // The same story from other outlets: named as sources here, linked below; the cluster's canonical publication is
        // the page search engines are pointed to.
        var members = await site.ListClusterMembersAsync(edition.Language, [publication.ClusterId], cancellationToken);
        var cluster = members.Where(p => p.Id != publication.Id).Take(6).ToList();
        var sources = new List<StorySource> { new(sourceName, article.Url, null) };
        foreach (var m in cluster)
        {
            var other = await news.GetArticleAsync(m.ArticleId, cancellationToken);
            var name = other?.Content.SiteName is { Length: > 0 } outletName ? outletName : (await editions.SourceAsync(m.SourceId, cancellationToken))?.Name;
            if (other is not null && name is { Length: > 0 } && sources.All(x => x.Name != name))
            {
                sources.Add(new StorySource(name, other.Url, SiteUrls.Article(m)));
            }
        }
        var exclude = members.Select(c => c.Id).Append(publication.Id).ToHashSet();
        var related = RelatedRanker.Combine(
            await site.FindSimilarTextAsync(publication.Id, 12, cancellationToken),
            await site.FindSharedTopicsAsync(publication.Id, 12, cancellationToken), exclude, 10);
        var relatedStories = (await site.GetPublicationsAsync(related, cancellationToken))
            .Where(p => p.ClusterId != publication.ClusterId).DistinctBy(p => p.ClusterId).Take(5).ToList();

        var caption = content.Blocks.FirstOrDefault(b => b.Type == BlockType.Caption && b.ImageUrl == article.Content.MainImage)?.Text;
        var lead = licence == Licence.LinkOnly ? null : publication.Lead;
        var canonical = SiteUrls.Article(members.FirstOrDefault() ?? publication);
        var head = new PageHead($"{publication.Title} — {options.Name}", lead, canonical, Absolute(http, alternates), publication.NoIndex,
            JsonLd(http, publication, article, translation, sourceName, canonical, topics), Feeds(edition));
        return new ArticlePageModel(
            await FrameAsync(http, edition, head, switcher, cancellationToken),
            publication,
            licence,
            publication.Title,
            lead,
            licence == Licence.Full ? html.Body(content, article.Content.MainImage, lead) : null,
            licence == Licence.Full && article.Content.MainImage is { } img ? ArticleHtml.SafeUrl(img) : null,
            caption,
            article.Content.Byline,
            text.DateTime(published),
            article.Url,
            sourceName,
            via,
            label,
            versionLinks.Where(v => !v.Current).ToList(),
            topics,
            await StoriesAsync(edition, cluster, names, cancellationToken, withOtherSources: false),
            await StoriesAsync(edition, relatedStories, names, cancellationToken))
        {
            Section = names.Of(publication),
            Sources = sources.Count > 1 ? sources : [],
        };
    }

    /// <summary>"Le Monde" and "Le Monde - Actualités et Infos" name the same outlet; "Google News" and "Le Monde" do not.</summary>
    private static bool SameOutlet(string feed, string outlet) =>
        feed.Contains(outlet, StringComparison.OrdinalIgnoreCase) || outlet.Contains(feed, StringComparison.OrdinalIgnoreCase);

    private string JsonLd(HttpContext http, Publication p, StoredArticle article, StoredTranslation? translation, string sourceName, string canonical,
        IReadOnlyList<TopicLabel> topics)
    {
        var ld = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = p.Title.Length > 110 ? p.Title[..110] : p.Title,
            ["datePublished"] = (article.Content.Published ?? article.CreatedAt).ToString("o", CultureInfo.InvariantCulture),
            ["dateModified"] = (article.Content.Modified is { } m && m > p.UpdatedAt ? m : p.UpdatedAt).ToString("o", CultureInfo.InvariantCulture),
            ["inLanguage"] = p.Language.Value,
            ["mainEntityOfPage"] = SiteUrls.Absolute(http, options, canonical),
            ["url"] = SiteUrls.Absolute(http, options, canonical),
            ["isBasedOn"] = article.Url,
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = options.Name },
            ["sourceOrganization"] = new JsonObject { ["@type"] = "NewsMediaOrganization", ["name"] = sourceName },
        };
        if (article.Content.Byline is { Length: > 0 } byline)
        {
            ld["author"] = new JsonObject { ["@type"] = "Person", ["name"] = byline };
        }
        else
        {
            ld["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = sourceName };
        }
        if (translation is not null)
        {
            ld["translator"] = new JsonObject
            {
                ["@type"] = translation.ReviewedBy is null ? "SoftwareApplication" : "Person",
                ["name"] = translation.ReviewedBy ?? translation.Engine,
            };
            ld["translationOfWork"] = new JsonObject { ["@type"] = "NewsArticle", ["url"] = article.Url, ["inLanguage"] = translation.SourceLanguage.Value };
        }
        if (p.Lead is { } lead)
        {
            ld["description"] = lead;
        }
        if (article.Content.MainImage is { } image && ArticleHtml.SafeUrl(image) is { } safe)
        {
            ld["image"] = safe;
        }
        if (topics.Count > 0)
        {
            ld["keywords"] = string.Join(", ", topics.Select(t => t.Label));
        }
        // The default encoder escapes <, > and &, so the JSON cannot close the script element it sits in.
        return ld.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    public async Task<TopicPageModel?> TopicAsync(HttpContext http, Edition edition, string slug, int page, CancellationToken cancellationToken)
    {
        var topic = await site.FindTopicAsync(edition.Language, slug, cancellationToken);
        if (topic is null)
        {
            return null;
        }
        var list = await site.ListPublicationsAsync(new PublicationQuery(edition.Language, TopicId: topic.TopicId, Limit: TopicPageSize + 1,
            Offset: (page - 1) * TopicPageSize, OnePerCluster: true), cancellationToken);
        var names = await SectionNames.LoadAsync(site, edition, cancellationToken);
        var all = await editions.ListAsync(cancellationToken);
        var labels = (await site.ListTopicLabelsAsync(topic.TopicId, cancellationToken))
            .Select(l => (Edition: all.FirstOrDefault(e => e.Language == l.Language), Label: l)).Where(l => l.Edition is not null).ToList();
        var links = labels.Select(l => new LanguageLink(l.Edition!, SiteUrls.Topic(l.Label.Language, l.Label.Slug), l.Edition == edition)).ToList();
        var defaultEdition = await editions.DefaultAsync(cancellationToken);
        var fallback = labels.FirstOrDefault(l => l.Edition == defaultEdition).Label ?? topic;
        var alternates = labels.Select(l => new HrefLang(l.Label.Language.Value, SiteUrls.Topic(l.Label.Language, l.Label.Slug)))
            .Append(new HrefLang("x-default", SiteUrls.Topic(fallback.Language, fallback.Slug)));
        var switcher = all.Select(e => links.FirstOrDefault(l => l.Edition == e) ?? new LanguageLink(e, SiteUrls.Front(e.Language), false)).ToList();
        var canonical = SiteUrls.Topic(edition.Language, topic.Slug) + (page > 1 ? "?page=" + page.ToString(CultureInfo.InvariantCulture) : "");
        var head = new PageHead($"{edition.Text.Format("TopicHeading", topic.Label)} — {options.Name}", null, canonical, Absolute(http, alternates),
            Feeds: [
                new("application/rss+xml", "RSS", SiteUrls.TopicFeed(edition.Language, topic.Slug, "rss")),
                new("application/atom+xml", "Atom", SiteUrls.TopicFeed(edition.Language, topic.Slug, "atom")),
            ]);
        return new TopicPageModel(await FrameAsync(http, edition, head, switcher, cancellationToken), topic,
            links.Where(l => !l.Current).ToList(), await StoriesAsync(edition, list.Take(TopicPageSize), names, cancellationToken), page, list.Count > TopicPageSize);
    }

    public async Task<SearchPageModel> SearchAsync(HttpContext http, Edition edition, string? q, string? topicSlug, string? from, string? until, int page,
        CancellationToken cancellationToken)
    {
        var query = SearchQuery.Parse(q);
        var topic = string.IsNullOrWhiteSpace(topicSlug) ? null : await site.FindTopicAsync(edition.Language, topicSlug, cancellationToken);
        var fromDate = ParseDate(from);
        var untilDate = ParseDate(until)?.AddDays(1);
        var hits = new List<SearchHitItem>();
        var hasMore = false;
        if (!query.IsEmpty)
        {
            var results = await site.SearchAsync(new SearchRequest(edition.Language, query.Terms, query.Phrases, topic?.TopicId, fromDate, untilDate,
                SearchPageSize, (page - 1) * SearchPageSize), cancellationToken);
            var names = await SectionNames.LoadAsync(site, edition, cancellationToken);
            // One hit per same-story cluster on a page (the best-ranked one).
            foreach (var hit in results.Hits.DistinctBy(h => h.Publication.ClusterId))
            {
                hits.Add(new SearchHitItem(await StoryAsync(edition, hit.Publication, names, cancellationToken), MarkedText.Parse(hit.TitleMarked),
                    MarkedText.Parse(hit.Snippet)));
            }
            hasMore = results.HasMore;
        }
        var head = new PageHead($"{edition.Text["Search"]} — {options.Name}", null, SiteUrls.Search(edition.Language), [], NoIndex: true);
        return new SearchPageModel(await FrameAsync(http, edition, head, null, cancellationToken), q ?? "", hits, hasMore, page, topic?.Slug,
            fromDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ParseDate(until)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            await site.ListTopTopicsAsync(edition.Language, 30, cancellationToken), !query.IsEmpty);
    }

    private static DateTimeOffset? ParseDate(string? s) =>
        DateTimeOffset.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var d)
            ? d : null;

    public async Task<SimplePageModel> SimpleAsync(HttpContext http, Edition edition, string titleKey, string path, bool noIndex, CancellationToken cancellationToken)
    {
        var all = await editions.ListAsync(cancellationToken);
        var alternates = path == "about"
            ? all.Select(e => new HrefLang(e.Code, SiteUrls.About(e.Language))).ToList()
            : [];
        var links = path == "about" ? all.Select(e => new LanguageLink(e, SiteUrls.About(e.Language), e == edition)).ToList() : null;
        var head = new PageHead($"{edition.Text[titleKey]} — {options.Name}", null, path == "about" ? SiteUrls.About(edition.Language) : SiteUrls.Front(edition.Language),
            Absolute(http, alternates), noIndex);
        return new SimplePageModel(await FrameAsync(http, edition, head, links, cancellationToken));
    }

    public DateTimeOffset Now => time.GetUtcNow();
}
