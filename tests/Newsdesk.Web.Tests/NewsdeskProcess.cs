using System.Diagnostics;
using System.Text;

namespace Newsdesk.Web.Tests;

/// <summary>Runs the real `newsdesk` executable (built next to the tests) as a separate process.</summary>
public sealed class NewsdeskProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private NewsdeskProcess(Process process)
    {
        _process = process;
    }

    public static NewsdeskProcess Start(string workingDirectory, params string[] args) => Start(workingDirectory, null, args);

    public static NewsdeskProcess Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsdesk.dll"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        info.Environment["CI"] = "true"; // plain progress lines, no live terminal display
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
        var p = new NewsdeskProcess(new Process { StartInfo = info, EnableRaisingEvents = true });
        p._process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (p._stdout) { p._stdout.AppendLine(e.Data); } } };
        p._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (p._stderr) { p._stderr.AppendLine(e.Data); } } };
        p._process.Start();
        p._process.BeginOutputReadLine();
        p._process.BeginErrorReadLine();
        return p;
    }

    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string workingDirectory, TimeSpan timeout, params string[] args) =>
        RunAsync(workingDirectory, null, timeout, args);

    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string workingDirectory,
        IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, params string[] args)
    {
        using var p = Start(workingDirectory, environment, args);
        var code = await p.WaitAsync(timeout);
        return (code, p.Stdout, p.Stderr);
    }

    public string Stdout { get { lock (_stdout) { return _stdout.ToString(); } } }

    public string Stderr { get { lock (_stderr) { return _stderr.ToString(); } } }

    public bool HasExited => _process.HasExited;

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw new TimeoutException($"newsdesk {string.Join(' ', _process.StartInfo.ArgumentList.Skip(1))} did not finish within {timeout}.\nstderr:\n{Stderr}");
        }
        _process.WaitForExit(); // flush the redirected streams
        return _process.ExitCode;
    }

    public int Id => _process.Id;

    /// <summary>Sends a signal by name ("TERM" as systemd stops a service, "INT" as Ctrl+C), as `kill -s` does.</summary>
    public void Signal(string name)
    {
        var info = new ProcessStartInfo("kill") { UseShellExecute = false };
        info.ArgumentList.Add("-s");
        info.ArgumentList.Add(name);
        info.ArgumentList.Add(_process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var kill = Process.Start(info)!;
        kill.WaitForExit();
        if (kill.ExitCode != 0 && !_process.HasExited)
        {
            throw new InvalidOperationException($"kill -s {name} {_process.Id} failed with exit code {kill.ExitCode}.");
        }
    }

    /// <summary>Kills the process at once, as a crash or `kill -9` would.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
