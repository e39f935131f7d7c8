using System.Text;
using System.Text.RegularExpressions;

namespace Newsdesk.Ingest;

/// <summary>Chooses the encoding of a fetched XML document: BOM, then the declared charsets (HTTP header, then the XML
/// declaration), checked against the bytes, then strict UTF-8, then windows-1252. HTML goes through
/// <see cref="Newsdesk.Text.CharsetDecoder"/> instead; this one exists because XML declares its encoding differently.</summary>
internal static partial class CharsetDetection
{
    static CharsetDetection()
    {
        // windows-1252 and ISO-8859-15 are not built into .NET; the provider ships with the runtime.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>The encoding to use, how many BOM bytes to skip, and a warning when a declaration was overruled.</summary>
    internal sealed record Choice(Encoding Encoding, int BomLength, string? Warning);

    [GeneratedRegex(@"^\s*<\?xml[^>]*?encoding\s*=\s*[""']([A-Za-z0-9._:-]+)[""']", RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclaration();

    private static Encoding Windows1252 => Newsdesk.Text.CharsetDecoder.Windows1252;

    /// <summary>Maps a charset label to an encoding; ISO-8859-1 and US-ASCII become windows-1252 as browsers do. Null when unknown.</summary>
    public static Encoding? FromLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        if (name is "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "l1" or "us-ascii" or "ascii" or "iso_8859-1" or "cp1252" or "x-cp1252")
        {
            return Windows1252;
        }
        if (name is "utf8" or "unicode-1-1-utf-8")
        {
            name = "utf-8";
        }
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Chooses the encoding for an XML document.</summary>
    public static Choice Detect(ReadOnlySpan<byte> bytes, string? headerCharset)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new Choice(new UTF8Encoding(false), 3, null);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new Choice(Encoding.Unicode, 2, null);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new Choice(Encoding.BigEndianUnicode, 2, null);
        }
        var prefix = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 2048)]);
        var inDocument = XmlDeclaration().Match(prefix);
        var documentLabel = inDocument.Success ? inDocument.Groups[1].Value : null;
        var header = WithoutBomOnlyEncodings(FromLabel(headerCharset));
        var document = WithoutBomOnlyEncodings(FromLabel(documentLabel));
        var declared = header ?? document;
        var declaredLabel = header is not null ? $"charset={headerCharset} in the Content-Type header" : $"encoding '{documentLabel}' declared in the document";
        var validUtf8 = System.Text.Unicode.Utf8.IsValid(bytes);

        if (declared is null)
        {
            var unknown = headerCharset is not null || documentLabel is not null
                ? $"unknown charset '{headerCharset ?? documentLabel}'; "
                : null;
            if (validUtf8)
            {
                return new Choice(new UTF8Encoding(false), 0, unknown is null ? null : unknown + "decoded as UTF-8");
            }
            return new Choice(Windows1252, 0, (unknown ?? "no charset declared and ") + "the bytes are not valid UTF-8; decoded as windows-1252");
        }
        if (declared.CodePage == Encoding.UTF8.CodePage)
        {
            if (validUtf8)
            {
                return new Choice(new UTF8Encoding(false), 0, null);
            }
            // A header that claims UTF-8 for Latin-1 bytes is common; the document's own declaration is the next witness.
            if (header is not null && document is not null && document.CodePage != Encoding.UTF8.CodePage)
            {
                return new Choice(document, 0, $"{declaredLabel} but the bytes are not valid UTF-8; decoded as {document.WebName} as the document declares");
            }
            return new Choice(Windows1252, 0, $"{declaredLabel} but the bytes are not valid UTF-8; decoded as windows-1252");
        }
        if (declared.IsSingleByte && validUtf8 && HasMultiByteSequence(bytes))
        {
            // Multi-byte UTF-8 sequences are vanishingly unlikely in real single-byte text, so the declaration is wrong.
            return new Choice(new UTF8Encoding(false), 0, $"{declaredLabel} but the bytes are valid UTF-8 with non-ASCII characters; decoded as UTF-8");
        }
        return new Choice(declared, 0, null);
    }

    /// <summary>Without a BOM the prefix was readable as ASCII, so a UTF-16/32 label is simply wrong (a common
    /// mistake in XML declarations); treat it as no declaration rather than decode every byte pair as one character.</summary>
    private static Encoding? WithoutBomOnlyEncodings(Encoding? encoding) =>
        encoding is UnicodeEncoding or UTF32Encoding ? null : encoding;

    private static bool HasMultiByteSequence(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;
}
