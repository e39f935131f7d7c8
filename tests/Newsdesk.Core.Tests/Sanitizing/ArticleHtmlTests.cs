using Newsdesk.Model;
using Newsdesk.Sanitizing;

namespace Newsdesk.Tests.Sanitizing;

public sealed class ArticleHtmlTests
{
    /// <summary>Issue 20, point 6: a block kept in another language carries its lang attribute (and a class the site marks it with).</summary>
    [Fact]
    public void Body_BlockInAnotherLanguage_MarkedWithItsLanguage()
    {
        var html = ArticleHtml.Body(
        [
            new ArticleBlock(BlockType.Paragraph, "Le train revient."),
            new ArticleBlock(BlockType.Quote, "We never gave up.", Language: LanguageTag.Parse("en")),
            new ArticleBlock(BlockType.Paragraph, "¡Por fin!", Language: LanguageTag.Parse("es")),
        ]);

        Assert.Equal("<p>Le train revient.</p>\n<blockquote lang=\"en\" class=\"kept-language\"><p>We never gave up.</p></blockquote>\n" +
            "<p lang=\"es\" class=\"kept-language\">¡Por fin!</p>\n", html);
    }

    [Fact]
    public void Body_EachBlockType_WritesItsOwnStructure()
    {
        var html = ArticleHtml.Body(
        [
            new ArticleBlock(BlockType.Paragraph, "Un <b>texte</b> & plus"),
            new ArticleBlock(BlockType.Heading2, "Titre", "Titre <em>fort</em>"),
            new ArticleBlock(BlockType.Heading3, "Sous-titre"),
            new ArticleBlock(BlockType.Quote, "Citation"),
            new ArticleBlock(BlockType.ListItem, "Un"),
            new ArticleBlock(BlockType.ListItem, "Deux"),
            new ArticleBlock(BlockType.Caption, "Légende", null, "https://img.example/a.jpg"),
            new ArticleBlock(BlockType.Table, "Ville | Lyon", "<table><tbody><tr><td>Ville</td><td>Lyon</td></tr></tbody></table>"),
        ]);

        Assert.Equal(
            "<p>Un &lt;b&gt;texte&lt;/b&gt; &amp; plus</p>\n<h2>Titre <em>fort</em></h2>\n<h3>Sous-titre</h3>\n<blockquote><p>Citation</p></blockquote>\n" +
            "<ul><li>Un</li><li>Deux</li></ul>\n" +
            "<figure><img src=\"https://img.example/a.jpg\" alt=\"\" loading=\"lazy\"><figcaption>Légende</figcaption></figure>\n" +
            "<div class=\"table\"><table><tbody><tr><td>Ville</td><td>Lyon</td></tr></tbody></table></div>\n",
            html);
    }

    [Fact]
    public void Body_HostileBlockHtml_IsSanitisedWithThePolicy()
    {
        var html = ArticleHtml.Body([new ArticleBlock(BlockType.Paragraph, "x",
            "<a href=\"https://x.example/\" onclick=\"e()\">lien</a><script>alert(1)</script><img src=\"https://t.example/p.gif\">")]);

        Assert.Equal("<p><a href=\"https://x.example/\" rel=\"nofollow noopener\">lien</a></p>\n", html);
    }

    [Fact]
    public void Body_CaptionWithUnsafeImageUrl_HasNoImage()
    {
        var html = ArticleHtml.Body([new ArticleBlock(BlockType.Caption, "Légende", null, "javascript:alert(1)")]);

        Assert.Equal("<figure><figcaption>Légende</figcaption></figure>\n", html);
    }
}
