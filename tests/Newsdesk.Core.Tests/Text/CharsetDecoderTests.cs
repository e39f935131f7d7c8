using System.Text;
using Newsdesk.Text;

namespace Newsdesk.Tests.Text;

public sealed class CharsetDecoderTests
{
    private static readonly Encoding Windows1252 = CharsetDecoder.Windows1252;

    [Fact]
    public void Decode_Utf8Bom_StripsBomAndUsesUtf8()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<p>Grüße</p>")];
        var decoded = CharsetDecoder.Decode(bytes);
        Assert.Equal("<p>Grüße</p>", decoded.Text);
        Assert.Equal(CharsetSource.ByteOrderMark, decoded.Source);
    }

    [Fact]
    public void Decode_Utf16LittleEndianBom_DecodesUtf16()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("<p>été</p>")];
        Assert.Equal("<p>été</p>", CharsetDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void Decode_NoDeclarationWindows1252Bytes_FallsBackToWindows1252()
    {
        var bytes = Windows1252.GetBytes("<p>L’été – 5 €</p>");
        var decoded = CharsetDecoder.Decode(bytes);
        Assert.Equal("<p>L’été – 5 €</p>", decoded.Text);
        Assert.Equal(CharsetSource.Fallback, decoded.Source);
    }

    [Fact]
    public void Decode_NoDeclarationValidUtf8_DetectsUtf8()
    {
        var decoded = CharsetDecoder.Decode(Encoding.UTF8.GetBytes("<p>Ça coûte 5 €</p>"));
        Assert.Equal("<p>Ça coûte 5 €</p>", decoded.Text);
        Assert.Equal(CharsetSource.Utf8Detected, decoded.Source);
    }

    [Fact]
    public void Decode_MetaIso88591_MeansWindows1252()
    {
        // WHATWG: the label iso-8859-1 decodes as windows-1252, so 0x80 is the euro sign, not a C1 control.
        var bytes = Windows1252.GetBytes("<meta charset=\"ISO-8859-1\"><p>5 € – „gut“</p>");
        var decoded = CharsetDecoder.Decode(bytes);
        Assert.Contains("5 € – „gut“", decoded.Text, StringComparison.Ordinal);
        Assert.Equal(CharsetSource.MetaTag, decoded.Source);
        Assert.Equal(1252, decoded.Encoding.CodePage);
    }

    [Fact]
    public void Decode_MetaIso885915_DecodesEuroSignAtA4()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("<meta charset=iso-8859-15><p>10 "), 0xA4, .. Encoding.ASCII.GetBytes("</p>")];
        Assert.Contains("10 €", CharsetDecoder.Decode(bytes).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_HttpEquivContentType_IsHonoured()
    {
        var bytes = Windows1252.GetBytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>Bäcker</p>");
        Assert.Contains("Bäcker", CharsetDecoder.Decode(bytes).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_CharsetInsideComment_IsIgnored()
    {
        var bytes = Windows1252.GetBytes("<!-- <meta charset=\"shift_jis\"> --><p>Bäcker</p>");
        var decoded = CharsetDecoder.Decode(bytes);
        Assert.Contains("Bäcker", decoded.Text, StringComparison.Ordinal);
        Assert.Equal(CharsetSource.Fallback, decoded.Source);
    }

    [Fact]
    public void Decode_DeclaredUtf8ButWindows1252Bytes_AvoidsReplacementCharacters()
    {
        var bytes = Windows1252.GetBytes("<meta charset=\"utf-8\"><p>Qualität für Bäcker, Brötchen und Käse</p>");
        var decoded = CharsetDecoder.Decode(bytes);
        Assert.Contains("Qualität für Bäcker, Brötchen und Käse", decoded.Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', decoded.Text);
        Assert.Equal("utf-8", decoded.DeclaredCharset);
    }

    [Fact]
    public void Decode_DeclaredUtf8WithOneStrayByte_StaysUtf8()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("<meta charset=utf-8><p>Grüße aus Köln, schöne Tage "), 0xE9, .. Encoding.UTF8.GetBytes(" für alle</p>")];
        var decoded = CharsetDecoder.Decode(bytes);
        Assert.Contains("Grüße aus Köln, schöne Tage", decoded.Text, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.CodePage, decoded.Encoding.CodePage);
    }

    [Fact]
    public void Decode_DeclaredLatin1ButValidUtf8_UsesUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=\"iso-8859-1\"><p>Grüße</p>");
        Assert.Contains("Grüße", CharsetDecoder.Decode(bytes).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_HttpCharsetShiftJis_DecodesJapanese()
    {
        var shiftJis = CharsetDecoder.TryResolve("shift_jis")!;
        var bytes = shiftJis.GetBytes("<p>東京の天気</p>");
        var decoded = CharsetDecoder.Decode(bytes, "Shift_JIS");
        Assert.Equal("<p>東京の天気</p>", decoded.Text);
        Assert.Equal(CharsetSource.HttpHeader, decoded.Source);
    }

    [Fact]
    public void Decode_MetaGb2312_DecodesAsGbk()
    {
        var gbk = CharsetDecoder.TryResolve("gbk")!;
        byte[] bytes = [.. Encoding.ASCII.GetBytes("<meta charset=\"gb2312\">"), .. gbk.GetBytes("<p>新闻</p>")];
        Assert.Contains("新闻", CharsetDecoder.Decode(bytes).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("latin1", 1252)]
    [InlineData("US-ASCII", 1252)]
    [InlineData("utf8", 65001)]
    [InlineData("x-sjis", 932)]
    public void TryResolve_WhatwgLabel_MapsLikeBrowsers(string label, int codePage)
    {
        Assert.Equal(codePage, CharsetDecoder.TryResolve(label)!.CodePage);
    }

    [Fact]
    public void TryResolve_UnknownLabel_ReturnsNull()
    {
        Assert.Null(CharsetDecoder.TryResolve("no-such-charset"));
    }
}
