using AngleSharp.Html.Parser;

namespace Newsdesk.Demo.Tests;

/// <summary>Content text never becomes markup in the served pages, feeds or JSON-LD.</summary>
public sealed class DemoSourcesEscapingTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pages_MarkupInContent_IsServedAsText()
    {
        var content = DemoContent.Build([("hostile-title.txt", DemoFixtures.Read("hostile-title.txt"))], new Dictionary<string, byte[]>());
        Assert.Empty(content.Problems);
        await using var server = await DemoSourcesServer.StartAsync(new DemoSourcesOptions { Content = content, Layout = DemoSourcesLayout.PathPrefixes }, Cancel);
        using var client = new HttpClient(new SocketsHttpHandler());
        var article = Assert.Single(content.Articles);

        foreach (var page in server.Pages)
        {
            var document = new HtmlParser().ParseDocument(await client.GetStringAsync(page.Url, Cancel));

            Assert.Equal(article.Title, document.QuerySelector("h1")!.TextContent);
            Assert.DoesNotContain(document.QuerySelectorAll("script:not([type]), script[type='text/javascript']"), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
            Assert.Empty(document.QuerySelectorAll("[onerror], [onload], i, svg"));
            Assert.DoesNotContain(document.QuerySelectorAll("b"), b => b.TextContent == "gras");
            var link = document.QuerySelector("a[href^='https://example.org/']");
            Assert.Equal("https://example.org/?a=1&b=<x>", link?.GetAttribute("href"));
            if (document.QuerySelector("script[type='application/ld+json']") is { } jsonLd)
            {
                using var json = System.Text.Json.JsonDocument.Parse(jsonLd.TextContent);
                Assert.Equal(article.Title, json.RootElement.GetProperty("headline").GetString());
            }
        }
        foreach (var outlet in server.Outlets)
        {
            var feed = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync(outlet.FeedUrl, Cancel));
            Assert.Contains(feed.Descendants(), e => e.Name.LocalName == "title" && e.Value == article.Title);
        }
    }
}
