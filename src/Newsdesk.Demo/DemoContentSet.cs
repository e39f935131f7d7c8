namespace Newsdesk.Demo;

/// <summary>The demo's articles and images, and every problem found while loading them (a broken file is left out,
/// the others load).</summary>
public sealed class DemoContentSet
{
    public DemoContentSet(IReadOnlyList<DemoArticle> articles, IReadOnlyDictionary<string, byte[]> images, IReadOnlyList<DemoContentException> problems)
    {
        Articles = articles;
        Images = images;
        Problems = problems;
    }

    public IReadOnlyList<DemoArticle> Articles { get; }

    /// <summary>Image bytes by file name.</summary>
    public IReadOnlyDictionary<string, byte[]> Images { get; }

    public IReadOnlyList<DemoContentException> Problems { get; }

    /// <summary>The articles an outlet publishes, newest first.</summary>
    public IReadOnlyList<DemoArticle> ForOutlet(string outlet) =>
        [.. Articles.Where(a => a.Outlets.Contains(outlet)).OrderByDescending(a => a.Published).ThenBy(a => a.Slug, StringComparer.Ordinal)];
}
