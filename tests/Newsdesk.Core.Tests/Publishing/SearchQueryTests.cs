using Newsdesk.Publishing;

namespace Newsdesk.Tests.Publishing;

public sealed class SearchQueryTests
{
    [Fact]
    public void Parse_WordsAndQuotedPhrase_SplitsThem()
    {
        var q = SearchQuery.Parse("inversión \"banco central\" Francia");

        Assert.Equal(["inversión", "Francia"], q.Terms);
        Assert.Equal(["banco central"], q.Phrases);
    }

    [Fact]
    public void Parse_OperatorsAndUnclosedQuote_AreOrdinaryWords()
    {
        var q = SearchQuery.Parse("a* OR (b) NEAR/2 \"c d");

        Assert.Equal(["a", "OR", "b", "NEAR", "2", "c", "d"], q.Terms);
        Assert.Empty(q.Phrases);
    }

    [Fact]
    public void Parse_LongInput_KeepsAtMostMaxWords()
    {
        Assert.Equal(SearchQuery.MaxWords, SearchQuery.Parse(string.Join(' ', Enumerable.Range(0, 100).Select(i => "w" + i))).Terms.Count);
    }

    [Theory]
    [InlineData("États-Unis", "etats-unis")]
    [InlineData("  Straße & Co.  ", "strasse-co")]
    [InlineData("<script>", "script")]
    [InlineData("Œuvre d'art", "oeuvre-d-art")]
    public void Slug_From_IsLowerAsciiWithHyphens(string text, string expected) => Assert.Equal(expected, Slug.From(text));
}
