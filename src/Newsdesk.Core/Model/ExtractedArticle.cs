namespace Newsdesk.Model;

/// <summary>A story page turned into a clean, structured, sanitised article.</summary>
public sealed record ExtractedArticle
{
    public string Title { get; init; } = "";
    /// <summary>Standfirst or lead paragraph when the page marks one; it is also the first body block.</summary>
    public string? Lead { get; init; }
    public IReadOnlyList<ArticleBlock> Blocks { get; init; } = [];
    public string? Byline { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Modified { get; init; }
    /// <summary>The page's own canonical URL (rel=canonical, og:url) normalised; the fetched URL when it has none.</summary>
    public string? CanonicalUrl { get; init; }
    public LanguageTag? Language { get; init; }
    public string? Section { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? MainImage { get; init; }
    public string? SiteName { get; init; }
    /// <summary>The page is a live blog; the blocks are the entries visible in the page.</summary>
    public bool IsLiveBlog { get; init; }
    /// <summary>The page is (partly) paywalled; the blocks are what is visible without a subscription.</summary>
    public bool IsPaywalled { get; init; }
    /// <summary>What the page is; only <see cref="PageKind.Article"/> goes on to translation.</summary>
    public PageKind Kind { get; init; } = PageKind.Article;
    /// <summary>The evidence the kind was decided on, in a few words (for operators).</summary>
    public string? KindReason { get; init; }
    /// <summary>Which way the body text was found (the main rules or a fallback).</summary>
    public ExtractionPath Path { get; init; } = ExtractionPath.Rules;

    /// <summary>
    /// Body text as the extraction contract defines it: block texts separated by a blank line. Image captions
    /// are not running text; they stay in <see cref="Blocks"/> as caption blocks.
    /// </summary>
    public string Text => string.Join("\n\n", Blocks.Where(b => b.Type != BlockType.Caption).Select(b => b.Text).Where(t => t.Length > 0));
}
