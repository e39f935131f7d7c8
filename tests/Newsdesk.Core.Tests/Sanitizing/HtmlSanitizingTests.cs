using Newsdesk.Sanitizing;

namespace Newsdesk.Tests.Sanitizing;

public sealed class HtmlSanitizingTests
{
    private static readonly Uri Base = new("https://news.example.com/section/story");

    [Fact]
    public void Sanitize_ScriptElement_IsRemovedWithItsContent()
    {
        var html = HtmlSanitizing.Default.Sanitize("<p>Text</p><script>alert('x')</script>", Base);
        Assert.DoesNotContain("script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", html, StringComparison.Ordinal);
        Assert.Contains("<p>Text</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_EventHandlersAndStyles_AreRemoved()
    {
        var html = HtmlSanitizing.Default.Sanitize("<p onclick=\"x()\" style=\"color:red\">Hi <img src=\"a.png\" onerror=\"y()\"></p>", Base);
        Assert.DoesNotContain("onclick", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_JavascriptUrl_IsRemoved()
    {
        var html = HtmlSanitizing.Default.Sanitize("<a href=\"javascript:alert(1)\">link</a> <a href=\"JaVaScRiPt:evil()\">b</a>", Base);
        Assert.DoesNotContain("javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("link", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_IframeAndObject_AreRemoved()
    {
        var html = HtmlSanitizing.Default.Sanitize("<iframe src=\"https://evil.example\"></iframe><object data=\"x.swf\"></object><p>ok</p>", Base);
        Assert.DoesNotContain("iframe", html, StringComparison.Ordinal);
        Assert.DoesNotContain("object", html, StringComparison.Ordinal);
        Assert.Contains("<p>ok</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_RelativeUrls_BecomeAbsolute()
    {
        var html = HtmlSanitizing.Default.Sanitize("<a href=\"../other\">a</a><img src=\"/img/x.jpg\" alt=\"x\">", Base);
        Assert.Contains("href=\"https://news.example.com/other\"", html, StringComparison.Ordinal);
        Assert.Contains("src=\"https://news.example.com/img/x.jpg\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_UnknownWrappers_KeepTheirText()
    {
        var html = HtmlSanitizing.Default.Sanitize("<div class=\"x\"><span>kept <em>text</em></span></div>", Base);
        Assert.Equal("kept <em>text</em>", html);
    }

    [Fact]
    public void Sanitize_DataUrlAndClass_AreRemoved()
    {
        var html = HtmlSanitizing.Default.Sanitize("<p class=\"lead\"><a href=\"data:text/html,<script>x</script>\">d</a></p>", Base);
        Assert.DoesNotContain("data:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class", html, StringComparison.Ordinal);
    }
}
