using System.Text;

namespace Newsdesk.Text;

/// <summary>
/// Turns raw page bytes into text: BOM, HTTP charset, &lt;meta&gt; prescan of the first 4 KiB,
/// strict UTF-8, then windows-1252 — with sanity checks against wrong declarations.
/// </summary>
public static class CharsetDecoder
{
    private const int PrescanLength = 4096;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    static CharsetDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>The windows-1252 encoding (what browsers use for ISO-8859-1, ASCII and undeclared Western pages).</summary>
    public static Encoding Windows1252 { get; } = GetWindows1252();

    private static Encoding GetWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="httpCharset"/> is the Content-Type charset when known.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? httpCharset = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DecodedText(LenientUtf8.GetString(bytes[3..]), Encoding.UTF8, CharsetSource.ByteOrderMark, null);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), Encoding.Unicode, CharsetSource.ByteOrderMark, null);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), Encoding.BigEndianUnicode, CharsetSource.ByteOrderMark, null);
        }

        var utf8 = Utf8Check.Scan(bytes);
        if (TryResolve(httpCharset, fromMeta: false) is { } fromHeader)
        {
            return DecodeDeclared(bytes, fromHeader, CharsetSource.HttpHeader, httpCharset!, utf8);
        }
        var metaLabel = MetaPrescan.FindCharset(bytes[..Math.Min(bytes.Length, PrescanLength)]);
        if (TryResolve(metaLabel, fromMeta: true) is { } fromMeta)
        {
            return DecodeDeclared(bytes, fromMeta, CharsetSource.MetaTag, metaLabel!, utf8);
        }
        if (utf8.IsValid)
        {
            return new DecodedText(LenientUtf8.GetString(bytes), Encoding.UTF8, CharsetSource.Utf8Detected, metaLabel);
        }
        return new DecodedText(Windows1252.GetString(bytes), Windows1252, CharsetSource.Fallback, metaLabel);
    }

    private static DecodedText DecodeDeclared(ReadOnlySpan<byte> bytes, Encoding declared, CharsetSource source, string label, Utf8Check utf8)
    {
        if (declared.CodePage == Encoding.UTF8.CodePage)
        {
            // A page that says UTF-8 but whose non-ASCII bytes are mostly not UTF-8 is a legacy page with a
            // copied template; decoding it as UTF-8 would turn every accented letter into U+FFFD.
            if (!utf8.IsValid && utf8.InvalidSequences > utf8.MultiByteSequences)
            {
                return new DecodedText(Windows1252.GetString(bytes), Windows1252, CharsetSource.Fallback, label);
            }
            return new DecodedText(LenientUtf8.GetString(bytes), Encoding.UTF8, source, label);
        }
        if (IsSingleByteWestern(declared) && utf8.IsValid && utf8.MultiByteSequences > 0)
        {
            // Valid multi-byte UTF-8 practically never happens by chance in Latin text ("Ã©" would be needed),
            // so a Latin-1 declaration on such bytes is a stale template header.
            return new DecodedText(LenientUtf8.GetString(bytes), Encoding.UTF8, CharsetSource.Utf8Detected, label);
        }
        return new DecodedText(declared.GetString(bytes), declared, source, label);
    }

    private static bool IsSingleByteWestern(Encoding encoding) =>
        encoding.CodePage is 1252 or 28591 or 28605 or 20127 or 1250 or 28592;

    /// <summary>Maps a charset label to an encoding the way browsers do (WHATWG Encoding labels); null when unknown.</summary>
    public static Encoding? TryResolve(string? label, bool fromMeta = false)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (name)
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8" or "x-unicode20utf8":
                return Encoding.UTF8;
            case "utf-16" or "utf-16le" or "utf-16be" or "unicode" or "ucs-2":
                // A <meta> cannot truthfully declare UTF-16 (the prescan read it as ASCII), so browsers use UTF-8.
                return fromMeta ? Encoding.UTF8 : name == "utf-16be" ? Encoding.BigEndianUnicode : Encoding.Unicode;
            case "iso-8859-1" or "iso8859-1" or "iso_8859-1" or "latin1" or "l1" or "latin-1" or "us-ascii" or "ascii"
                or "ansi_x3.4-1968" or "windows-1252" or "cp1252" or "x-cp1252" or "cp819" or "ibm819" or "iso-ir-100":
                return Windows1252;
            case "iso-8859-15" or "iso8859-15" or "latin9" or "latin-9" or "l9" or "iso_8859-15" or "csisolatin9":
                return Encoding.GetEncoding(28605);
            case "gb2312" or "gbk" or "x-gbk" or "gb_2312-80" or "chinese" or "csgb2312" or "iso-ir-58" or "cp936":
                return Encoding.GetEncoding(936);
            case "gb18030":
                return Encoding.GetEncoding(54936);
            case "shift_jis" or "shift-jis" or "sjis" or "x-sjis" or "ms_kanji" or "windows-31j" or "csshiftjis" or "ms932":
                return Encoding.GetEncoding(932);
            case "euc-kr" or "ks_c_5601-1987" or "windows-949" or "cseuckr":
                return Encoding.GetEncoding(949);
            case "big5" or "big5-hkscs" or "cn-big5" or "x-x-big5":
                return Encoding.GetEncoding(950);
            default:
                try
                {
                    return Encoding.GetEncoding(name);
                }
                catch (ArgumentException)
                {
                    return null;
                }
        }
    }
}
