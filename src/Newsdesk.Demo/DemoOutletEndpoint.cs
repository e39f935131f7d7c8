namespace Newsdesk.Demo;

/// <summary>Where one demo outlet is served: what to add as a source (the feed, or the home page for discovery).</summary>
/// <param name="Id">Outlet id (<see cref="DemoOutlets"/>).</param>
/// <param name="Name">Display name.</param>
/// <param name="HomeUrl">Home page; it advertises the feed with &lt;link rel="alternate"&gt;.</param>
/// <param name="FeedUrl">The outlet's feed.</param>
/// <param name="FeedKind">"rss" (RSS 2.0) or "atom".</param>
/// <param name="SitemapUrl">Google News sitemap (articles of the last two days), also listed in robots.txt.</param>
public sealed record DemoOutletEndpoint(string Id, string Name, Uri HomeUrl, Uri FeedUrl, string FeedKind, Uri SitemapUrl);
