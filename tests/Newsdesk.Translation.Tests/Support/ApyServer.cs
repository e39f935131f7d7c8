using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Newsdesk.Tests.Support;

/// <summary>A real apertium-apy on a free 127.0.0.1 port, serving the installed modes; stopped when the tests end.</summary>
public sealed class ApyServer : IAsyncLifetime
{
    private Process? _process;

    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    public async ValueTask InitializeAsync()
    {
        var port = FreePort();
        var start = new ProcessStartInfo("apertium-apy")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "/usr/share/apertium/modes" })
        {
            start.ArgumentList.Add(argument);
        }
        _process = Process.Start(start) ?? throw new InvalidOperationException("apertium-apy did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Url = new Uri($"http://127.0.0.1:{port}/");
        using var http = new HttpClient(new SocketsHttpHandler(), disposeHandler: true) { Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(Url, "listPairs"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // not answering yet
            }
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"apertium-apy exited with code {_process.ExitCode}.");
            }
            await Task.Delay(200);
        }
        throw new InvalidOperationException("apertium-apy did not answer /listPairs within 20 s.");
    }

    public ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        _process?.Dispose();
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
