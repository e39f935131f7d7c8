using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Newsdesk.Model;

namespace Newsdesk.Text;

/// <summary>
/// The longest text the desk keeps from outside (feeds, sitemaps, pages and their JSON-LD), in UTF-16 characters, and
/// the functions that apply them. Every cap is applied before anything is stored, and every cut is reported (a feed
/// problem on the source, or a warning in the log); nothing from outside is stored unbounded. The caps are far above
/// what real news carries, so only junk or an attack ever meets them. docs/architecture.md lists them.
/// </summary>
public static class FieldLimits
{
    /// <summary>Links of every kind (story, image and enclosure, sitemap, discovered feed, canonical): 2,048, the sitemap
    /// protocol's limit. A longer link is dropped, never cut (a cut URL is another URL); a story whose link is longer is skipped.</summary>
    public const int Url = 2_048;

    /// <summary>Entry ids (RSS guid, Atom id, JSON Feed id): 500. A longer id is replaced by "sha256:" and the hash of the
    /// whole id, so that two long ids stay two entries.</summary>
    public const int EntryId = 500;

    /// <summary>Titles and headlines (feed entry, page, JSON-LD headline): 1,000.</summary>
    public const int Title = 1_000;

    /// <summary>Authors and bylines: 500.</summary>
    public const int Author = 500;

    /// <summary>Summaries, descriptions and standfirsts: 10,000.</summary>
    public const int Summary = 10_000;

    /// <summary>Full content a feed carries (content:encoded, Atom content, content_html) and a JSON-LD articleBody: 1,000,000.</summary>
    public const int Content = 1_000_000;

    /// <summary>One category, tag, keyword or section name: 200.</summary>
    public const int Category = 200;

    /// <summary>How many categories or tags one entry or article keeps: 50.</summary>
    public const int Categories = 50;

    /// <summary>A site or publisher name: 200.</summary>
    public const int Name = 200;

    /// <summary>
    /// Makes text from outside safe to store: NUL and the other C0 controls except tab, line feed and carriage return are
    /// dropped (PostgreSQL refuses NUL in text), a lone surrogate becomes U+FFFD (it is not UTF-8), and text longer than
    /// <paramref name="limit"/> is cut there (never inside a surrogate pair) and ends with "…". When it was cut, a notice
    /// naming <paramref name="field"/> is added to <paramref name="notices"/>.
    /// </summary>
    public static string? Bound(string? text, int limit, string field, ICollection<string>? notices)
    {
        if (text is null)
        {
            return null;
        }
        var clean = Clean(text);
        if (clean.Length <= limit)
        {
            return clean;
        }
        var cut = limit - 1;
        if (cut > 0 && char.IsHighSurrogate(clean[cut - 1]))
        {
            cut--;
        }
        notices?.Add(string.Create(CultureInfo.InvariantCulture, $"{field} was {clean.Length:N0} characters; cut to {limit:N0}"));
        return string.Concat(clean.AsSpan(0, cut), "…");
    }

    /// <summary>A list of short texts bounded one by one, and in number: empty ones dropped, at most <paramref name="count"/> kept.</summary>
    public static IReadOnlyList<string> BoundAll(IEnumerable<string> items, int limit, int count, string field, ICollection<string>? notices)
    {
        var kept = new List<string>();
        var total = 0;
        var cutOne = false;
        foreach (var item in items)
        {
            total++;
            if (kept.Count >= count)
            {
                continue;
            }
            var clean = Clean(item);
            cutOne |= clean.Length > limit;
            var bounded = Bound(clean, limit, field, null);
            if (!string.IsNullOrWhiteSpace(bounded))
            {
                kept.Add(bounded);
            }
        }
        if (cutOne)
        {
            notices?.Add(string.Create(CultureInfo.InvariantCulture, $"a {field} was longer than {limit:N0} characters; cut"));
        }
        if (total > count)
        {
            notices?.Add(string.Create(CultureInfo.InvariantCulture, $"{total:N0} {field} values; the first {count:N0} kept"));
        }
        return kept;
    }

