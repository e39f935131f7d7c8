using AngleSharp.Dom;
using Microsoft.Extensions.Logging;

namespace Newsdesk.Extraction;

/// <summary>
/// Finds the article body in a cleaned document: paragraphs vote for their ancestors (more text and
/// more commas, more votes; fewer the farther up), link-heavy containers are discounted, names such as
/// "article-body" count in favour, and siblings that look like more of the same text join the winner.
/// </summary>
internal sealed class ContentFinder(AttributeRules rules, ILogger logger)
{
    private const int MinParagraphChars = 25;
    private const int ThinChars = 60;

    public IReadOnlyList<IElement> Find(IElement body, ElementStats stats)
    {
        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        foreach (var (paragraph, linkFree, commas) in Paragraphs(body, stats))
        {
            if (linkFree < MinParagraphChars)
            {
                continue;
            }
            var score = 1 + commas + Math.Min(linkFree / 100, 3);
            var ancestor = paragraph.ParentElement;
            for (var level = 0; ancestor is not null && level < 5; level++, ancestor = ancestor.ParentElement)
            {
                if (!scores.ContainsKey(ancestor))
                {
                    scores[ancestor] = InitialScore(ancestor);
                }
                var divider = level switch { 0 => 1.0, 1 => 2.0, _ => level * 3.0 };
                scores[ancestor] += score / divider;
                if (ancestor == body)
                {
                    break;
                }
            }
        }
        if (scores.Count == 0)
        {
            return [];
        }

        var final = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        foreach (var (element, score) in scores)
        {
            // A name such as "articleMeta" scores before any text does; a candidate with a line of text
            // cannot be the body however good its name.
            var chars = stats.TextChars(element);
            final[element] = score * (1 - stats.LinkDensity(element)) * (chars < ThinChars ? (double)chars / ThinChars : 1);
        }
        var ranked = final.OrderByDescending(kv => kv.Value).ToList();
        var top = ranked[0].Key;
        var topScore = ranked[0].Value;

        // Several near-equal candidates under one ancestor mean the text is split into sections: take the ancestor.
        var rivals = ranked.Skip(1).Take(5).Where(kv => kv.Value >= topScore * 0.75).Select(kv => kv.Key).ToList();
        if (rivals.Count >= 2)
        {
            var parent = top.ParentElement;
            while (parent is not null && parent != body.ParentElement)
            {
                if (rivals.Count(r => parent.Contains(r)) >= 2)
                {
                    top = parent;
                    break;
                }
                parent = parent.ParentElement;
            }
        }

        // Climb while a parent scores higher than the child (the child was one fragment of the body).
        var last = final.GetValueOrDefault(top);
        var up = top.ParentElement;
        while (up is not null && up != body)
        {
            if (!final.TryGetValue(up, out var upScore))
            {
                up = up.ParentElement;
                continue;
            }
            if (upScore < topScore / 3)
            {
                break;
            }
            if (upScore > last)
            {
                top = up;
                break;
            }
            last = upScore;
            up = up.ParentElement;
        }
        while (top.ParentElement is { } p && p != body && p.Children.Length == 1)
        {
            top = p;
        }

        var chosen = WithSiblings(top, final, stats);
        AddSameTemplateSections(top, chosen, stats);
        if (logger.IsEnabled(LogLevel.Trace))
        {
            foreach (var (element, score) in ranked.Take(8))
            {
                logger.LogTrace("Body candidate {Element} score={Score:F1} chars={Chars} linkDensity={LinkDensity:F2}", Describe(element), score, stats.TextChars(element), stats.LinkDensity(element));
            }
            logger.LogTrace("Body chosen: {Elements}", string.Join(" + ", chosen.Select(Describe)));
        }
        return chosen;
    }

    private static string Describe(IElement e) => $"<{e.LocalName} class='{e.GetAttribute("class")}' id='{e.Id}'>";

