using System.Net;
using System.Text;
using AngleSharp.Dom;
using Newsdesk.Model;

namespace Newsdesk.Extraction;

/// <summary>Walks the chosen body elements in reading order and turns them into typed blocks.</summary>
internal sealed class BlockCollector
{
    private const int MaxDepth = 300;

    /// <summary>Class/id parts that name an image caption written as a plain paragraph or span.</summary>
    private static readonly string[] CaptionNames = ["caption", "legende", "légende", "legend", "bildunterschrift", "bildtext", "beschriftung", "image-text", "img-text", "photo-text"];

    /// <summary>Class/id parts that name a photo credit inside a caption.</summary>
    private static readonly string[] CreditNames = ["credit", "copyright", "photographer", "fotograf", "bildquelle", "source", "rights"];

    private readonly Uri _baseUrl;
    private readonly ElementStats _stats;
    private readonly InlineBuilder _inline;
    private readonly List<RawBlock> _blocks = [];
    private IElement? _runSource;

    public BlockCollector(Uri baseUrl, ElementStats stats)
    {
        _baseUrl = baseUrl;
        _stats = stats;
        _inline = new InlineBuilder(baseUrl);
    }

    public List<RawBlock> Collect(IEnumerable<IElement> roots)
    {
        foreach (var root in roots)
        {
            Visit(root, BlockType.Paragraph, 0);
            Flush(BlockType.Paragraph);
        }
        return _blocks;
    }

    private void Visit(IElement element, BlockType context, int depth)
    {
        if (IsInlineCaption(element))
        {
            Flush(context);
            Caption(element, ImageSource(element.ParentElement?.QuerySelector("img")));
            return;
        }
        switch (element.LocalName)
        {
            case "p" or "pre" or "address" or "dt" or "dd" or "summary":
                Container(element, context, depth);
                return;
            case "h1" or "h2":
                Heading(element, BlockType.Heading2, depth);
                return;
            case "h3" or "h4" or "h5" or "h6":
                Heading(element, BlockType.Heading3, depth);
                return;
            case "blockquote":
                Flush(context);
                Container(element, BlockType.Quote, depth);
                return;
            case "ul" or "ol":
                List(element, depth);
                return;
            case "table":
                Table(element, context, depth);
                return;
            case "figure":
                Figure(element, depth);
                return;
            case "figcaption":
                Flush(context);
                Caption(element, null);
                return;
            case "hr":
                Flush(context);
                return;
            default:
                if (ElementStats.IsBlockTag(element.LocalName) || _stats.Get(element).HasBlock)
                {
                    Container(element, context, depth);
                }
                else
                {
                    _runSource ??= element.ParentElement;
                    _inline.AppendElement(element);
                }
                return;
        }
    }

    /// <summary>A block-level container: its inline runs become blocks of <paramref name="type"/>, its blocks recurse.</summary>
    private void Container(IElement element, BlockType type, int depth)
    {
        Flush(type);
        foreach (var child in element.ChildNodes)
        {
            if (child is IText t)
            {
                _runSource ??= element;
                _inline.AppendText(t.Data);
            }
            else if (child is IElement e)
            {
                if (e.LocalName == "br")
                {
                    if (_inline.EndsWithBreak)
                    {
                        // Two line breaks in a row separate paragraphs in hand-written pages.
                        Flush(type);
                    }
                    else
                    {
                        _inline.AppendBreak();
                    }
                    continue;
                }
                if (depth >= MaxDepth)
                {
                    _inline.AppendText(e.TextContent);
                    continue;
                }
                if (IsInlineCaption(e))
                {
                    Flush(type);
                    Caption(e, ImageSource(element.QuerySelector("img")));
                    continue;
                }
                if (ElementStats.IsBlockTag(e.LocalName) || _stats.Get(e).HasBlock)
                {
                    Flush(type);
                    Visit(e, type, depth + 1);
                    Flush(type);
                }
                else
                {
                    _runSource ??= element;
                    _inline.AppendElement(e);
                }
            }
        }
        Flush(type);
    }

