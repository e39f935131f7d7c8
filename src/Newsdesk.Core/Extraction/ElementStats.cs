using AngleSharp.Dom;

namespace Newsdesk.Extraction;

/// <summary>Per-element text measures computed in one pass, so scoring never re-reads TextContent.</summary>
internal sealed class ElementStats
{
    private const int MaxDepth = 600;

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "tr", "td", "th", "tbody", "thead", "tfoot", "blockquote", "figure", "figcaption", "pre", "form", "fieldset",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address", "details", "summary", "center", "hgroup", "menu", "body", "html",
    };

    private readonly Dictionary<IElement, Measure> _measures = new(ReferenceEqualityComparer.Instance);

    /// <summary>Text measures of one element: visible characters, characters inside links, block descendants.</summary>
    internal readonly record struct Measure(int TextChars, int LinkChars, bool HasBlock, int Commas);

    public static bool IsBlockTag(string localName) => BlockTags.Contains(localName);

    public Measure Get(IElement element) => _measures.TryGetValue(element, out var m) ? m : default;

    public int TextChars(IElement element) => Get(element).TextChars;

    public double LinkDensity(IElement element)
    {
        var m = Get(element);
        return m.TextChars == 0 ? 0 : (double)m.LinkChars / m.TextChars;
    }

    public static ElementStats Compute(IElement root)
    {
        var stats = new ElementStats();
        stats.Visit(root, inLink: false, depth: 0);
        return stats;
    }

    private Measure Visit(IElement element, bool inLink, int depth)
    {
        int text = 0, link = 0, commas = 0;
        var hasBlock = false;
        var isLink = inLink || element.LocalName == "a";
        foreach (var child in element.ChildNodes)
        {
            if (child is IText t)
            {
                var (chars, c) = Count(t.Data);
                text += chars;
                commas += c;
                if (isLink)
                {
                    link += chars;
                }
            }
            else if (child is IElement e)
            {
                if (depth >= MaxDepth)
                {
                    var (chars, c) = Count(e.TextContent);
                    text += chars;
                    commas += c;
                    continue;
                }
                var m = Visit(e, isLink, depth + 1);
                text += m.TextChars;
                link += m.LinkChars;
                commas += m.Commas;
                hasBlock |= m.HasBlock || BlockTags.Contains(e.LocalName);
            }
        }
        var measure = new Measure(text, link, hasBlock, commas);
        _measures[element] = measure;
        return measure;
    }

    private static (int Chars, int Commas) Count(string data)
    {
        int chars = 0, commas = 0;
        foreach (var c in data)
        {
            if (!TextNormalizer.IsSpace(c))
            {
                chars++;
                if (c is ',' or '，' or '、' or '،')
                {
                    commas++;
                }
            }
        }
        return (chars, commas);
    }
}
