using Newsdesk.Ingest;

namespace Newsdesk.Tests.Ingest;

public class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("HTTPS://News.Example.COM:443/Story/One#comments", "https://news.example.com/Story/One")]
    [InlineData("http://news.example.com:80/a", "http://news.example.com/a")]
    [InlineData("https://news.example.com:8443/a", "https://news.example.com:8443/a")]
    [InlineData("https://news.example.com", "https://news.example.com/")]
    [InlineData("https://news.example.com/a?utm_source=rss&utm_medium=feed&id=7&fbclid=IwAR0", "https://news.example.com/a?id=7")]
    [InlineData("https://news.example.com/a?gclid=1&dclid=2&msclkid=3&mc_cid=4&mc_eid=5&igshid=6&_ga=7", "https://news.example.com/a")]
    [InlineData("https://news.example.com/a?z=1&b=2&a=3", "https://news.example.com/a?a=3&b=2&z=1")]
    [InlineData("https://news.example.com/a?ref=homepage&ref_src=twsrc", "https://news.example.com/a")]
    [InlineData("https://news.example.com/?ref=123", "https://news.example.com/?ref=123")]
    [InlineData("https://news.example.com/a?q=%c3%a9", "https://news.example.com/a?q=%C3%A9")]
    [InlineData("https://news.example.com/a/b/../c/./d", "https://news.example.com/a/c/d")]
    [InlineData("https://user:pw@news.example.com/a", "https://news.example.com/a")]
    [InlineData("https://www.xn--bcher-kva.example/a", "https://www.xn--bcher-kva.example/a")]
    [InlineData("https://www.bücher.example/a", "https://www.xn--bcher-kva.example/a")]
    public void Canonicalize_VariousForms_Normalised(string input, string expected)
    {
        Assert.Equal(expected, UrlCanonicalizer.Canonicalize(new Uri(input)).AbsoluteUri);
    }

    [Theory]
    [InlineData("https://news.example.com/2024/03/05/story/amp/", "https://news.example.com/2024/03/05/story/")]
    [InlineData("https://news.example.com/2024/03/05/story/amp", "https://news.example.com/2024/03/05/story")]
    [InlineData("https://news.example.com/amp/2024/03/05/story", "https://news.example.com/2024/03/05/story")]
    [InlineData("https://news.example.com/story.amp.html", "https://news.example.com/story.html")]
    [InlineData("https://news.example.com/story.amp", "https://news.example.com/story")]
    [InlineData("https://news.example.com/story?amp=1", "https://news.example.com/story")]
    [InlineData("https://news.example.com/story?amp", "https://news.example.com/story")]
    [InlineData("https://news.example.com/story?outputType=amp", "https://news.example.com/story")]
    [InlineData("https://amp.news.example.com/story", "https://www.news.example.com/story")]
    [InlineData("https://www.google.com/amp/s/news.example.com/story", "https://news.example.com/story")]
    [InlineData("https://news-example-com.cdn.ampproject.org/c/s/news.example.com/story?amp=1", "https://news.example.com/story")]
    [InlineData("https://m.news.example.com/story", "https://www.news.example.com/story")]
    [InlineData("https://mobile.news.example.com/story", "https://www.news.example.com/story")]
    [InlineData("https://m.example/story", "https://m.example/story")]
    public void Canonicalize_AmpAndMobileVariants_MappedToMainSite(string input, string expected)
    {
        Assert.Equal(expected, UrlCanonicalizer.Canonicalize(new Uri(input)).AbsoluteUri);
    }

    [Fact]
    public void DedupeKey_SameStoryManyLinks_OneKey()
    {
        string[] links =
        [
            "https://www.news.example.com/world/summit-ends",
            "http://news.example.com/world/summit-ends/",
            "https://m.news.example.com/world/summit-ends?utm_campaign=x#top",
            "https://news.example.com/world/summit-ends/amp/",
            "https://www.google.com/amp/s/news.example.com/world/summit-ends",
        ];

        var keys = links.Select(l => UrlCanonicalizer.DedupeKey(new Uri(l))).Distinct().ToList();

        Assert.Equal("news.example.com/world/summit-ends", Assert.Single(keys));
    }

    [Fact]
    public void DedupeKey_DifferentStories_DifferentKeys()
    {
        Assert.NotEqual(
            UrlCanonicalizer.DedupeKey(new Uri("https://news.example.com/article?id=1")),
            UrlCanonicalizer.DedupeKey(new Uri("https://news.example.com/article?id=2")));
    }

    [Fact]
    public void TryCanonicalize_NotHttp_Null()
    {
        Assert.Null(UrlCanonicalizer.TryCanonicalize("javascript:alert(1)"));
        Assert.Null(UrlCanonicalizer.TryCanonicalize("not a url"));
        Assert.Equal("https://news.example.com/a", UrlCanonicalizer.TryCanonicalize("/a?utm_source=x", new Uri("https://news.example.com/b"))?.AbsoluteUri);
    }

    [Fact]
    public void ChooseCanonical_SameSiteDeclaration_Used()
    {
        var choice = UrlCanonicalizer.ChooseCanonical(
            new Uri("https://m.news.example.com/s/123?utm_source=tw"),
            "https://www.news.example.com/world/2024/03/05/summit-ends?utm_medium=x");

        Assert.Equal(CanonicalSource.RelCanonical, choice.Source);
        Assert.Equal("https://www.news.example.com/world/2024/03/05/summit-ends", choice.Url.AbsoluteUri);
        Assert.Equal("news.example.com/world/2024/03/05/summit-ends", choice.DedupeKey);
        Assert.Null(choice.Rejected);
    }

    [Fact]
    public void ChooseCanonical_RelativeDeclaration_ResolvedAgainstPage()
    {
        var choice = UrlCanonicalizer.ChooseCanonical(new Uri("https://news.example.com/print/123"), "/world/summit-ends");

        Assert.Equal("https://news.example.com/world/summit-ends", choice.Url.AbsoluteUri);
    }

    [Fact]
    public void ChooseCanonical_OtherSite_RefusedAndFetchedUrlKept()
    {
        var choice = UrlCanonicalizer.ChooseCanonical(
            new Uri("https://copycat.example/stolen-story?utm_source=x"),
            "https://news.example.com/world/summit-ends");

        Assert.Equal(CanonicalSource.FetchedUrl, choice.Source);
        Assert.Equal("https://copycat.example/stolen-story", choice.Url.AbsoluteUri);
        Assert.Contains("another site", choice.Rejected, StringComparison.Ordinal);
    }

    [Fact]
    public void ChooseCanonical_SubdomainOfOwnSite_Accepted()
    {
        var choice = UrlCanonicalizer.ChooseCanonical(new Uri("https://news.example.com/a"), "https://edition.news.example.com/a");

        Assert.Equal(CanonicalSource.RelCanonical, choice.Source);
    }

    [Fact]
    public void ChooseCanonical_ParentDomainOfTenant_Refused()
    {
        // A tenant on a shared host must not speak for the host itself.
        var choice = UrlCanonicalizer.ChooseCanonical(new Uri("https://tenant.blogs.example/post"), "https://blogs.example/featured-post");

        Assert.Equal(CanonicalSource.FetchedUrl, choice.Source);
    }

    [Fact]
    public void ChooseCanonical_HomePageForArticle_RefusedThenOgUrlUsed()
    {
        var choice = UrlCanonicalizer.ChooseCanonical(
            new Uri("https://news.example.com/world/summit-ends"),
            "https://news.example.com/",
            "https://news.example.com/world/summit-ends?ref=og");

        Assert.Equal(CanonicalSource.OgUrl, choice.Source);
        Assert.Equal("https://news.example.com/world/summit-ends", choice.Url.AbsoluteUri);
        Assert.Contains("home page", choice.Rejected, StringComparison.Ordinal);
    }

    [Fact]
    public void ChooseCanonical_NonHttpDeclaration_Refused()
    {
        var choice = UrlCanonicalizer.ChooseCanonical(new Uri("https://news.example.com/a"), "javascript:void(0)");

        Assert.Equal(CanonicalSource.FetchedUrl, choice.Source);
        Assert.Contains("not an http(s) URL", choice.Rejected, StringComparison.Ordinal);
    }
}
