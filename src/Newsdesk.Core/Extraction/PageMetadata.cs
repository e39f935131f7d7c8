namespace Newsdesk.Extraction;

/// <summary>What a page says about itself in JSON-LD, Open Graph, microdata and meta tags.</summary>
internal sealed class PageMetadata
{
    public string? Title { get; set; }
    public string? DocumentTitle { get; set; }
    public string? Description { get; set; }
    public string? Byline { get; set; }
    public DateTimeOffset? Published { get; set; }
    public DateTimeOffset? Modified { get; set; }
    public string? Canonical { get; set; }
    public string? Language { get; set; }
    public string? Section { get; set; }
    public List<string> Tags { get; } = [];
    public string? Image { get; set; }
    public string? SiteName { get; set; }
    public bool IsLiveBlog { get; set; }
    public bool IsPaywalled { get; set; }
    /// <summary>articleBody of the JSON-LD article, when the page ships one.</summary>
    public string? ArticleBody { get; set; }
    /// <summary>The type of the JSON-LD node the article metadata came from (NewsArticle, BlogPosting…).</summary>
    public string? ArticleType { get; set; }
    /// <summary>Every JSON-LD @type the page declares (without the schema.org prefix).</summary>
    public HashSet<string> Types { get; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>og:type, lower case.</summary>
    public string? OgType { get; set; }
}