    /// <summary>An absolute URL no longer than <see cref="Url"/>; null (and a notice) when it is longer.</summary>
    public static Uri? BoundUrl(Uri? url, string field, ICollection<string>? notices)
    {
        if (url is null || url.AbsoluteUri.Length <= Url)
        {
            return url;
        }
        notices?.Add(string.Create(CultureInfo.InvariantCulture, $"{field} is {url.AbsoluteUri.Length:N0} characters long, over the {Url:N0} cap; dropped"));
        return null;
    }

    /// <summary>An id cleaned as <see cref="Bound"/> cleans text; when longer than <see cref="EntryId"/>, "sha256:" and the hash of it.</summary>
    public static string BoundId(string id, ICollection<string>? notices)
    {
        ArgumentNullException.ThrowIfNull(id);
        var clean = Clean(id);
        if (clean.Length <= EntryId)
        {
            return clean;
        }
        notices?.Add(string.Create(CultureInfo.InvariantCulture, $"id was {clean.Length:N0} characters; kept as its SHA-256 hash"));
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(clean)));
    }

    /// <summary>
    /// An extracted article with every field within its cap: title, standfirst, byline, section, tags, site name, image
    /// and canonical URL (dropped when too long), and the body: blocks are cleaned, and those beyond <see cref="Content"/>
    /// characters in all are left out. A page's JSON-LD strings reach the article only through these fields.
    /// </summary>
    public static ExtractedArticle Bound(ExtractedArticle article, ICollection<string>? notices)
    {
        ArgumentNullException.ThrowIfNull(article);
        var blocks = new List<ArticleBlock>(article.Blocks.Count);
        var total = 0L;
        foreach (var block in article.Blocks)
        {
            var text = Clean(block.Text);
            total += text.Length;
            if (total > Content)
            {
                notices?.Add(string.Create(CultureInfo.InvariantCulture,
                    $"the body is longer than {Content:N0} characters; {article.Blocks.Count - blocks.Count:N0} of {article.Blocks.Count:N0} blocks left out"));
                break;
            }
            blocks.Add(block with
            {
                Text = text,
                Html = block.Html is null ? null : Clean(block.Html),
                ImageUrl = block.ImageUrl is { Length: > Url } ? null : block.ImageUrl,
            });
        }
        return article with
        {
            Title = Bound(article.Title, Title, "title", notices) ?? "",
            Lead = Bound(article.Lead, Summary, "standfirst", notices),
            Byline = Bound(article.Byline, Author, "byline", notices),
            Section = Bound(article.Section, Category, "section", notices),
            Tags = BoundAll(article.Tags, Category, Categories, "tag", notices),
            SiteName = Bound(article.SiteName, Name, "site name", notices),
            MainImage = BoundUrlText(article.MainImage, "image URL", notices),
            CanonicalUrl = BoundUrlText(article.CanonicalUrl, "declared canonical URL", notices),
            Blocks = blocks,
        };
    }

    private static string? BoundUrlText(string? url, string field, ICollection<string>? notices)
    {
        if (url is null || url.Length <= Url)
        {
            return url is null ? null : Clean(url);
        }
        notices?.Add(string.Create(CultureInfo.InvariantCulture, $"{field} is {url.Length:N0} characters long, over the {Url:N0} cap; dropped"));
        return null;
    }

    /// <summary>Drops C0 controls other than tab, line feed and carriage return, and replaces lone surrogates with U+FFFD.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        var i = 0;
        for (; i < span.Length; i++)
        {
            if (NeedsWork(span, i))
            {
                break;
            }
        }
        if (i == span.Length)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        sb.Append(span[..i]);
        for (; i < span.Length; i++)
        {
            var c = span[i];
            if (c < ' ' && c is not ('\t' or '\n' or '\r'))
            {
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                sb.Append(c).Append(span[i + 1]);
                i++;
                continue;
            }
            sb.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
        }
        return sb.ToString();
    }

    private static bool NeedsWork(ReadOnlySpan<char> span, int i)
    {
        var c = span[i];
        if (c < ' ')
        {
            return c is not ('\t' or '\n' or '\r');
        }
        if (!char.IsSurrogate(c))
        {
            return false;
        }
        if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
        {
            return false;
        }
        // A low surrogate right after a high one is the second half of a valid pair.
        return !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(span[i - 1]));
    }
}
