using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.Logging;

namespace Newsdesk.Extraction;

/// <summary>
/// Removes what is never article text before any scoring: code, embeds, forms' controls, hidden nodes, and
/// regions whose tag, ARIA role or class/id names them boilerplate (navigation, share bars, comments, teasers...),
/// and reader-comment sections opened by a heading such as « Réactions (4) » whatever their class names.
/// </summary>
internal sealed class DomCleaner(AttributeRules rules, Lexicon lexicon, ILogger logger)
{
    private static readonly string[] NeverContent =
    [
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "link", "meta", "input",
        "select", "textarea", "button", "nav", "aside", "footer", "dialog", "video", "audio", "map", "head", "frameset",
    ];

    public void Clean(IHtmlDocument document)
    {
        var body = document.Body;
        if (body is null)
        {
            return;
        }
        foreach (var element in body.QuerySelectorAll(string.Join(',', NeverContent)).ToList())
        {
            element.Remove();
        }
        foreach (var comment in Comments(body).ToList())
        {
            comment.Parent?.RemoveChild(comment);
        }

        var stats = ElementStats.Compute(body);
        var total = Math.Max(1, stats.TextChars(body));
        var doomed = new List<IElement>();
        Mark(body, stats, total, doomed, 0);
        var trace = logger.IsEnabled(LogLevel.Trace);
        foreach (var element in doomed)
        {
            if (trace && stats.TextChars(element) > 150)
            {
                var text = element.TextContent.Trim();
                logger.LogTrace("Removed <{Tag} class='{Class}' id='{Id}' role='{Role}'> chars={Chars}: {Start}", element.LocalName, element.GetAttribute("class"), element.Id, element.GetAttribute("role"), stats.TextChars(element), text[..Math.Min(80, text.Length)]);
            }
            element.Remove();
        }
        RemoveCommentSections(body, stats, total);
    }

    /// <summary>
    /// The fallback's cleaning, when the full cleaning left too little: only what is never text (code, embeds, forms'
    /// controls, navigation), hidden nodes and regions named strongly as boilerplate (comments, consent banners) go.
    /// </summary>
    public void CleanLightly(IHtmlDocument document)
    {
        var body = document.Body;
        if (body is null)
        {
            return;
        }
        foreach (var element in body.QuerySelectorAll(string.Join(',', NeverContent)).ToList())
        {
            element.Remove();
        }
        var total = body.TextContent.Length;
        foreach (var element in body.QuerySelectorAll("*").Where(e => e.HasAttribute("hidden") || IsHiddenByStyle(e) || rules.IsStrongBoilerplate(e)
            || e.LocalName is "form" or "header" || e.GetAttribute("role") is "dialog" or "alertdialog" || e.GetAttribute("aria-hidden") == "true").ToList())
        {
            // A page wrapper with an unlucky name ("has-cookie-banner") holds most of the page and stays.
            if (body.Contains(element) && element.TextContent.Length < total / 2)
            {
                element.Remove();
            }
        }
    }

    /// <summary>
    /// A heading naming reader comments ("Commentaires", "Réactions (3)", "12 Kommentare") opens a comment
    /// section: when it comes first in its container the container goes; after article text, it and
    /// everything after it in that container go. Comment sections with neutral class names end up here.
    /// </summary>
    private void RemoveCommentSections(IElement body, ElementStats stats, int total)
    {
        foreach (var heading in body.QuerySelectorAll("h1, h2, h3, h4, h5, h6, [role='heading']").ToList())
        {
            if (!body.Contains(heading) || !IsCommentHeading(heading.TextContent))
            {
                continue;
            }
            // A heading wrapped alone ("<div class=title><h2>…</h2></div>") acts through its wrapper.
            var unit = heading;
            var headingChars = stats.TextChars(heading);
            while (unit.ParentElement is { } wrapper && wrapper != body && wrapper.LocalName is not ("article" or "main")
                && stats.TextChars(wrapper) <= headingChars)
            {
                unit = wrapper;
            }
            if (unit.ParentElement is not { } container)
            {
                continue;
            }
            var first = unit.PreviousElementSibling is null;
            if (first && container != body && container.LocalName is not ("article" or "main") && !rules.IsArticleBody(container)
                && stats.TextChars(container) < total * 6 / 10)
            {
                container.Remove();
                continue;
            }
            var before = 0;
            for (var sibling = unit.PreviousElementSibling; sibling is not null; sibling = sibling.PreviousElementSibling)
            {
                before += stats.TextChars(sibling);
            }
            var doomed = new List<IElement> { unit };
            if (before >= 200)
            {
                // Comments follow the article they are about: nothing after the heading is body.
                for (var sibling = unit.NextElementSibling; sibling is not null; sibling = sibling.NextElementSibling)
                {
                    doomed.Add(sibling);
                }
            }
            foreach (var element in doomed)
            {
                element.Remove();
            }
        }
    }

