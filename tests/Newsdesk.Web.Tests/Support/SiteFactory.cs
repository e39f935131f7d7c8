using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Publishing;
using Newsdesk.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Web.Tests.Support;

/// <summary>The site through WebApplicationFactory (in-memory server) over a real test database, seeded from a fixture.</summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase _db;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public SiteFactory(TestDatabase db, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _db = db;
        // Publishing in this process evicts the cache directly; the cross-process watcher would only add timing noise here.
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase) { ["Site:ChangePollInterval"] = "01:00:00" };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }
        _settings["Database"] = db.ConnectionString;
        _services = services;
    }

    public TestDatabase Database => _db;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(_settings));
        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public Task<DeskSeed> SeedAsync(string fixture) =>
        DeskSeed.LoadAsync(fixture, Get<INewsStore>(), Get<IPublisher>(), TimeProvider.System, TestContext.Current.CancellationToken);

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
}
