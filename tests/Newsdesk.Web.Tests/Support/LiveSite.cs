using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Newsdesk.Publishing;
using Newsdesk.Storage;
using Newsdesk.Testing;
using Newsdesk.Web.Site;

namespace Newsdesk.Web.Tests.Support;

/// <summary>The site on a real Kestrel port (127.0.0.1, port chosen by the OS), built by the same function as `newsdesk serve`.</summary>
public sealed class LiveSite : IAsyncDisposable
{
    private readonly IHost _host;

    private LiveSite(IHost host, TestDatabase db, string baseUrl)
    {
        _host = host;
        Database = db;
        BaseUrl = baseUrl;
    }

    public TestDatabase Database { get; }

    public string BaseUrl { get; }

    public IServiceProvider Services => _host.Services;

    /// <param name="dialect">"sqlite" or "postgres".</param>
    /// <param name="settings">Desk settings over the defaults.</param>
    /// <param name="services">Replaces services after the site's own (a FakeTimeProvider, say).</param>
    public static async Task<LiveSite> StartAsync(string dialect, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var db = await TestDatabase.CreateAsync(dialect, TimeProvider.System);
        var values = new Dictionary<string, string?>(settings ?? []) { ["Database"] = db.ConnectionString };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var builder = SiteHost.CreateBuilder(configuration, "http://127.0.0.1:0");
        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
        var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new LiveSite(host, db, address.TrimEnd('/'));
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A client of the site over real HTTP that follows no redirects; cookies go in <paramref name="cookies"/> (none are kept when null).</summary>
    public HttpClient Browser(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = cookies is not null, CookieContainer = cookies ?? new CookieContainer() }, disposeHandler: true)
        {
            BaseAddress = new Uri(BaseUrl),
        };

    public Task<DeskSeed> SeedAsync(string fixture) =>
        DeskSeed.LoadAsync(fixture, Services.GetRequiredService<INewsStore>(), Services.GetRequiredService<IPublisher>(), TimeProvider.System,
            TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None);
        _host.Dispose();
        await Database.DisposeAsync();
    }
}
