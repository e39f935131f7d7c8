using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsdesk.Benchmarks;

/// <summary>Runs the real `newsdesk` executable under /usr/bin/time to get wall time and peak memory.</summary>
internal static partial class ProcessRunner
{
    /// <param name="CpuSeconds">User and system CPU time of the process (0 without /usr/bin/time).</param>
    public sealed record Run(int ExitCode, TimeSpan Wall, long PeakRssKb, string Stdout, string Stderr, double CpuSeconds = 0);

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
        var cpu = CpuTime().Matches(err).Sum(c => double.Parse(c.Groups[1].Value, CultureInfo.InvariantCulture));
        return new Run(p.ExitCode, wall, rss, await stdout, err, cpu);
    }

    [GeneratedRegex(@"(?:User|System) time \(seconds\): ([\d.]+)")]
    private static partial Regex CpuTime();

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex MaxRss();
}
