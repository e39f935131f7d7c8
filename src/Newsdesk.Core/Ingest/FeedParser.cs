using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Newsdesk.Ingest;

/// <summary>Turns a fetched body into feed entries: RSS 2.0, RSS 1.0/RDF, Atom, JSON Feed, sitemaps, sitemap indexes and
/// Google News sitemaps; recognises HTML pages and lists the feeds they advertise. Never throws for bad input:
/// every problem is recorded in the result and one bad entry never stops the others.</summary>
public static partial class FeedParser
{
    [GeneratedRegex(@"^(?:\s|<\?.*?\?>|<!--.*?-->)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"<!ENTITY", RegexOptions.CultureInvariant)]
    private static partial Regex EntityDeclaration();

    /// <summary>Parses one document.</summary>
    /// <param name="body">The response body (already decoded from Content-Encoding).</param>
    /// <param name="sourceUrl">The final URL the body came from: relative links resolve against it.</param>
    /// <param name="headerCharset">The charset parameter of the Content-Type header, if any.</param>
    /// <param name="options">Limits; <see cref="FeedParserOptions.Default"/> when null.</param>
    public static FeedParseResult Parse(ReadOnlyMemory<byte> body, Uri sourceUrl, string? headerCharset = null, FeedParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sourceUrl);
        var b = new FeedParseBuilder(sourceUrl, options ?? FeedParserOptions.Default);
        try
        {
            ParseInto(body, headerCharset, b, allowGzip: true);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug must not take the source down with it; say what happened instead.
            b.Error = $"the document could not be parsed ({ex.GetType().Name}: {ex.Message})";
            b.Problem(FeedProblemKind.UnknownFormat, b.Error);
        }
        return b.Build();
    }

    private static void ParseInto(ReadOnlyMemory<byte> body, string? headerCharset, FeedParseBuilder b, bool allowGzip)
    {
        if (body.IsEmpty || body.Span.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            b.Error = "the document is empty";
            b.Problem(FeedProblemKind.Empty, b.Error);
            return;
        }
        if (allowGzip && body.Span.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            var inflated = Gunzip(body, b);
            if (inflated is not null)
            {
                ParseInto(inflated, null, b, allowGzip: false);
            }
            return;
        }
        var choice = CharsetDetection.Detect(body.Span, headerCharset);
        var prefix = choice.Encoding.GetString(body.Span.Slice(choice.BomLength, Math.Min(body.Length - choice.BomLength, 4096))).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (prefix.StartsWith('{') || prefix.StartsWith('['))
        {
            b.Encoding = "utf-8";
            JsonFeedReader.Read(ToUtf8(body, choice), b);
            return;
        }
        if (!prefix.StartsWith('<'))
        {
            b.Error = $"the document is not XML, JSON or HTML (it starts with '{FeedParseBuilder.Shorten(new string(prefix.Take(20).Select(c => char.IsControl(c) ? '?' : c).ToArray()))}')";
            b.Problem(FeedProblemKind.UnknownFormat, b.Error);
            return;
        }
        if (HtmlStart().IsMatch(prefix))
        {
            ReadHtml(body, headerCharset, b);
            return;
        }
        b.Encoding = choice.Encoding.WebName;
        if (choice.Warning is not null)
        {
            b.Problem(FeedProblemKind.CharsetMismatch, choice.Warning);
        }
        var declaresEntities = prefix.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) && EntityDeclaration().IsMatch(prefix);
        // XML forbids anything before the declaration, but PHP-generated feeds often start with a blank line.
        var start = choice.BomLength;
        if (choice.Encoding.IsSingleByte || choice.Encoding.CodePage == Encoding.UTF8.CodePage)
        {
            var skipped = body.Span[start..].IndexOfAnyExcept(" \t\r\n"u8);
            if (skipped > 0)
            {
                start += skipped;
                b.Problem(FeedProblemKind.MalformedXml, $"{skipped} whitespace bytes before the XML declaration were skipped");
            }
        }
        using var stream = AsStream(body[start..]);
        using var text = new StreamReader(stream, choice.Encoding, detectEncodingFromByteOrderMarks: false);
        if (!XmlFeedReader.Read(text, b, declaresEntities))
        {
            ReadHtml(body, headerCharset, b);
        }
    }

    private static void ReadHtml(ReadOnlyMemory<byte> body, string? headerCharset, FeedParseBuilder b)
    {
        var document = FeedDiscovery.Parse(body, headerCharset, out var encodingName);
        var feeds = FeedDiscovery.FindFeeds(document, b.SourceUrl);
        var page = FeedDiscovery.PageInfo(document, b.SourceUrl);
        b.Kind = FeedKind.HtmlPage;
        b.Encoding = encodingName;
        b.Title = page.Title;
        b.Language = page.Language;
        b.Discovered = feeds;
        b.Page = page;
        b.Error = feeds.Count > 0
            ? $"this is an HTML page, not a feed; did you mean one of these discovered feeds: {string.Join(", ", feeds.Select(f => f.Url.AbsoluteUri))}"
            : "this is an HTML page, not a feed, and it advertises no feed (no <link rel=\"alternate\"> of an RSS, Atom or JSON Feed type)";
        b.Problem(FeedProblemKind.NotAFeed, b.Error);
    }

    /// <summary>A read-only stream over the body without copying it when it is backed by an array (it always is here).</summary>
    private static MemoryStream AsStream(ReadOnlyMemory<byte> body) =>
        MemoryMarshal.TryGetArray(body, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(body.ToArray(), writable: false);

    private static ReadOnlyMemory<byte> ToUtf8(ReadOnlyMemory<byte> body, CharsetDetection.Choice choice)
    {
        // JSON is UTF-8 by definition; only a BOM or a UTF-16 document needs work.
        if (choice.Encoding is UTF8Encoding || choice.Encoding.CodePage == Encoding.UTF8.CodePage)
        {
            return body[choice.BomLength..];
        }
        if (choice.BomLength > 0)
        {
            return Encoding.UTF8.GetBytes(choice.Encoding.GetString(body.Span[choice.BomLength..]));
        }
        return body;
    }

    private static byte[]? Gunzip(ReadOnlyMemory<byte> body, FeedParseBuilder b)
    {
        var cap = b.Options.MaxDecompressedBytes;
        try
        {
            using var input = AsStream(body);
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > cap)
                {
                    b.Error = $"the gzip-compressed document expands to more than {cap} bytes (the configured cap); refused as a possible decompression bomb";
                    b.Problem(FeedProblemKind.TooLarge, b.Error);
                    return null;
                }
                output.Write(buffer, 0, read);
            }
            return output.ToArray();
        }
        catch (InvalidDataException ex)
        {
            b.Error = $"the document looks gzip-compressed but cannot be decompressed: {ex.Message}";
            b.Problem(FeedProblemKind.UnknownFormat, b.Error);
            return null;
        }
    }
}
