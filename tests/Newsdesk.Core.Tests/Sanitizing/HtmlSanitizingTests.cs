using Newsdesk.Sanitizing;

namespace Newsdesk.Tests.Sanitizing;

public sealed class HtmlSanitizingTests
{
    private static readonly Uri Base = new("https://news.example.com/section/story");

    [Fact]
    public void Sanitize_ScriptElement_IsRemovedWithItsContent()
    {
        var html = HtmlSanitizing.Default.Sanitize("Text <em>here</em><script>alert('x')</script>", Base);
        Assert.DoesNotContain("script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", html, StringComparison.Ordinal);
        Assert.Equal("Text <em>here</em>", html);
    }

    [Fact]
    public void Sanitize_EventHandlersAndStyles_AreRemoved()
    {
        var html = HtmlSanitizing.Default.Sanitize("<em onclick=\"x()\" style=\"color:red\">Hi</em> <img src=\"a.png\" onerror=\"y()\">", Base);
        Assert.DoesNotContain("onclick", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_ImageInsideBlockContent_IsRemoved()
    {
        // An engine or a page cannot smuggle a tracking image into a paragraph; figures come only from caption blocks.
        var html = HtmlSanitizing.Default.Sanitize("Texte <img src=\"https://tracker.example/p.gif\"> suite", Base);
        Assert.DoesNotContain("img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("tracker", html, StringComparison.Ordinal);
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
        var html = HtmlSanitizing.Default.Sanitize("<iframe src=\"https://evil.example\"></iframe><object data=\"x.swf\"></object>ok", Base);
        Assert.DoesNotContain("iframe", html, StringComparison.Ordinal);
        Assert.DoesNotContain("object", html, StringComparison.Ordinal);
        Assert.Equal("ok", html);
    }

    [Fact]
    public void Sanitize_RelativeUrls_BecomeAbsolute()
    {
        var html = HtmlSanitizing.Default.Sanitize("<a href=\"../other\">a</a>", Base);
        Assert.Contains("href=\"https://news.example.com/other\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_BlockWrappers_KeepTheirText()
    {
        var html = HtmlSanitizing.Default.Sanitize("<div class=\"x\"><p>kept <em>text</em></p></div>", Base);
        Assert.Equal("kept <em>text</em>", html);
    }

    [Fact]
    public void Sanitize_DataTable_IsKept()
    {
        var html = HtmlSanitizing.Default.Sanitize("<table><tbody><tr><th>Ville</th><td colspan=\"2\">Lyon</td></tr></tbody></table>", Base);
        Assert.Equal("<table><tbody><tr><th>Ville</th><td colspan=\"2\">Lyon</td></tr></tbody></table>", html);
    }

    [Fact]
    public void Sanitize_DataUrlAndClass_AreRemoved()
    {
        var html = HtmlSanitizing.Default.Sanitize("<span class=\"lead\"><a href=\"data:text/html,<script>x</script>\">d</a></span>", Base);
        Assert.DoesNotContain("data:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_ForStorage_LeavesLinksAsTheyAre_ForPage_MarksThemNofollow()
    {
        const string link = "<a href=\"https://x.example/\">x</a>";
        Assert.Equal(link, HtmlSanitizing.Default.Sanitize(link));
        Assert.Equal("<a href=\"https://x.example/\" rel=\"nofollow noopener\">x</a>", HtmlSanitizing.Default.SanitizeForPage(link));
    }
}
