using System.Xml;
using System.Xml.Linq;

namespace Newsdesk.Ingest;

/// <summary>Streams RSS 2.0, RSS 1.0, Atom and sitemap XML: each entry is read on its own, so a 50 MB document
/// never becomes one tree, and a syntax error keeps every entry before it.</summary>
internal static class XmlFeedReader
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string RdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private const string MediaNs = "http://search.yahoo.com/mrss/";
    private const string NewsNs = "http://www.google.com/schemas/sitemap-news/0.9";
    private static readonly XNamespace XmlNs = XNamespace.Xml;

    private static readonly XmlReaderSettings Settings = new()
    {
        // Never expand DTD entities (billion laughs, external entities): the DTD is skipped and any entity it
        // would have defined is an undeclared-entity error at the point of use.
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        // Stray control characters are blanked by XmlCharacterFilter; this also lets &#1; style references through.
        CheckCharacters = false,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    private sealed record Layout(string[] Containers, string EntryName, string? MetadataParent);

    private static Layout? LayoutOf(FeedKind kind) => kind switch
    {
        FeedKind.Rss2 => new Layout(["rss", "channel"], "item", "channel"),
        FeedKind.Rss1Rdf => new Layout(["RDF", "channel"], "item", "channel"),
        FeedKind.Atom => new Layout(["feed"], "entry", "feed"),
        FeedKind.Sitemap => new Layout(["urlset"], "url", null),
        FeedKind.SitemapIndex => new Layout(["sitemapindex"], "sitemap", null),
        _ => null,
    };

    private static FeedKind KindOfRoot(string localName, string ns) => localName switch
    {
        "rss" => FeedKind.Rss2,
        "RDF" when ns == RdfNs => FeedKind.Rss1Rdf,
        "feed" => FeedKind.Atom,
        "urlset" => FeedKind.Sitemap,
        "sitemapindex" => FeedKind.SitemapIndex,
        "html" => FeedKind.HtmlPage,
        _ => FeedKind.Unknown,
    };

    /// <summary>Reads the document into <paramref name="b"/>; returns false when the root turned out to be XHTML.</summary>
    public static bool Read(TextReader text, FeedParseBuilder b, bool declaresEntities)
    {
        using var filtered = new XmlCharacterFilter(text);
        using var reader = XmlReader.Create(filtered, Settings);
        var containers = new Stack<(string Name, int Depth, Uri Base)>();
        Layout? layout = null;
        try
        {
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element)
            {
                b.Error = "the document has no root element";
                b.Problem(FeedProblemKind.UnknownFormat, b.Error);
                return true;
            }
            b.Kind = KindOfRoot(reader.LocalName, reader.NamespaceURI);
            if (b.Kind == FeedKind.HtmlPage)
            {
                return false;
            }
            layout = LayoutOf(b.Kind);
            if (layout is null)
            {
                b.Error = $"the root element <{reader.Name}> is not RSS, Atom or a sitemap";
                b.Problem(FeedProblemKind.UnknownFormat, b.Error);
                return true;
            }
            if (b.Kind == FeedKind.Atom)
            {
                b.Language = b.ReadLanguage(reader.XmlLang);
            }
            while (!reader.EOF && !b.IsFull)
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    var depth = reader.Depth;
                    var parent = containers.Count > 0 ? containers.Peek() : default;
                    var isChild = containers.Count == 0 ? depth == 0 : depth == parent.Depth + 1;
                    var currentBase = containers.Count > 0 ? parent.Base : b.SourceUrl;
                    if (isChild && containers.Count > 0 && reader.LocalName == layout.EntryName)
                    {
                        var entryLanguage = reader.XmlLang;
                        var entry = (XElement)XNode.ReadFrom(reader);
                        ReadEntry(entry, currentBase, entryLanguage, b);
                        continue;
                    }
                    if (isChild && layout.Containers.Contains(reader.LocalName))
                    {
                        var xmlBase = reader.GetAttribute("base", XmlNs.NamespaceName);
                        var newBase = xmlBase is null ? currentBase : FeedParseBuilder.TryResolve(xmlBase, currentBase) ?? currentBase;
                        if (reader.IsEmptyElement)
                        {
                            reader.Read();
                            continue;
                        }
                        containers.Push((reader.LocalName, depth, newBase));
                        reader.Read();
                        continue;
                    }
                    if (isChild && containers.Count > 0 && parent.Name == layout.MetadataParent)
                    {
                        var element = (XElement)XNode.ReadFrom(reader);
                        ReadMetadata(element, currentBase, b);
                        continue;
                    }
                    reader.Skip();
                    continue;
                }
                if (reader.NodeType == XmlNodeType.EndElement && containers.Count > 0 && reader.Depth == containers.Peek().Depth)
                {
                    containers.Pop();
                }
                reader.Read();
            }
        }
        catch (XmlException ex)
        {
            RecordXmlError(ex, b, declaresEntities, layout);
        }
        if (b.Kind == FeedKind.Sitemap && b.IsNews)
        {
            b.Kind = FeedKind.NewsSitemap;
        }
        return true;
    }

    private static void RecordXmlError(XmlException ex, FeedParseBuilder b, bool declaresEntities, Layout? layout)
    {
        var where = $"line {ex.LineNumber}, position {ex.LinePosition}";
        var kept = b.Kind == FeedKind.SitemapIndex ? b.ChildCount : b.ItemCount;
        string message;
        FeedProblemKind kind;
        if (declaresEntities && ex.Message.Contains("entity", StringComparison.OrdinalIgnoreCase))
        {
            kind = FeedProblemKind.EntitiesRefused;
            message = $"the document defines XML entities in a DTD and uses them ({where}); DTD processing is off to prevent entity-expansion attacks, so it cannot be read past that point";
        }
        else
        {
            kind = FeedProblemKind.MalformedXml;
            message = $"the XML is malformed at {where}: {ex.Message.TrimEnd('.')}";
        }
        if (layout is not null)
        {
            var partial = kept > 0;
            message += partial
                ? $"; kept the {kept} entries before the error, the entry being read and everything after it are lost"
                : "; no entries could be read before it";
            b.IsPartial = partial;
        }
        b.Error = message;
        b.Problem(kind, message);
    }

    private static void ReadMetadata(XElement element, Uri baseUri, FeedParseBuilder b)
    {
        var name = element.Name.LocalName;
        var ns = element.Name.NamespaceName;
        switch (name)
        {
            case "title" when b.Title is null && ns != MediaNs:
                b.Title = FeedParseBuilder.CleanText(element.Value);
                break;
            case "language" when b.Language is null:
                b.Language = b.ReadLanguage(element.Value);
                break;
            case "link" when b.SiteUrl is null && ns == AtomNs && b.Kind != FeedKind.Atom:
                // atom:link inside RSS is the feed's own address (rel=self), not the site.
                break;
            case "link" when b.SiteUrl is null && b.Kind == FeedKind.Atom:
                var rel = (string?)element.Attribute("rel") ?? "alternate";
                if (rel == "alternate")
                {
                    b.SiteUrl = FeedParseBuilder.TryResolve((string?)element.Attribute("href"), BaseOf(element, baseUri));
                }
                break;
            case "link" when b.SiteUrl is null:
                b.SiteUrl = FeedParseBuilder.TryResolve(element.Value, baseUri);
                break;
            default:
                break;
        }
    }

    private static void ReadEntry(XElement entry, Uri baseUri, string? entryLanguage, FeedParseBuilder b)
    {
        var index = b.NextEntryIndex();
        try
        {
            switch (b.Kind)
            {
                case FeedKind.Rss2:
                case FeedKind.Rss1Rdf:
                    ReadRssItem(entry, baseUri, index, b);
                    break;
                case FeedKind.Atom:
                    ReadAtomEntry(entry, baseUri, entryLanguage, index, b);
                    break;
                case FeedKind.Sitemap:
                    ReadSitemapUrl(entry, baseUri, index, b);
                    break;
                case FeedKind.SitemapIndex:
                    ReadSitemapChild(entry, baseUri, index, b);
                    break;
                default:
                    break;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // One odd entry (or a parser bug it triggers) must not cost the entries after it.
            b.Problem(FeedProblemKind.InvalidItem, $"the entry could not be read: {ex.Message}", index);
        }
    }

    private static void ReadRssItem(XElement item, Uri baseUri, int index, FeedParseBuilder b)
    {
        var itemBase = BaseOf(item, baseUri);
        var guidElement = Child(item, "guid");
        var guid = Text(guidElement);
        var about = (string?)item.Attribute(XName.Get("about", RdfNs));
        var linkText = item.Elements().Where(e => e.Name.LocalName == "link" && e.Name.NamespaceName != AtomNs).Select(e => Text(e)).FirstOrDefault(t => t is not null);
        var atomLink = item.Elements(XName.Get("link", AtomNs)).FirstOrDefault(e => ((string?)e.Attribute("rel") ?? "alternate") == "alternate");
        var id = guid ?? about;
        string? rawLink;
        Uri linkBase = itemBase;
        if (linkText is not null)
        {
            rawLink = linkText;
        }
        else if (atomLink is not null)
        {
            rawLink = (string?)atomLink.Attribute("href");
            linkBase = BaseOf(atomLink, baseUri);
        }
        else if (guid is not null && !string.Equals((string?)guidElement!.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase)
                 && (guid.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || guid.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
        {
            // RSS 2.0: a guid is a permalink unless isPermaLink="false".
            rawLink = guid;
        }
        else
        {
            rawLink = about;
        }
        var link = b.ResolveLink(rawLink, linkBase, index, id);
        if (link is null)
        {
            return;
        }
        id ??= link.AbsoluteUri;
        var published = FeedDates.Parse(Text(Child(item, "pubDate")) ?? Text(Child(item, "date", DcNs)) ?? Text(Child(item, "published", AtomNs)));
        b.AddDate(published, index, id);
        var updatedText = Text(Child(item, "updated", AtomNs)) ?? Text(Child(item, "modified", DcNs));
        var updated = FeedDates.Parse(updatedText);
        b.AddDate(updated, index, id);
        var categories = item.Elements()
            .Where(e => e.Name.LocalName == "category" || (e.Name.LocalName == "subject" && e.Name.NamespaceName == DcNs))
            .Select(e => FeedParseBuilder.CleanText(e.Value))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        b.AddItem(new FeedItem
        {
            Id = id,
            Link = link,
            Title = FeedParseBuilder.CleanText(Text(Child(item, "title"))),
            Summary = FeedParseBuilder.CleanContent(Text(Child(item, "description"))),
            ContentHtml = FeedParseBuilder.CleanContent(Text(Child(item, "encoded", ContentNs))),
            Published = published.Value,
            Updated = updated.Value,
            Author = AuthorName(Text(Child(item, "creator", DcNs)) ?? Text(Child(item, "author"))),
            Language = b.ReadLanguage((string?)item.Attribute(XmlNs + "lang") ?? Text(Child(item, "language", DcNs)), index, id),
            Categories = categories,
            ImageUrl = ImageOf(item, itemBase),
        }, index);
    }

    private static void ReadAtomEntry(XElement entry, Uri baseUri, string? entryLanguage, int index, FeedParseBuilder b)
    {
        var id = Text(Child(entry, "id"));
        var links = entry.Elements().Where(e => e.Name.LocalName == "link").ToList();
        var alternate = links
            .Where(l => ((string?)l.Attribute("rel") ?? "alternate") == "alternate")
            .OrderBy(l => ((string?)l.Attribute("type"))?.Contains("html", StringComparison.OrdinalIgnoreCase) == false ? 1 : 0)
            .FirstOrDefault();
        var link = alternate is null
            ? b.ResolveLink(null, baseUri, index, id)
            : b.ResolveLink((string?)alternate.Attribute("href"), BaseOf(alternate, baseUri), index, id);
        if (link is null)
        {
            return;
        }
        id ??= link.AbsoluteUri;
        var publishedDate = FeedDates.Parse(Text(Child(entry, "published")) ?? Text(Child(entry, "issued")));
        b.AddDate(publishedDate, index, id);
        var updatedDate = FeedDates.Parse(Text(Child(entry, "updated")) ?? Text(Child(entry, "modified")));
        b.AddDate(updatedDate, index, id);
        var categories = entry.Elements()
            .Where(e => e.Name.LocalName == "category")
            .Select(e => FeedParseBuilder.CleanText((string?)e.Attribute("label") ?? (string?)e.Attribute("term")))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        b.AddItem(new FeedItem
        {
            Id = id,
            Link = link,
            Title = FeedParseBuilder.CleanText(AtomText(Child(entry, "title"))),
            Summary = FeedParseBuilder.CleanContent(AtomText(Child(entry, "summary"))),
            ContentHtml = FeedParseBuilder.CleanContent(AtomText(Child(entry, "content"))),
            // Atom requires updated and makes published optional; a feed reader's best "when" is published, else updated.
            Published = publishedDate.Value ?? updatedDate.Value,
            Updated = updatedDate.Value,
            Author = FeedParseBuilder.CleanText(Text(Child(Child(entry, "author"), "name"))),
            Language = b.ReadLanguage(entryLanguage, index, id),
            Categories = categories,
            ImageUrl = ImageOf(entry, BaseOf(entry, baseUri)),
        }, index);
    }

    private static void ReadSitemapUrl(XElement url, Uri baseUri, int index, FeedParseBuilder b)
    {
        var loc = Text(Child(url, "loc"));
        var link = b.ResolveLink(loc, baseUri, index, loc);
        if (link is null)
        {
            return;
        }
        var id = link.AbsoluteUri;
        var lastmod = FeedDates.Parse(Text(Child(url, "lastmod")));
        b.AddDate(lastmod, index, id);
        var news = Child(url, "news", NewsNs);
        DateTimeOffset? published = null;
        string? title = null;
        Model.LanguageTag? language = null;
        IReadOnlyList<string> categories = [];
        if (news is not null)
        {
            b.IsNews = true;
            var date = FeedDates.Parse(Text(Child(news, "publication_date", NewsNs)));
            b.AddDate(date, index, id);
            published = date.Value;
            title = FeedParseBuilder.CleanText(Text(Child(news, "title", NewsNs)));
            language = b.ReadLanguage(Text(Child(Child(news, "publication", NewsNs), "language", NewsNs)), index, id);
            categories = (Text(Child(news, "keywords", NewsNs)) ?? "")
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.Ordinal)
                .ToList();
        }
        var image = url.Elements().FirstOrDefault(e => e.Name.LocalName == "image");
        b.AddItem(new FeedItem
        {
            Id = id,
            Link = link,
            Title = title,
            Published = published,
            Updated = lastmod.Value,
            Language = language,
            Categories = categories,
            ImageUrl = FeedParseBuilder.TryResolve(Text(Child(image, "loc")), baseUri),
        }, index);
    }

    private static void ReadSitemapChild(XElement sitemap, Uri baseUri, int index, FeedParseBuilder b)
    {
        var loc = Text(Child(sitemap, "loc"));
        var url = b.ResolveLink(loc, baseUri, index, loc);
        if (url is null)
        {
            return;
        }
        var lastmod = FeedDates.Parse(Text(Child(sitemap, "lastmod")));
        b.AddDate(lastmod, index, url.AbsoluteUri);
        b.AddChild(new SitemapReference(url, lastmod.Value));
    }

    private static Uri? ImageOf(XElement item, Uri baseUri)
    {
        foreach (var e in item.Elements())
        {
            var name = e.Name.LocalName;
            var type = (string?)e.Attribute("type") ?? "";
            var medium = (string?)e.Attribute("medium") ?? "";
            var isImage = (name == "enclosure" && type.StartsWith("image/", StringComparison.OrdinalIgnoreCase))
                || (e.Name.NamespaceName == MediaNs && name == "content" && (medium == "image" || type.StartsWith("image/", StringComparison.OrdinalIgnoreCase)))
                || (e.Name.NamespaceName == MediaNs && name == "thumbnail");
            if (isImage && FeedParseBuilder.TryResolve((string?)e.Attribute("url"), BaseOf(e, baseUri)) is { } url)
            {
                return url;
            }
        }
        return null;
    }

    /// <summary>Applies the xml:base attributes from the entry down to <paramref name="element"/> over the outer base.</summary>
    private static Uri BaseOf(XElement element, Uri outer)
    {
        var chain = new List<string>();
        for (var e = element; e is not null; e = e.Parent)
        {
            if ((string?)e.Attribute(XmlNs + "base") is { } value)
            {
                chain.Add(value);
            }
        }
        var result = outer;
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            result = FeedParseBuilder.TryResolve(chain[i], result) ?? result;
        }
        return result;
    }

    private static XElement? Child(XElement? parent, string localName, string? ns = null) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName && (ns is null || e.Name.NamespaceName == ns));

    private static string? Text(XElement? element)
    {
        var value = element?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>Atom text constructs: xhtml content is the inner markup of its div, html and text are the element's value.</summary>
    private static string? AtomText(XElement? element)
    {
        if (element is null)
        {
            return null;
        }
        if (string.Equals((string?)element.Attribute("type"), "xhtml", StringComparison.OrdinalIgnoreCase))
        {
            var div = element.Elements().FirstOrDefault();
            var inner = div is null ? element.Value : string.Concat(div.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            return string.IsNullOrWhiteSpace(inner) ? null : inner.Trim();
        }
        return Text(element);
    }

    /// <summary>RSS author is "email (Name)"; the name is what a reader wants.</summary>
    private static string? AuthorName(string? author)
    {
        if (author is null)
        {
            return null;
        }
        var open = author.IndexOf('(', StringComparison.Ordinal);
        var close = author.LastIndexOf(')');
        if (author.Contains('@', StringComparison.Ordinal) && open >= 0 && close > open)
        {
            return FeedParseBuilder.CleanText(author[(open + 1)..close]);
        }
        return FeedParseBuilder.CleanText(author);
    }
}
