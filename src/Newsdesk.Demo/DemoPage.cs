namespace Newsdesk.Demo;

/// <summary>One article page as served (dates already moved to the demo clock).</summary>
/// <param name="Outlet">Outlet id.</param>
/// <param name="Url">Canonical URL of the page (feeds may link to it with tracking parameters added).</param>
/// <param name="Article">The article as rendered.</param>
public sealed record DemoPage(string Outlet, Uri Url, DemoArticle Article)
{
    /// <summary>The same dispatch is published word for word by the other outlet too.</summary>
    public bool IsSyndicated => Article.Outlets.Count > 1;
}