    private bool IsCommentHeading(string text)
    {
        if (text.Length > 60)
        {
            return false;
        }
        // Counts and their brackets are not part of the name: "Réactions (4)", "12 Kommentare", "Comments: 3".
        var key = BlockFilter.PhraseKey(text, dropDigits: true);
        return key.Length > 0 && lexicon.CommentHeadings.Contains(key);
    }

    private void Mark(IElement element, ElementStats stats, int total, List<IElement> doomed, int depth)
    {
        foreach (var child in element.Children)
        {
            if (ShouldRemove(child, stats, total))
            {
                doomed.Add(child);
                continue;
            }
            if (depth < 500)
            {
                Mark(child, stats, total, doomed, depth + 1);
            }
        }
    }

    private bool ShouldRemove(IElement element, ElementStats stats, int total)
    {
        if (element.HasAttribute("hidden") || IsHiddenByStyle(element))
        {
            return true;
        }
        if (element.GetAttribute("aria-hidden") == "true" && stats.TextChars(element) < 300)
        {
            return true;
        }
        if (element.LocalName == "form")
        {
            // Search and comment forms go; a form that wraps the whole page (ASP.NET) stays.
            return stats.TextChars(element) < total / 2;
        }
        if (element.LocalName is "main" or "article" or "h1")
        {
            return false;
        }
        // Names judge regions, not words inside a sentence: "<p><span class=dateline>KOBE –</span> A total…"
        // keeps its span; inline elements only go when they stand alone as a region.
        if (!ElementStats.IsBlockTag(element.LocalName) && !stats.Get(element).HasBlock && element.ParentElement?.LocalName is "p" or "h2" or "h3" or "li" or "blockquote")
        {
            return false;
        }
        if (IsLinkedTeaser(element, stats))
        {
            return true;
        }
        if (!rules.IsBoilerplate(element))
        {
            return false;
        }
        // A region whose name sounds like boilerplate but that holds most of the page, or the headline
        // or article body, is a page wrapper with an unlucky class name ("page has-sidebar").
        if (stats.TextChars(element) > total * 6 / 10)
        {
            return false;
        }
        // Running text that is a large part of the page ("single_content read-more" wrapping the story)
        // outweighs a weak name; comments and banners are named strongly and still go.
        var m = stats.Get(element);
        if (m.TextChars - m.LinkChars > total * 3 / 10 && stats.LinkDensity(element) < 0.2 && !rules.IsStrongBoilerplate(element))
        {
            return false;
        }
        return element.QuerySelector("h1, article, main, [itemprop~='articleBody']") is null || stats.LinkDensity(element) > 0.6;
    }

    /// <summary>
    /// A teaser card: named teaser (class, id or a custom tag such as pp-inline-teaser) and built around a link
    /// to another page (a linked headline, or mostly link text). A standfirst also called "teaser" has no such link.
    /// </summary>
    private static bool IsLinkedTeaser(IElement element, ElementStats stats)
    {
        var names = AttributeRules.Names(element);
        if (!names.Contains("teaser", StringComparison.Ordinal) && !element.LocalName.Contains("teaser", StringComparison.Ordinal))
        {
            return false;
        }
        if (stats.TextChars(element) > 1000 || element.QuerySelector("h1") is not null)
        {
            return false;
        }
        return stats.LinkDensity(element) > 0.5
            || element.QuerySelector("a h2, a h3, a h4, a h5, h2 a, h3 a, h4 a, h5 a") is not null
            || (element.LocalName.Contains('-', StringComparison.Ordinal) && element.QuerySelector("a[href]") is not null);
    }

    private static bool IsHiddenByStyle(IElement element)
    {
        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }
        var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    private static IEnumerable<INode> Comments(INode root)
    {
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            foreach (var child in node.ChildNodes)
            {
                if (child.NodeType == NodeType.Comment)
                {
                    yield return child;
                }
                else if (child.HasChildNodes)
                {
                    stack.Push(child);
                }
            }
        }
    }
}
