using System.Net;
using System.Text;
using AngleSharp.Dom;

namespace Newsdesk.Extraction;

/// <summary>
/// Accumulates inline content as normalised plain text plus allow-listed HTML (links with absolute
/// http(s)/mailto targets, emphasis, sub/sup, code, line breaks); every other tag is unwrapped.
/// </summary>
internal sealed class InlineBuilder(Uri baseUrl)
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _html = new();
    private bool _pendingSpace;
    private int _linkDepth;

    public int LinkChars { get; private set; }
    public bool IsEmpty => _text.Length == 0;
    /// <summary>True when the last thing appended was a line break (two in a row end a paragraph).</summary>
    public bool EndsWithBreak { get; private set; }

    public void Clear()
    {
        _text.Clear();
        _html.Clear();
        _pendingSpace = false;
        LinkChars = 0;
        EndsWithBreak = false;
    }

    public (string Text, string Html, int LinkChars) Take()
    {
        var text = _text.ToString();
        var html = _html.ToString().Trim();
        if (!text.IsNormalized())
        {
            // Some pages are written in decomposed form (u + combining diaeresis); readers and search expect "ü".
            text = text.Normalize();
            html = html.Normalize();
        }
        var result = (text, html, LinkChars);
        Clear();
        return result;
    }

    public void AppendText(string data)
    {
        foreach (var c in data)
        {
            if (TextNormalizer.IsSpace(c))
            {
                _pendingSpace = true;
                continue;
            }
            if (TextNormalizer.IsInvisible(c))
            {
                continue;
            }
            if (_pendingSpace && _text.Length > 0)
            {
                _text.Append(' ');
                _html.Append(' ');
            }
            _pendingSpace = false;
            EndsWithBreak = false;
            _text.Append(c);
            switch (c)
            {
                case '<':
                    _html.Append("&lt;");
                    break;
                case '>':
                    _html.Append("&gt;");
                    break;
                case '&':
                    _html.Append("&amp;");
                    break;
                default:
                    _html.Append(c);
                    break;
            }
            if (_linkDepth > 0)
            {
                LinkChars++;
            }
        }
    }

    public void AppendBreak()
    {
        if (_text.Length > 0)
        {
            _html.Append("<br>");
            _pendingSpace = true;
        }
        EndsWithBreak = true;
    }

    /// <summary>Appends an inline element and its content (which must hold no block elements).</summary>
    public void AppendElement(IElement element, int depth = 0)
    {
        var (open, close) = Tags(element);
        if (open.Length > 0)
        {
            if (_pendingSpace && _text.Length > 0)
            {
                _text.Append(' ');
                _html.Append(' ');
                _pendingSpace = false;
            }
            _html.Append(open);
        }
        var isLink = element.LocalName == "a";
        if (isLink)
        {
            _linkDepth++;
        }
        foreach (var child in element.ChildNodes)
        {
            if (child is IText t)
            {
                AppendText(t.Data);
            }
            else if (child is IElement e)
            {
                if (e.LocalName == "br")
                {
                    AppendBreak();
                }
                else if (e.LocalName == "img")
                {
                    // images inside text carry no words
                }
                else if (depth < 100)
                {
                    AppendElement(e, depth + 1);
                }
                else
                {
                    AppendText(e.TextContent);
                }
            }
        }
        if (isLink)
        {
            _linkDepth--;
        }
        if (close.Length > 0)
        {
            _html.Append(close);
        }
    }

    private (string Open, string Close) Tags(IElement element)
    {
        switch (element.LocalName)
        {
            case "a":
                var href = element.GetAttribute("href");
                if (href is null || href.StartsWith('#'))
                {
                    return ("", "");
                }
                if (Uri.TryCreate(baseUrl, href.Trim(), out var target) && target.Scheme is "http" or "https" or "mailto")
                {
                    return ($"<a href=\"{WebUtility.HtmlEncode(target.AbsoluteUri)}\">", "</a>");
                }
                return ("", "");
            case "em" or "i" or "cite" or "dfn":
                return ("<em>", "</em>");
            case "strong" or "b":
                return ("<strong>", "</strong>");
            case "sub":
                return ("<sub>", "</sub>");
            case "sup":
                return ("<sup>", "</sup>");
            case "code" or "kbd" or "samp" or "tt":
                return ("<code>", "</code>");
            case "q":
                return ("<q>", "</q>");
            default:
                return ("", "");
        }
    }
}
