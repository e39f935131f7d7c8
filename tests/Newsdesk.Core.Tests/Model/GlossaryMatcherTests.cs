using Newsdesk.Model;

namespace Newsdesk.Tests.Model;

public sealed class GlossaryMatcherTests
{
    [Theory]
    [InlineData("Le groupe agrandit son site au Texas.", "site", true)]
    [InlineData("Le groupe agrandit son Site au Texas.", "site", true)]
    [InlineData("Le site, puis le parking.", "site", true)]
    [InlineData("«site»", "site", true)]
    [InlineData("Les sites ferment.", "site", false)]
    [InlineData("Un parasite.", "site", false)]
    [InlineData("Le site2 ouvre.", "site", false)]
    [InlineData("L'État investit.", "état", true)]
    [InlineData("Les États-Unis investissent.", "États-Unis", true)]
    [InlineData("La Banque centrale européenne a parlé.", "banque centrale européenne", true)]
    [InlineData("La Banque centrale a parlé.", "banque centrale européenne", false)]
    [InlineData("Le projet Stargate grandit.", "  Stargate ", true)]
    [InlineData("Le projet C++ grandit.", "C++", true)]
    public void Contains_Phrase_OnlyAsWholeWordsIgnoringCase(string text, string phrase, bool expected) =>
        Assert.Equal(expected, GlossaryMatcher.Contains(text, phrase));

    [Fact]
    public void Contains_EmptyPhrase_MatchesNothing() => Assert.False(GlossaryMatcher.Contains("Un texte.", "  "));

    [Fact]
    public void Find_Phrase_GivesTheFirstPlace()
    {
        var match = GlossaryMatcher.Find("Un site, deux sites, un autre site.", "site");

        Assert.NotNull(match);
        Assert.Equal(3, match.Index);
        Assert.Equal("site", match.Value);
    }

    [Fact]
    public void FindAll_Phrase_GivesEveryWholeWordPlace() =>
        Assert.Equal([3, 30], GlossaryMatcher.FindAll("Un Site, deux sites, un autre site.", "site").Select(m => m.Index));
}
