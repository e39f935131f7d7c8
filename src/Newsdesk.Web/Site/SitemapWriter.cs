using System.Text;
using System.Xml;

namespace Newsdesk.Web.Site;

/// <summary>sitemap.xml (with hreflang alternates) and the Google News sitemap.</summary>
public static class SitemapWriter
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string NewsNs = "http://www.google.com/schemas/sitemap-news/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    public sealed record Url(string Loc, DateTimeOffset? LastModified, IReadOnlyList<HrefLang> Alternates);

    public sealed record NewsUrl(string Loc, string PublicationName, string Language, DateTimeOffset Published, string Title);

    public static string Sitemap(IEnumerable<Url> urls)
    {
        using var ms = new MemoryStream();
        using (var w = XmlWriter.Create(ms, FeedWriter.Settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("urlset", Ns);
            w.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
            foreach (var u in urls)
            {
                w.WriteStartElement("url", Ns);
                w.WriteElementString("loc", Ns, u.Loc);
                if (u.LastModified is { } m)
                {
                    w.WriteElementString("lastmod", Ns, FeedWriter.Iso(m));
                }
                foreach (var a in u.Alternates)
                {
                    w.WriteStartElement("xhtml", "link", XhtmlNs);
                    w.WriteAttributeString("rel", "alternate");
                    w.WriteAttributeString("hreflang", a.Language);
                    w.WriteAttributeString("href", a.Href);
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    public static string News(IEnumerable<NewsUrl> urls)
    {
        using var ms = new MemoryStream();
        using (var w = XmlWriter.Create(ms, FeedWriter.Settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("urlset", Ns);
            w.WriteAttributeString("xmlns", "news", null, NewsNs);
            foreach (var u in urls)
            {
                w.WriteStartElement("url", Ns);
                w.WriteElementString("loc", Ns, u.Loc);
                w.WriteStartElement("news", "news", NewsNs);
                w.WriteStartElement("news", "publication", NewsNs);
                w.WriteElementString("news", "name", NewsNs, FeedWriter.Clean(u.PublicationName));
                w.WriteElementString("news", "language", NewsNs, u.Language);
                w.WriteEndElement();
                w.WriteElementString("news", "publication_date", NewsNs, FeedWriter.Iso(u.Published));
                w.WriteElementString("news", "title", NewsNs, FeedWriter.Clean(u.Title));
                w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }
}