    private void Flush(BlockType type)
    {
        if (_inline.IsEmpty)
        {
            _inline.Clear();
            _runSource = null;
            return;
        }
        var (text, html, linkChars) = _inline.Take();
        if (type == BlockType.Paragraph && CaptionCredit.EndsWithPhotoCredit(text))
        {
            // "Lee Elder beim Masters 1975. | © Augusta National/Getty Images": an image caption in plain markup.
            var cut = CaptionCredit.StripCredit(text);
            if (cut.Length != text.Length)
            {
                text = cut;
                html = WebUtility.HtmlEncode(cut);
            }
            type = BlockType.Caption;
        }
        _blocks.Add(new RawBlock { Type = type, Text = text, Html = html, LinkChars = linkChars, Source = _runSource });
        _runSource = null;
    }

    private void Heading(IElement element, BlockType type, int depth)
    {
        Flush(BlockType.Paragraph);
        _runSource = element;
        _inline.AppendElement(element, depth);
        Flush(type);
    }

    private void List(IElement list, int depth)
    {
        Flush(BlockType.Paragraph);
        foreach (var item in list.Children)
        {
            if (item.LocalName != "li")
            {
                Visit(item, BlockType.ListItem, depth + 1);
                continue;
            }
            _runSource = list;
            foreach (var child in item.ChildNodes)
            {
                if (child is IText t)
                {
                    _inline.AppendText(t.Data);
                }
                else if (child is IElement e)
                {
                    if (e.LocalName == "br")
                    {
                        _inline.AppendBreak();
                    }
                    else if (e.LocalName is "ul" or "ol")
                    {
                        FlushListItem(list);
                        List(e, depth + 1);
                    }
                    else if (ElementStats.IsBlockTag(e.LocalName) || _stats.Get(e).HasBlock)
                    {
                        // Paragraphs inside an item stay one item: collect their inline content.
                        FlushListItem(list);
                        Visit(e, BlockType.ListItem, depth + 1);
                        FlushListItem(list);
                    }
                    else
                    {
                        _inline.AppendElement(e);
                    }
                }
            }
            FlushListItem(list);
        }
    }

    private void FlushListItem(IElement list)
    {
        if (_inline.IsEmpty)
        {
            return;
        }
        var (text, html, linkChars) = _inline.Take();
        _blocks.Add(new RawBlock { Type = BlockType.ListItem, Text = text, Html = html, LinkChars = linkChars, Source = list });
        _runSource = null;
    }

