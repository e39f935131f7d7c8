using Microsoft.Extensions.Time.Testing;

namespace Newsdesk.Demo.Tests;

/// <summary>One demo sources server for a test class, its clock fixed long after the content's demo date.</summary>
public sealed class DemoServerFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 16, 30, 0, TimeSpan.Zero);

    private DemoSourcesServer? _server;

    public DemoSourcesServer Server => _server ?? throw new InvalidOperationException("not started");

    public HttpClient Client { get; } = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });

    public async ValueTask InitializeAsync()
    {
        _server = await DemoSourcesServer.StartAsync(new DemoSourcesOptions { Clock = new FakeTimeProvider(Now) }, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
