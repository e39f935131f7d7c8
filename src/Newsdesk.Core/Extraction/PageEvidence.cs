using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Newsdesk.Extraction;

/// <summary>
/// What the whole page shows about its kind, read before cleaning removes players, tables and navigation:
/// unrendered template placeholders, an error headline, media players, tables of names and numbers, headline links.
/// </summary>
internal sealed partial class PageEvidence
{
    private static readonly HashSet<string> Invisible = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "textarea", "code", "pre", "head", "svg",
    };

    /// <summary>Unrendered placeholders in the title or headline ("{{page.title}}").</summary>
    public bool TitleIsTemplate { get; private init; }

    /// <summary>Unrendered placeholders in the visible text of the body.</summary>
    public int TemplateExpressions { get; private init; }

    /// <summary>The title or headline names an error ("404", "Page not found", "Page introuvable").</summary>
    public string? ErrorHeadline { get; private init; }

    /// <summary>Video and audio players, player embeds and links to media files.</summary>
    public int MediaPlayers { get; private init; }

    /// <summary>Table rows of short cells with numbers in them (scores, minutes, standings).</summary>
    public int DataRows { get; private init; }

    /// <summary>Links whose text reads as a headline (several words, or a heading inside or around the link).</summary>
    public int HeadlineLinks { get; private init; }

    public static PageEvidence Read(IHtmlDocument document, PageMetadata meta)
    {
        var body = document.Body;
        var h1 = body?.QuerySelector("h1")?.TextContent;
        var titles = new[] { document.Title, meta.Title, h1 };
        return new PageEvidence
        {
            TitleIsTemplate = titles.Any(t => t is not null && TemplateExpression().IsMatch(t)),
            TemplateExpressions = body is null ? 0 : VisibleText(body).Sum(t => TemplateExpression().Count(t)),
            ErrorHeadline = titles.Select(t => MetadataReader.Normalize(t)).FirstOrDefault(t => t is { Length: < 120 } && ErrorTitle().IsMatch(t)),
            MediaPlayers = body is null ? 0 : CountPlayers(body),
            DataRows = body is null ? 0 : CountDataRows(body),
            HeadlineLinks = body is null ? 0 : CountHeadlineLinks(body),
        };
    }

    private static IEnumerable<string> VisibleText(IElement root)
    {
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                yield return text.Data;
            }
            else if (node is IElement element && !Invisible.Contains(element.LocalName))
            {
                foreach (var child in element.ChildNodes)
                {
                    stack.Push(child);
                }
            }
        }
    }

    private static int CountPlayers(IElement body)
    {
        var count = body.QuerySelectorAll("video, audio").Length;
        foreach (var frame in body.QuerySelectorAll("iframe[src], iframe[data-src], embed[src], object[data]"))
        {
            var src = frame.GetAttribute("src") ?? frame.GetAttribute("data-src") ?? frame.GetAttribute("data") ?? "";
            if (PlayerSource().IsMatch(src))
            {
                count++;
            }
        }
        foreach (var link in body.QuerySelectorAll("a[href]"))
        {
            if (MediaFile().IsMatch(link.GetAttribute("href")!))
            {
                count++;
            }
        }
        return count;
    }

    private static int CountDataRows(IElement body)
    {
        var rows = 0;
        foreach (var row in body.QuerySelectorAll("tr"))
        {
            var cells = row.Children.Where(c => c.LocalName is "td" or "th").Select(c => c.TextContent.Trim()).ToList();
            if (cells.Count >= 2 && cells.All(c => c.Length <= 60) && cells.Any(c => c.Length > 0 && NumberCell().IsMatch(c)))
            {
                rows++;
            }
        }
        return rows;
    }

    private static int CountHeadlineLinks(IElement body)
    {
        var count = 0;
        foreach (var link in body.QuerySelectorAll("a[href]"))
        {
            var text = link.TextContent.Trim();
            var words = text.Split((char[])[' ', '\n', '\t', '\u00a0'], StringSplitOptions.RemoveEmptyEntries).Length;
            if ((words >= 5 && text.Length >= 30 && text.Length <= 200)
                || link.QuerySelector("h2, h3, h4") is not null || link.ParentElement?.LocalName is "h2" or "h3" or "h4")
            {
                count++;
            }
        }
        return count;
    }

    [GeneratedRegex(@"\{\{[^{}\n]{1,120}\}\}|\{%[^%\n]{1,120}%\}|<%=?[^%\n]{1,120}%>")]
    private static partial Regex TemplateExpression();

    // A status code only counts at the start of the title or next to the word error; the phrases anywhere.
    [GeneratedRegex(@"^\W*(error\s*|erreur\s*|fehler\s*|errore\s*)?(404|410|500|503)\b|\b(error|erreur|fehler|errore|código)\s*(404|410|500|503)\b|page not found|\bnot found\b|page introuvable|page non trouvée|seite nicht gefunden|página no encontrada|pagina non trovata|página não encontrada|nie znaleziono strony|pagina niet gevonden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ErrorTitle();

    [GeneratedRegex(@"youtube|youtu\.be|vimeo|dailymotion|soundcloud|spotify|podcast|deezer|/embed/|player|video|audio|\.mp4|\.mp3", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlayerSource();

    [GeneratedRegex(@"\.(mp3|mp4|m4a|m4v|ogg|oga|opus|webm|wav)(\?|#|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MediaFile();

    [GeneratedRegex(@"^[\d\s:.,'’+\-–()/%ptsmin]+$|^\d{1,3}(['’]|e|\.|\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberCell();
}
