using AngleSharp.Dom;
using Ganss.Xss;

namespace Newsdesk.Sanitizing;

/// <summary>
/// The one sanitiser policy for HTML from outside (pages, feeds, engines, editors): a block's inline content (links,
/// emphasis, quotes, code, line breaks) and data tables survive; scripts, event handlers, javascript: and data: URLs,
/// iframes, images, styles and classes never do, and relative URLs become absolute. Block structure (paragraphs,
/// headings, lists, figures) is never taken from outside: <see cref="ArticleHtml"/> writes it from the blocks.
/// </summary>
/// <remarks>Thread-safe: the inner sanitisers are configured once here and never changed afterwards.</remarks>
public sealed class HtmlSanitizing
{
    private static readonly string[] AllowedTags =
    [
        "a", "em", "strong", "b", "i", "u", "s", "sub", "sup", "br", "code", "q", "cite", "abbr", "small", "mark", "span",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
    ];

    private static readonly string[] AllowedAttributes = ["href", "title", "colspan", "rowspan", "lang", "dir"];

    /// <summary>Elements whose content is never text to keep, even when the element itself is dropped.</summary>
    private static readonly HashSet<string> DropWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "template", "noscript", "svg", "math",
        "select", "textarea", "button", "input", "form", "head", "title", "link", "meta", "base", "audio", "video", "canvas",
    };

    private readonly HtmlSanitizer _store;
    private readonly HtmlSanitizer _page;

    public HtmlSanitizing()
    {
        _store = Create(markLinks: false);
        _page = Create(markLinks: true);
    }

    /// <summary>A shared instance.</summary>
    public static HtmlSanitizing Default { get; } = new();

    /// <summary>Sanitises an HTML fragment before it is stored; relative URLs are resolved against <paramref name="baseUrl"/>.</summary>
    public string Sanitize(string html, Uri? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        return html.Length == 0 ? "" : _store.Sanitize(html, baseUrl?.AbsoluteUri ?? "");
    }

    /// <summary>The same policy for a fragment about to be shown on a page: links also get rel="nofollow noopener".</summary>
    public string SanitizeForPage(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return html.Length == 0 ? "" : _page.Sanitize(html);
    }

    private static HtmlSanitizer Create(bool markLinks)
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(AllowedAttributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        };
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        sanitizer.RemovingTag += (_, e) =>
        {
            if (DropWithContent.Contains(e.Tag.LocalName))
            {
                // Keep-child-nodes is for unknown wrappers (div, p, span); a script's text is never content.
                e.Tag.InnerHtml = "";
            }
        };
        if (markLinks)
        {
            sanitizer.PostProcessNode += (_, e) =>
            {
                if (e.Node is IElement { LocalName: "a" } a)
                {
                    a.SetAttribute("rel", "nofollow noopener");
                }
            };
        }
        return sanitizer;
    }
}
