namespace Newsdesk.Ingest;

/// <summary>Where a canonical URL came from.</summary>
public enum CanonicalSource
{
    /// <summary>The URL the page was fetched from (no usable declaration).</summary>
    FetchedUrl,
    /// <summary>The page's &lt;link rel="canonical"&gt;.</summary>
    RelCanonical,
    /// <summary>The page's og:url.</summary>
    OgUrl,
}
