using System.Net;
using System.Xml.Linq;
using Newsdesk.Web.Demo;

namespace Newsdesk.Web.Tests.Demo;

/// <summary>The layout used where only 127.0.0.1 can be bound (macOS): both outlets on one origin.</summary>
public sealed class DemoSourcesPathPrefixTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartAsync_PathPrefixes_ServesBothOutletsUnderTheirPrefixes()
    {
        await using var server = await DemoSourcesServer.StartAsync(new DemoSourcesOptions { Layout = DemoSourcesLayout.PathPrefixes }, Cancel);
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });

        Assert.Equal(["127.0.0.1"], server.AllowedAddresses);
        Assert.Equal(TimeSpan.Zero, server.DateShift);
        foreach (var outlet in server.Outlets)
        {
            Assert.Equal($"/{outlet.Id}/", outlet.HomeUrl.AbsolutePath);
            var feed = XDocument.Parse(await client.GetStringAsync(outlet.FeedUrl, Cancel));
            Assert.Contains(feed.Descendants(), e => e.Name.LocalName is "item" or "entry");
        }
        foreach (var page in server.Pages)
        {
            using var response = await client.GetAsync(page.Url, Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        var robots = await client.GetStringAsync(new Uri(server.Outlets[0].HomeUrl, "/robots.txt"), Cancel);
        Assert.Contains("Disallow: /traboules/recherche", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /ecume/recherche", robots, StringComparison.Ordinal);
        using var bare = await client.GetAsync(new Uri(server.Outlets[0].HomeUrl, "/traboules"), Cancel);
        Assert.Equal(HttpStatusCode.MovedPermanently, bare.StatusCode);
        Assert.Equal("/traboules/", bare.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task StartAsync_GivenPort_ListensOnIt()
    {
        // Find a free port, release it, then ask the server for it.
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();

        await using var server = await DemoSourcesServer.StartAsync(new DemoSourcesOptions { Layout = DemoSourcesLayout.PathPrefixes, Port = port }, Cancel);

        Assert.All(server.Outlets, o => Assert.Equal(port, o.HomeUrl.Port));
    }
}