    private void Table(IElement table, BlockType context, int depth)
    {
        Flush(context);
        if (IsLayoutTable(table))
        {
            foreach (var cell in table.QuerySelectorAll("td, th").Where(c => c.Closest("table") == table))
            {
                Container(cell, BlockType.Paragraph, depth + 1);
            }
            return;
        }
        var text = new StringBuilder();
        var html = new StringBuilder("<table><tbody>");
        var linkChars = 0;
        foreach (var row in table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table))
        {
            var cells = row.Children.Where(c => c.LocalName is "td" or "th").ToList();
            if (cells.Count == 0)
            {
                continue;
            }
            html.Append("<tr>");
            var rowTexts = new List<string>();
            foreach (var cell in cells)
            {
                var builder = new InlineBuilder(_baseUrl);
                builder.AppendElement(cell);
                var (cellText, cellHtml, cellLinks) = builder.Take();
                linkChars += cellLinks;
                rowTexts.Add(cellText);
                var tag = cell.LocalName;
                html.Append('<').Append(tag).Append('>').Append(cellHtml).Append("</").Append(tag).Append('>');
            }
            html.Append("</tr>");
            if (rowTexts.Any(t => t.Length > 0))
            {
                if (text.Length > 0)
                {
                    text.Append('\n');
                }
                text.AppendJoin(" | ", rowTexts);
            }
        }
        html.Append("</tbody></table>");
        if (text.Length > 0)
        {
            _blocks.Add(new RawBlock { Type = BlockType.Table, Text = text.ToString(), Html = html.ToString(), LinkChars = linkChars, Source = table });
        }
    }

    /// <summary>A table used for page layout (nested tables, long running text in cells) rather than data.</summary>
    private bool IsLayoutTable(IElement table)
    {
        if (table.QuerySelector("table") is not null || table.GetAttribute("role") == "presentation")
        {
            return true;
        }
        foreach (var cell in table.QuerySelectorAll("td"))
        {
            if (_stats.TextChars(cell) > 400 || cell.QuerySelector("p, div p, ul, h2, h3") is not null)
            {
                return true;
            }
        }
        return false;
    }

    private void Figure(IElement figure, int depth)
    {
        Flush(BlockType.Paragraph);
        var image = ImageSource(figure.QuerySelector("img"));
        var caption = figure.QuerySelector("figcaption");
        if (caption is not null)
        {
            Caption(caption, image);
        }
        foreach (var child in figure.Children)
        {
            // Text blocks wrapped in a figure (quotes, embedded tables) are still body text.
            if (child.LocalName is "blockquote" or "table" or "p" && (caption is null || (child != caption && !child.Contains(caption))))
            {
                Visit(child, BlockType.Paragraph, depth + 1);
            }
        }
    }

    /// <summary>
    /// A caption outside a figure: a short paragraph or span named as one ("media__legende", "wp-caption-text"),
    /// or named more loosely ("legend", "bildtext") and sitting next to an image in the same container.
    /// </summary>
    private bool IsInlineCaption(IElement element)
    {
        if (element.LocalName is not ("p" or "div" or "span" or "small" or "em" or "i") || element.ParentElement is not { } parent)
        {
            return false;
        }
        var names = AttributeRules.Names(element);
        if (names.Length == 0 || !CaptionNames.Any(n => names.Contains(n, StringComparison.Ordinal)))
        {
            return false;
        }
        if (_stats.TextChars(element) is 0 or > 400 || element.QuerySelector("img, picture, p, li, h2, h3") is not null)
        {
            return false;
        }
        // "caption" and "légende" say it outright; weaker names need an image beside them.
        return names.Contains("caption", StringComparison.Ordinal) || names.Contains("legende", StringComparison.Ordinal)
            || names.Contains("bildunterschrift", StringComparison.Ordinal) || parent.QuerySelector("img, picture") is not null;
    }

    private static bool IsCredit(IElement element)
    {
        var names = AttributeRules.Names(element);
        return names.Length > 0 && CreditNames.Any(n => names.Contains(n, StringComparison.Ordinal));
    }

    private void Caption(IElement caption, string? image)
    {
        Flush(BlockType.Paragraph);
        if (caption.QuerySelectorAll("*").Any(IsCredit))
        {
            // The credit inside a caption ("<em class=credit>Photo J. Martin</em>") is not part of what it says.
            caption = (IElement)caption.Clone(deep: true);
            foreach (var credit in caption.QuerySelectorAll("*").Where(IsCredit).ToList())
            {
                credit.Remove();
            }
        }
        var builder = new InlineBuilder(_baseUrl);
        builder.AppendElement(caption);
        var (text, html, linkChars) = builder.Take();
        var cut = CaptionCredit.StripCredit(text);
        if (cut.Length != text.Length)
        {
            text = cut;
            html = WebUtility.HtmlEncode(cut);
        }
        if (text.Length > 0)
        {
            _blocks.Add(new RawBlock { Type = BlockType.Caption, Text = text, Html = html, LinkChars = linkChars, ImageUrl = image, Source = caption });
        }
    }

    private string? ImageSource(IElement? img)
    {
        if (img is null)
        {
            return null;
        }
        var src = img.GetAttribute("data-src") ?? img.GetAttribute("data-original") ?? img.GetAttribute("data-lazy-src") ?? img.GetAttribute("src");
        if ((src is null || src.StartsWith("data:", StringComparison.Ordinal)) && img.GetAttribute("srcset") is { } srcset)
        {
            src = srcset.Split(',')[0].Trim().Split(' ')[0];
        }
        return MetadataReader.Absolute(src, _baseUrl);
    }
}
