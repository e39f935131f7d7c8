using Ganss.Xss;

namespace Newsdesk.Sanitizing;

/// <summary>
/// The one allow-list HTML sanitiser for everything that comes from outside: only article markup survives
/// (paragraphs, headings, lists, quotes, figures, tables, links, emphasis); scripts, event handlers,
/// javascript: URLs, iframes and inline styles never do, and relative URLs become absolute.
/// </summary>
/// <remarks>Thread-safe: the inner sanitiser is configured once here and never changed afterwards.</remarks>
public sealed class HtmlSanitizing
{
    private static readonly string[] AllowedTags =
    [
        "p", "h2", "h3", "h4", "blockquote", "ul", "ol", "li", "figure", "figcaption", "img",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
        "a", "em", "strong", "b", "i", "u", "s", "sub", "sup", "br", "code", "pre", "q", "cite", "abbr", "small", "mark",
    ];

    private static readonly string[] AllowedAttributes = ["href", "src", "alt", "title", "colspan", "rowspan", "lang", "dir"];

    /// <summary>Elements whose content is never text to keep, even when the element itself is dropped.</summary>
    private static readonly HashSet<string> DropWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "template", "noscript", "svg", "math",
        "select", "textarea", "button", "input", "form", "head", "title", "link", "meta", "base", "audio", "video", "canvas",
    };

    private readonly HtmlSanitizer _sanitizer;

    public HtmlSanitizing()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(AllowedAttributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        };
        _sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        _sanitizer.RemovingTag += (_, e) =>
        {
            if (DropWithContent.Contains(e.Tag.LocalName))
            {
                // Keep-child-nodes is for unknown wrappers (div, span); a script's text is never content.
                e.Tag.InnerHtml = "";
            }
        };
    }

    /// <summary>A shared instance with the default allow-list.</summary>
    public static HtmlSanitizing Default { get; } = new();

    /// <summary>Sanitises an HTML fragment; relative URLs are resolved against <paramref name="baseUrl"/>.</summary>
    public string Sanitize(string html, Uri? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length == 0)
        {
            return "";
        }
        return _sanitizer.Sanitize(html, baseUrl?.AbsoluteUri ?? "");
    }
}
