using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Newsdesk.Model;
using Newsdesk.Text;

namespace Newsdesk.Ingest;

/// <summary>Collects items and problems while one document is read, enforcing the per-item rules in one place.</summary>
internal sealed partial class FeedParseBuilder(Uri sourceUrl, FeedParserOptions options)
{
    private readonly List<FeedItem> _items = [];
    private readonly List<FeedProblem> _problems = [];
    private readonly List<SitemapReference> _children = [];
    private readonly HashSet<string> _seenIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenChildren = new(StringComparer.Ordinal);

    public Uri SourceUrl { get; } = sourceUrl;
    public FeedParserOptions Options { get; } = options;
    public FeedKind Kind { get; set; }
    public string? Title { get; set; }
    public Uri? SiteUrl { get; set; }
    public LanguageTag? Language { get; set; }
    public string? Error { get; set; }
    public bool IsPartial { get; set; }
    public string? Encoding { get; set; }
    public bool IsFull { get; private set; }
    public IReadOnlyList<DiscoveredFeed> Discovered { get; set; } = [];
    public HtmlPageInfo? Page { get; set; }
    /// <summary>A sitemap entry carried news:news, so the sitemap is a Google News sitemap.</summary>
    public bool IsNews { get; set; }
    public int EntryCount { get; private set; }

    public int ItemCount => _items.Count;
    public int ChildCount => _children.Count;

    public void Problem(FeedProblemKind kind, string message, int? index = null, string? id = null) =>
        _problems.Add(new FeedProblem(kind, message, index, id is null ? null : Shorten(FieldLimits.Clean(id))));

    /// <summary>Claims the next entry position, for problem reports.</summary>
    public int NextEntryIndex() => EntryCount++;

    public void AddDate(FeedDate date, int index, string? id)
    {
        if (date.ProblemKind is { } kind && date.Problem is not null)
        {
            Problem(kind, date.Problem, index, id);
        }
    }

    public LanguageTag? ReadLanguage(string? text, int? index = null, string? id = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (LanguageTag.TryParse(text.Trim(), out var tag))
        {
            return tag;
        }
        Problem(FeedProblemKind.InvalidLanguage, $"language '{Shorten(text.Trim())}' is not a BCP-47 tag; ignored", index, id);
        return null;
    }

