using Newsdesk.Testing;

namespace Newsdesk.Tests.Support;

/// <summary>A real apertium-apy on a free 127.0.0.1 port for a test class (<see cref="ApyProcess"/>); stopped when the tests end.</summary>
public sealed class ApyServer : IAsyncLifetime
{
    private ApyProcess? _apy;

    public Uri Url => _apy?.Url ?? throw new InvalidOperationException("apertium-apy has not started.");

    public async ValueTask InitializeAsync() => _apy = await ApyProcess.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_apy is not null)
        {
            await _apy.DisposeAsync();
        }
    }
}
