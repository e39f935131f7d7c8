using System.Net;
using System.Xml.Linq;

namespace Newsdesk.Demo.Tests;

/// <summary>Where the outlets are served: separate loopback addresses, or path prefixes where only 127.0.0.1 can be
/// bound (macOS).</summary>
public sealed class DemoSourcesLayoutTests
{
    // TEST-NET-1 (RFC 5737): no interface has these, so binding them fails as 127.0.0.2 does on macOS.
    private static readonly IPAddress[] Unassigned = [IPAddress.Parse("192.0.2.1"), IPAddress.Parse("192.0.2.2")];

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

    [Fact]
    public async Task StartAsync_AutoWhereTheAddressesDoNotExist_FallsBackToPathPrefixes()
    {
        await using var server = await DemoSourcesServer.StartAsync(new DemoSourcesOptions { HostAddresses = Unassigned }, Cancel);

        Assert.Equal(DemoSourcesLayout.PathPrefixes, server.Layout);
        Assert.All(server.Outlets, o => Assert.Equal("127.0.0.1", o.HomeUrl.Host));
    }

    [Fact]
    public async Task StartAsync_SeparateHostsWhereTheAddressesDoNotExist_Throws()
    {
        var options = new DemoSourcesOptions { Layout = DemoSourcesLayout.SeparateHosts, HostAddresses = Unassigned };

        var error = await Assert.ThrowsAsync<IOException>(() => DemoSourcesServer.StartAsync(options, Cancel));

        Assert.Contains("192.0.2.1:0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_AutoWithItsPortInUse_ThrowsInsteadOfChangingLayout()
    {
        var busy = new System.Net.Sockets.TcpListener(IPAddress.Parse("127.0.0.2"), 0);
        busy.Start();
        try
        {
            var port = ((IPEndPoint)busy.LocalEndpoint).Port;

            var error = await Assert.ThrowsAsync<IOException>(() => DemoSourcesServer.StartAsync(new DemoSourcesOptions { Port = port }, Cancel));

            Assert.Contains($"127.0.0.2:{port}", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            busy.Stop();
        }
    }
}
