using Newsdesk.Fetching;

namespace Newsdesk.Tests.Fetching;

public class RobotsRulesTests
{
    private static RobotsRules Rules(string text, string token = "Newsdesk") => RobotsRules.Parse(text, token);

    [Theory]
    [InlineData("/private/x", false)]
    [InlineData("/private/open-letter", true)]
    [InlineData("/news", true)]
    [InlineData("/", true)]
    public void IsAllowed_OwnGroup_LongestMatchWins(string path, bool allowed)
    {
        var rules = Rules("User-agent: *\nDisallow: /\n\nUser-agent: Newsdesk\nDisallow: /private/\nAllow: /private/open-\n");

        Assert.Equal(allowed, rules.IsAllowed(path));
    }

    [Fact]
    public void IsAllowed_NoOwnGroup_StarGroupApplies()
    {
        var rules = Rules("User-agent: SomeoneElse\nDisallow: /\n\nUser-agent: *\nDisallow: /search\n");

        Assert.False(rules.IsAllowed("/search?q=x"));
        Assert.True(rules.IsAllowed("/news"));
    }

    [Fact]
    public void IsAllowed_GroupSharedByAgents_AppliesToEach()
    {
        var rules = Rules("User-agent: Otherbot\nUser-agent: newsdesk/2.0\nDisallow: /drafts/\n");

        Assert.False(rules.IsAllowed("/drafts/1"));
    }

    [Theory]
    [InlineData("/files/report.pdf", false)]
    [InlineData("/files/report.pdf?download=1", true)]
    [InlineData("/a/b/print/story", false)]
    [InlineData("/story?session=1", false)]
    [InlineData("/story", true)]
    public void IsAllowed_WildcardsAndAnchor(string path, bool allowed)
    {
        var rules = Rules("User-agent: *\nDisallow: /*.pdf$\nDisallow: /*/print/\nDisallow: /*?session=\n");

        Assert.Equal(allowed, rules.IsAllowed(path));
    }

    [Fact]
    public void IsAllowed_TieBetweenAllowAndDisallow_AllowWins()
    {
        var rules = Rules("User-agent: *\nDisallow: /page\nAllow: /page\n");

        Assert.True(rules.IsAllowed("/page"));
    }

    [Fact]
    public void IsAllowed_EmptyDisallowAndComments_AllowEverything()
    {
        var rules = Rules("# nothing is off limits\nUser-agent: * # all\nDisallow:\n");

        Assert.True(rules.IsAllowed("/anything"));
    }

    [Fact]
    public void IsAllowed_RobotsTxtItself_AlwaysAllowed()
    {
        Assert.True(RobotsRules.DisallowAll.IsAllowed("/robots.txt"));
        Assert.False(RobotsRules.DisallowAll.IsAllowed("/news"));
    }

    [Fact]
    public void IsAllowed_PercentEncodingAndNonAscii_CompareAlike()
    {
        var rules = Rules("User-agent: *\nDisallow: /actualités/\n");

        Assert.False(rules.IsAllowed("/actualit%c3%a9s/une"));
        Assert.False(rules.IsAllowed("/actualit%C3%A9s/une"));
    }

    [Fact]
    public void CrawlDelay_FromChosenGroup()
    {
        var text = "User-agent: *\nCrawl-delay: 10\n\nUser-agent: Newsdesk\nCrawl-delay: 2.5\nDisallow: /x\n";

        Assert.Equal(TimeSpan.FromSeconds(2.5), Rules(text).CrawlDelay);
        Assert.Equal(TimeSpan.FromSeconds(10), Rules(text, "Other").CrawlDelay);
        Assert.Null(Rules("User-agent: *\nDisallow: /x\n").CrawlDelay);
    }

    [Fact]
    public void Parse_PathologicalPattern_MatchesQuickly()
    {
        var rules = Rules("User-agent: *\nDisallow: /" + string.Concat(Enumerable.Repeat("*a", 200)) + "b\n");

        Assert.True(rules.IsAllowed("/" + new string('a', 5000)));
    }
}
