using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Newsdesk.Testing;

/// <summary>A real apertium-apy (Debian package) on a free 127.0.0.1 port, serving the installed modes; killed on dispose.</summary>
public sealed class ApyProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ApyProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>Starts APy and waits until it answers /listPairs (at most 20 s).</summary>
    public static async Task<ApyProcess> StartAsync(string modesDirectory = "/usr/share/apertium/modes")
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        var start = new ProcessStartInfo("apertium-apy") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-p", port.ToString(CultureInfo.InvariantCulture), modesDirectory })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("apertium-apy did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var apy = new ApyProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        using var http = new HttpClient(new SocketsHttpHandler(), disposeHandler: true) { Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(apy.Url, "listPairs"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return apy;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening or not answering yet
            }
            if (process.HasExited)
            {
                await apy.DisposeAsync();
                throw new InvalidOperationException($"apertium-apy exited with code {process.ExitCode}.");
            }
            await Task.Delay(200);
        }
        await apy.DisposeAsync();
        throw new InvalidOperationException("apertium-apy did not answer /listPairs within 20 s.");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            // already gone, or not gone in time: nothing more to do
        }
        _process.Dispose();
    }
}