    /// <summary>Resolves a link against a base; null (and a problem) when it is missing or not http(s).</summary>
    public Uri? ResolveLink(string? raw, Uri baseUri, int index, string? id, bool reportMissing = true)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            if (reportMissing)
            {
                Problem(FeedProblemKind.MissingLink, "the entry has no link; not kept", index, id);
            }
            return null;
        }
        var resolved = TryResolve(raw, baseUri);
        if (resolved is null)
        {
            Problem(FeedProblemKind.InvalidLink, $"link '{Shorten(raw.Trim())}' is not an http(s) URL; not kept", index, id);
        }
        return resolved;
    }

    /// <summary>Resolves relative and protocol-relative references per RFC 3986; only http(s) results count.</summary>
    public static Uri? TryResolve(string? raw, Uri baseUri)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        var text = raw.Trim();
        // On Unix a rooted path ("/story") parses as an absolute file: URI, so make relative references explicit.
        Uri? result;
        if (!HasScheme(text))
        {
            if (!Uri.TryCreate(text, UriKind.Relative, out var relative) || !Uri.TryCreate(baseUri, relative, out result))
            {
                return null;
            }
        }
        else if (!Uri.TryCreate(text, UriKind.Absolute, out result))
        {
            return null;
        }
        return result.Scheme is "http" or "https" && result.Host.Length > 0 ? result : null;
    }

    /// <summary>Keeps an entry, every field within its cap (<see cref="FieldLimits"/>), unless its link is longer than a
    /// link may be, its id was seen before or the cap on entries is reached.</summary>
    public void AddItem(FeedItem item, int index)
    {
        if (IsFull)
        {
            return;
        }
        if (item.Link.AbsoluteUri.Length > FieldLimits.Url)
        {
            Problem(FeedProblemKind.InvalidLink, string.Create(CultureInfo.InvariantCulture,
                $"link '{Shorten(item.Link.AbsoluteUri)}' is {item.Link.AbsoluteUri.Length:N0} characters long, over the {FieldLimits.Url:N0} cap; not kept"), index, item.Id);
            return;
        }
        var notices = new List<string>();
        item = Bounded(item, notices);
        foreach (var notice in notices)
        {
            Problem(FeedProblemKind.FieldTooLong, notice, index, item.Id);
        }
        if (!_seenIds.Add(item.Id))
        {
            Problem(FeedProblemKind.DuplicateId, $"id '{Shorten(item.Id)}' appears more than once; the first entry was kept", index, item.Id);
            return;
        }
        _items.Add(item);
        if (_items.Count >= Options.MaxItems)
        {
            IsFull = true;
        }
    }

    private static FeedItem Bounded(FeedItem item, List<string> notices) => item with
    {
        Id = FieldLimits.BoundId(item.Id, notices),
        Title = FieldLimits.Bound(item.Title, FieldLimits.Title, "title", notices),
        Summary = FieldLimits.Bound(item.Summary, FieldLimits.Summary, "summary", notices),
        ContentHtml = FieldLimits.Bound(item.ContentHtml, FieldLimits.Content, "content", notices),
        Author = FieldLimits.Bound(item.Author, FieldLimits.Author, "author", notices),
        Categories = FieldLimits.BoundAll(item.Categories, FieldLimits.Category, FieldLimits.Categories, "category", notices),
        ImageUrl = FieldLimits.BoundUrl(item.ImageUrl, "image URL", notices),
    };

    public void AddChild(SitemapReference child)
    {
        if (IsFull)
        {
            return;
        }
        if (child.Url.AbsoluteUri.Length > FieldLimits.Url)
        {
            Problem(FeedProblemKind.InvalidLink, string.Create(CultureInfo.InvariantCulture,
                $"sitemap '{Shorten(child.Url.AbsoluteUri)}' is {child.Url.AbsoluteUri.Length:N0} characters long, over the {FieldLimits.Url:N0} cap; not followed"));
            return;
        }
        if (_seenChildren.Add(child.Url.AbsoluteUri))
        {
            _children.Add(child);
            if (_children.Count >= Options.MaxItems)
            {
                IsFull = true;
            }
        }
    }

    public FeedParseResult Build()
    {
        if (IsFull)
        {
            Problem(FeedProblemKind.TooManyItems, $"the document has more than {Options.MaxItems} entries; only the first {Options.MaxItems} were read");
        }
        var notices = new List<string>();
        var title = FieldLimits.Bound(Title, FieldLimits.Title, "the document's title", notices);
        var siteUrl = FieldLimits.BoundUrl(SiteUrl, "the site's address", notices);
        var discovered = Discovered.Where(d => FieldLimits.BoundUrl(d.Url, "an advertised feed's address", notices) is not null).ToList();
        foreach (var notice in notices)
        {
            Problem(FeedProblemKind.FieldTooLong, notice);
        }
        var language = Language;
        var items = language is null ? _items : _items.Select(i => i.Language is null ? i with { Language = language } : i).ToList();
        return new FeedParseResult
        {
            Kind = Kind,
            SourceUrl = SourceUrl,
            Title = title,
            SiteUrl = siteUrl,
            Language = language,
            Items = items,
            SitemapChildren = _children,
            DiscoveredFeeds = discovered,
            Page = Page,
            Problems = _problems,
            Error = Error,
            IsPartial = IsPartial,
            Encoding = Encoding,
        };
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();

    private static bool HasScheme(string text) => Scheme().IsMatch(text);

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    /// <summary>Plain text for titles and names: tags stripped, entities decoded, control characters dropped, whitespace collapsed.</summary>
    public static string? CleanText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var s = text;
        if (s.Contains('<', StringComparison.Ordinal))
        {
            s = Tag().Replace(s, " ");
        }
        if (s.Contains('&', StringComparison.Ordinal))
        {
            s = WebUtility.HtmlDecode(s);
        }
        s = StripControls(s);
        s = Whitespace().Replace(s, " ").Trim();
        return s.Length == 0 ? null : s;
    }

    /// <summary>Raw content kept as given, minus characters XML forbids (CheckCharacters is off so one bad byte cannot sink a feed).</summary>
    public static string? CleanContent(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var s = StripControls(text).Trim();
        return s.Length == 0 ? null : s;
    }

    private static string StripControls(string s)
    {
        if (!s.AsSpan().ContainsAnyInRange('\0', '\u001f'))
        {
            return s;
        }
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c >= ' ' || c is '\n' or '\r' or '\t')
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    public static string Shorten(string s) => s.Length <= 80 ? s : s[..77] + "...";
}
