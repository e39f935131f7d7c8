using Newsdesk.Extraction;

namespace Newsdesk.Tests.Extraction;

public sealed class LanguageAndDateTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Theory]
    [InlineData("<p>Die Stadt hat am Montag beschlossen, dass die neue Brücke nicht vor dem Sommer eröffnet wird, weil noch Arbeiten an den Geländern und an der Beleuchtung fehlen. Es ist ein Ärgernis für die Anwohner, die seit Jahren auf die Verbindung warten und nun wieder vertröstet werden.</p>", "de")]
    [InlineData("<p>La ville a décidé lundi que le nouveau pont ne sera pas ouvert avant l'été, car des travaux sur les garde-corps et sur l'éclairage ne sont pas encore terminés. Pour les riverains, qui attendent cette liaison depuis des années, c'est une nouvelle déception et ils le disent.</p>", "fr")]
    [InlineData("<p>The city decided on Monday that the new bridge will not open before the summer, because work on the railings and on the lighting has not been finished. It is a disappointment for residents, who have been waiting for the link for years and who were told it would be ready.</p>", "en")]
    public void Extract_NoLanguageDeclared_GuessesFromStopwords(string body, string expected)
    {
        var article = Extractor.Extract($"<html><body><article>{body}</article></body></html>", new Uri("https://example.org/a"));
        Assert.Equal(expected, article.Language?.Value);
    }

    [Fact]
    public void Extract_DeclaredLanguageContradictedByText_UsesTheText()
    {
        const string body = "<p>Die Stadt hat am Montag beschlossen, dass die neue Brücke nicht vor dem Sommer eröffnet wird, weil noch Arbeiten an den Geländern und an der Beleuchtung fehlen. Es ist ein Ärgernis für die Anwohner, die seit Jahren auf die Verbindung warten und nun wieder vertröstet werden.</p>";
        var article = Extractor.Extract($"<html lang=\"en\"><body><article>{body}</article></body></html>", new Uri("https://example.org/a"));
        Assert.Equal("de", article.Language?.Value);
    }

    [Theory]
    [InlineData("2024-03-17T21:30:00+01:00", "2024-03-17T21:30:00+01:00")]
    [InlineData("2024-03-17T21:30:00+0100", "2024-03-17T21:30:00+01:00")]
    [InlineData("2024-03-17 21:30:00", "2024-03-17T21:30:00+00:00")]
    [InlineData("2024-03-17", "2024-03-17T00:00:00+00:00")]
    [InlineData("1710707400", "2024-03-17T20:30:00+00:00")]
    public void Parse_DateSpellings_GiveIsoWithOffset(string value, string expected)
    {
        Assert.Equal(expected, ExtractionContractJson.Format(DateParsing.Parse(value)));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("")]
    [InlineData("1850-01-01")]
    public void Parse_NotADate_ReturnsNull(string value)
    {
        Assert.Null(DateParsing.Parse(value));
    }

    [Fact]
    public void Extract_DeepNesting_DoesNotOverflow()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 5000)) + "<p>Deep text that is long enough to count as a paragraph of the page, with commas, and more.</p>"
            + string.Concat(Enumerable.Repeat("</div>", 5000));
        var article = Extractor.Extract(html, new Uri("https://example.org/deep"));
        Assert.NotNull(article);
    }
}
