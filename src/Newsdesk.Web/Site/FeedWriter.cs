using System.Globalization;
using System.Text;
using System.Xml;

namespace Newsdesk.Web.Site;

/// <summary>A feed entry, plain text fields (the writer escapes them).</summary>
public sealed record FeedEntry(string Title, string Url, string? Summary, DateTimeOffset Published, DateTimeOffset Updated, string? Author,
    string? Category);

/// <summary>RSS 2.0 and Atom 1.0 documents written with XmlWriter, so every field is escaped and no control character gets through.</summary>
public static class FeedWriter
{
    public static string Rss(string title, string siteUrl, string selfUrl, string language, IReadOnlyList<FeedEntry> entries, DateTimeOffset now)
    {
        using var ms = new MemoryStream();
        using (var w = XmlWriter.Create(ms, Settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("rss");
            w.WriteAttributeString("version", "2.0");
            w.WriteAttributeString("xmlns", "atom", null, "http://www.w3.org/2005/Atom");
            w.WriteAttributeString("xmlns", "dc", null, "http://purl.org/dc/elements/1.1/");
            w.WriteStartElement("channel");
            w.WriteElementString("title", Clean(title));
            w.WriteElementString("link", siteUrl);
            w.WriteElementString("description", Clean(title));
            w.WriteElementString("language", language);
            w.WriteElementString("lastBuildDate", (entries.Count > 0 ? entries.Max(e => e.Updated) : now).ToString("r", CultureInfo.InvariantCulture));
            w.WriteStartElement("atom", "link", "http://www.w3.org/2005/Atom");
            w.WriteAttributeString("href", selfUrl);
            w.WriteAttributeString("rel", "self");
            w.WriteAttributeString("type", "application/rss+xml");
            w.WriteEndElement();
            foreach (var e in entries)
            {
                w.WriteStartElement("item");
                w.WriteElementString("title", Clean(e.Title));
                w.WriteElementString("link", e.Url);
                w.WriteStartElement("guid");
                w.WriteAttributeString("isPermaLink", "true");
                w.WriteString(e.Url);
                w.WriteEndElement();
                w.WriteElementString("pubDate", e.Published.ToString("r", CultureInfo.InvariantCulture));
                if (e.Summary is { Length: > 0 })
                {
                    w.WriteElementString("description", Clean(e.Summary));
                }
                if (e.Author is { Length: > 0 })
                {
                    w.WriteElementString("dc", "creator", null, Clean(e.Author));
                }
                if (e.Category is { Length: > 0 })
                {
                    w.WriteElementString("category", Clean(e.Category));
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    public static string Atom(string title, string siteUrl, string selfUrl, string language, IReadOnlyList<FeedEntry> entries, DateTimeOffset now)
    {
        const string Ns = "http://www.w3.org/2005/Atom";
        using var ms = new MemoryStream();
        using (var w = XmlWriter.Create(ms, Settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("feed", Ns);
            w.WriteAttributeString("xml", "lang", null, language);
            w.WriteElementString("title", Ns, Clean(title));
            w.WriteElementString("id", Ns, selfUrl);
            w.WriteElementString("updated", Ns, Iso(entries.Count > 0 ? entries.Max(e => e.Updated) : now));
            Link(w, Ns, selfUrl, "self", "application/atom+xml");
            Link(w, Ns, siteUrl, "alternate", "text/html");
            foreach (var e in entries)
            {
                w.WriteStartElement("entry", Ns);
                w.WriteElementString("title", Ns, Clean(e.Title));
                w.WriteElementString("id", Ns, e.Url);
                Link(w, Ns, e.Url, "alternate", "text/html");
                w.WriteElementString("published", Ns, Iso(e.Published));
                w.WriteElementString("updated", Ns, Iso(e.Updated));
                w.WriteStartElement("author", Ns);
                w.WriteElementString("name", Ns, Clean(e.Author is { Length: > 0 } a ? a : title));
                w.WriteEndElement();
                if (e.Summary is { Length: > 0 })
                {
                    w.WriteStartElement("summary", Ns);
                    w.WriteAttributeString("type", "text");
                    w.WriteString(Clean(e.Summary));
                    w.WriteEndElement();
                }
                if (e.Category is { Length: > 0 })
                {
                    w.WriteStartElement("category", Ns);
                    w.WriteAttributeString("term", Clean(e.Category));
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static void Link(XmlWriter w, string ns, string href, string rel, string type)
    {
        w.WriteStartElement("link", ns);
        w.WriteAttributeString("href", href);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteEndElement();
    }

    internal static readonly XmlWriterSettings Settings = new() { Indent = true, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };

    internal static string Iso(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Drops characters XML 1.0 cannot carry (control characters, lone surrogates).</summary>
    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
