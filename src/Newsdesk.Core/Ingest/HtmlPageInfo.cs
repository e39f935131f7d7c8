using Newsdesk.Model;

namespace Newsdesk.Ingest;

/// <summary>What the feed parser learnt from an HTML page (the extractor does the real work on story pages).</summary>
/// <param name="Title">The page title (og:title, else &lt;title&gt;).</param>
/// <param name="CanonicalUrl">The page's declared canonical URL (rel=canonical, else og:url), resolved but not yet vetted: use <see cref="UrlCanonicalizer.ChooseCanonical"/>.</param>
/// <param name="Language">The page's declared language (html lang), when it is a valid tag.</param>
public sealed record HtmlPageInfo(string? Title, Uri? CanonicalUrl, LanguageTag? Language);
