using Newsdesk.Model;
using Newsdesk.Storage;

namespace Newsdesk.Web.Site;

/// <summary>What goes into a page's &lt;head&gt;: title, description, canonical URL, hreflang alternates, robots, JSON-LD, feeds.</summary>
public sealed record PageHead(
    string Title,
    string? Description,
    string Canonical,
    IReadOnlyList<HrefLang> Alternates,
    bool NoIndex = false,
    string? JsonLd = null,
    IReadOnlyList<FeedLink>? Feeds = null);

/// <summary>One hreflang alternate ("x-default" for the default).</summary>
public sealed record HrefLang(string Language, string Href);

public sealed record FeedLink(string Type, string Title, string Href)
{
    /// <summary>
    /// The &lt;link rel="alternate"&gt; of the feed, written by hand: the component renderer escapes "+" in attributes as
    /// &amp;#x2B;, which feed discovery that reads raw HTML does not decode ("application/rss+xml").
    /// </summary>
    public string LinkElement(string siteName) =>
        $"<link rel=\"alternate\" type=\"{Newsdesk.Sanitizing.ArticleHtml.EncodeAttribute(Type)}\" " +
        $"title=\"{Newsdesk.Sanitizing.ArticleHtml.EncodeAttribute(siteName + " (" + Title + ")")}\" href=\"{Newsdesk.Sanitizing.ArticleHtml.EncodeAttribute(Href)}\">";
}

/// <summary>A link to the page in another edition for the language switcher.</summary>
public sealed record LanguageLink(Edition Edition, string Href, bool Current);

/// <summary>The frame every public page shares: edition, head, navigation.</summary>
public sealed record PageFrame(Edition Edition, SiteOptions Site, PageHead Head, string Stylesheet, IReadOnlyList<LanguageLink> Languages);

/// <summary>
/// A story in a list: one per same-story cluster, shown by its canonical publication, with its section in the edition's
/// language and the other outlets that ran it ("also in: …").
/// </summary>
public sealed record StoryItem(Publication Publication, string Url, string? SourceName, string Date, string? Section = null)
{
    public IReadOnlyList<string> AlsoIn { get; init; } = [];
}

/// <summary>One outlet that ran a story, with its own page.</summary>
public sealed record StorySource(string Name, string OriginalUrl, string? SiteUrl);

/// <summary>Text with highlighted stretches (search hits).</summary>
public sealed record MarkedText(IReadOnlyList<(string Text, bool Mark)> Parts)
{
    public static MarkedText Parse(string marked)
    {
        var parts = new List<(string, bool)>();
        var inMark = false;
        var start = 0;
        for (var i = 0; i <= marked.Length; i++)
        {
            if (i == marked.Length || marked[i] == SearchHit.MarkStart || marked[i] == SearchHit.MarkEnd)
            {
                if (i > start)
                {
                    parts.Add((marked[start..i], inMark));
                }
                if (i < marked.Length)
                {
                    inMark = marked[i] == SearchHit.MarkStart;
                }
                start = i + 1;
            }
        }
        return new MarkedText(parts);
    }
}

public sealed record FrontPageModel(PageFrame Frame, IReadOnlyList<StoryItem> Top, IReadOnlyList<(string Section, IReadOnlyList<StoryItem> Stories)> Sections,
    IReadOnlyList<TopicLabel> Topics);

public sealed record ArticlePageModel(
    PageFrame Frame,
    Publication Publication,
    Licence Licence,
    string Headline,
    string? Lead,
    string? BodyHtml,
    string? ImageUrl,
    string? ImageCaption,
    string? Byline,
    string? Date,
    string OriginalUrl,
    string SourceName,
    string? Via,
    string? TranslationLabel,
    IReadOnlyList<LanguageLink> OtherLanguages,
    IReadOnlyList<TopicLabel> Topics,
    IReadOnlyList<StoryItem> SameStory,
    IReadOnlyList<StoryItem> Related)
{
    /// <summary>The story's section in the edition's language (or the edition's generic word), or null.</summary>
    public string? Section { get; init; }

    /// <summary>Every outlet that ran the story (this page's first), when more than one did.</summary>
    public IReadOnlyList<StorySource> Sources { get; init; } = [];
}

public sealed record TopicPageModel(PageFrame Frame, TopicLabel Topic, IReadOnlyList<LanguageLink> OtherLanguages, IReadOnlyList<StoryItem> Stories,
    int Page, bool HasMore);

public sealed record SearchHitItem(StoryItem Story, MarkedText Title, MarkedText Snippet);

public sealed record SearchPageModel(PageFrame Frame, string Query, IReadOnlyList<SearchHitItem> Hits, bool HasMore, int Page, string? Topic,
    string? From, string? Until, IReadOnlyList<TopicLabel> TopicChoices, bool Searched);

public sealed record SimplePageModel(PageFrame Frame);