    private List<IElement> WithSiblings(IElement top, Dictionary<IElement, double> final, ElementStats stats)
    {
        var parent = top.ParentElement;
        if (parent is null)
        {
            return [top];
        }
        var topScore = final.GetValueOrDefault(top);
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.GetAttribute("class") ?? "";
        var result = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top)
            {
                result.Add(sibling);
                continue;
            }
            var bonus = topClass.Length > 0 && sibling.GetAttribute("class") == topClass ? topScore * 0.2 : 0;
            if (final.TryGetValue(sibling, out var score) && score + bonus >= threshold)
            {
                result.Add(sibling);
                continue;
            }
            var m = stats.Get(sibling);
            var density = stats.LinkDensity(sibling);
            if (sibling.LocalName is "p" or "blockquote" or "pre")
            {
                if ((m.TextChars > 80 && density < 0.25) || (m.TextChars > 20 && density < 0.25 && EndsSentence(sibling.TextContent)))
                {
                    result.Add(sibling);
                }
            }
            else if (m.TextChars - m.LinkChars >= 150 && density < 0.2 && ParagraphChars(sibling, stats) >= (m.TextChars * 6 / 10))
            {
                // A sibling block of running text (the next section of a split body) joins as well.
                result.Add(sibling);
            }
        }
        return result;
    }

    /// <summary>
    /// Page builders wrap each stretch of text in its own row ("vc_row > … > wpb_text_column > p"): when a
    /// wrapper a few levels above the body repeats beside it with the same class and holds running text of its
    /// own, that text is more of the body. Added in reading order.
    /// </summary>
    private static void AddSameTemplateSections(IElement top, List<IElement> chosen, ElementStats stats)
    {
        var wrapper = top;
        for (var level = 0; level < 6 && wrapper.ParentElement is { } parent && parent.LocalName != "body"; level++, wrapper = parent)
        {
            var cls = wrapper.GetAttribute("class");
            if (string.IsNullOrWhiteSpace(cls))
            {
                continue;
            }
            var added = false;
            foreach (var sibling in parent.Children)
            {
                if (sibling == wrapper || sibling.GetAttribute("class") != cls || chosen.Any(c => c.Contains(sibling) || sibling.Contains(c)))
                {
                    continue;
                }
                var m = stats.Get(sibling);
                if (m.TextChars - m.LinkChars >= 100 && stats.LinkDensity(sibling) < 0.2 && ParagraphChars(sibling, stats) >= m.TextChars * 6 / 10)
                {
                    chosen.Add(sibling);
                    added = true;
                }
            }
            if (added)
            {
                chosen.Sort((a, b) => a == b ? 0 : (a.CompareDocumentPosition(b) & DocumentPositions.Following) != 0 ? -1 : 1);
                return;
            }
        }
    }

    /// <summary>Characters inside paragraphs (p elements) below an element.</summary>
    private static int ParagraphChars(IElement element, ElementStats stats)
    {
        var total = 0;
        foreach (var p in element.QuerySelectorAll("p"))
        {
            total += stats.TextChars(p) - stats.Get(p).LinkChars;
        }
        return total;
    }

    private static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '"' or '»' or '“' or '”' or ':';
    }

    private double InitialScore(IElement element)
    {
        var score = element.LocalName switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if (element.LocalName == "article")
        {
            score += 10;
        }
        if (rules.IsArticleBody(element))
        {
            score += 40;
        }
        else if (rules.IsPositive(element))
        {
            score += 25;
        }
        return score;
    }

    /// <summary>Elements that hold running text: p, pre, td, and containers with text directly inside them.</summary>
    private static IEnumerable<(IElement Element, int LinkFreeChars, int Commas)> Paragraphs(IElement body, ElementStats stats)
    {
        var stack = new Stack<IElement>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            var name = element.LocalName;
            if (name is "p" or "pre" or "td" or "dd" or "li" or "blockquote" && !stats.Get(element).HasBlock)
            {
                var m = stats.Get(element);
                if (name != "li" || m.TextChars > 100)
                {
                    yield return (element, m.TextChars - m.LinkChars, m.Commas);
                }
                continue;
            }
            if (name is "div" or "section" or "article" or "span" or "font" or "td" or "center" or "main")
            {
                var (chars, commas) = DirectText(element, stats);
                if (chars >= MinParagraphChars)
                {
                    yield return (element, chars, commas);
                }
            }
            foreach (var child in element.Children)
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>Link-free characters and commas of the text sitting directly in a container (not in its blocks).</summary>
    private static (int Chars, int Commas) DirectText(IElement element, ElementStats stats)
    {
        int chars = 0, commas = 0;
        foreach (var child in element.ChildNodes)
        {
            if (child is IText t)
            {
                foreach (var c in t.Data)
                {
                    if (!TextNormalizer.IsSpace(c))
                    {
                        chars++;
                        commas += c == ',' ? 1 : 0;
                    }
                }
            }
            else if (child is IElement e && !ElementStats.IsBlockTag(e.LocalName) && !stats.Get(e).HasBlock)
            {
                var m = stats.Get(e);
                chars += m.TextChars - m.LinkChars;
                commas += m.Commas;
            }
        }
        return (chars, commas);
    }
}
