using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsdesk.Benchmarks;

/// <summary>Runs the real `newsdesk` executable under /usr/bin/time to get wall time and peak memory.</summary>
internal static partial class ProcessRunner
{
    public sealed record Run(int ExitCode, TimeSpan Wall, long PeakRssKb, string Stdout, string Stderr);

    public static async Task<Run> NewsdeskAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo(File.Exists("/usr/bin/time") ? "/usr/bin/time" : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (info.FileName == "/usr/bin/time")
        {
            info.ArgumentList.Add("-v");
            info.ArgumentList.Add("dotnet");
        }
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newsdesk.dll"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        info.Environment["CI"] = "true";
        foreach (var (k, v) in environment)
        {
            info.Environment[k] = v;
        }
        var clock = Stopwatch.StartNew();
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        var wall = clock.Elapsed;
        var err = await stderr;
        var rss = MaxRss().Match(err) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        return new Run(p.ExitCode, wall, rss, await stdout, err);
    }

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex MaxRss();
}
