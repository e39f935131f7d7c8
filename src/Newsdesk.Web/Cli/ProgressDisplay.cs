using System.Diagnostics;
using System.Globalization;
using Newsdesk.Processing;
using Spectre.Console;

namespace Newsdesk.Web.Cli;

/// <summary>
/// Shows progress of long work: a live bar on a terminal, plain log lines (every few seconds and at the end)
/// otherwise. Always on stderr, so stdout stays clean.
/// </summary>
/// <param name="Done">Items finished.</param>
/// <param name="Total">Items known so far (may grow while work spawns work).</param>
/// <param name="Errors">Items that failed (or will be retried).</param>
/// <param name="Detail">A short line of extra detail, such as the last error.</param>
public sealed record ProgressSnapshot(long Done, long Total, long Errors, string? Detail = null);

public static class ProgressDisplay
{
    public static bool IsInteractive => !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null or "" or "false";

    /// <summary>Runs <paramref name="work"/> while reporting <paramref name="sample"/> until the work ends.</summary>
    public static async Task<T> RunAsync<T>(string title, Func<Task<T>> work, Func<Task<ProgressSnapshot>> sample)
    {
        var clock = Stopwatch.StartNew();
        var task = work();
        if (IsInteractive)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            await console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async ctx =>
                {
                    var bar = ctx.AddTask(title);
                    while (true)
                    {
                        var s = await SafeSample(sample);
                        bar.MaxValue = Math.Max(1, s.Total);
                        bar.Value = s.Done;
                        bar.Description = Markup.Escape(Describe(title, s, clock.Elapsed));
                        if (task.IsCompleted)
                        {
                            break;
                        }
                        await Task.WhenAny(task, Task.Delay(250));
                    }
                });
        }
        else
        {
            var next = TimeSpan.FromSeconds(5);
            while (!task.IsCompleted)
            {
                await Task.WhenAny(task, Task.Delay(500));
                if (clock.Elapsed >= next && !task.IsCompleted)
                {
                    Console.Error.WriteLine(Describe(title, await SafeSample(sample), clock.Elapsed));
                    next += TimeSpan.FromSeconds(5);
                }
            }
            Console.Error.WriteLine(Describe(title, await SafeSample(sample), clock.Elapsed));
        }
        return await task;
    }

    private static async Task<ProgressSnapshot> SafeSample(Func<Task<ProgressSnapshot>> sample)
    {
        try
        {
            return await sample();
        }
        catch (Exception e)
        {
            return new ProgressSnapshot(0, 0, 0, "progress unavailable: " + e.Message);
        }
    }

    public static string Describe(string title, ProgressSnapshot s, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? s.Done / elapsed.TotalSeconds : 0;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{title}: {s.Done}/{s.Total} done, {rate:0.0}/s, {s.Errors} error{(s.Errors == 1 ? "" : "s")}");
        return s.Detail is null ? line : $"{line} ({Truncate(s.Detail, 100)})";
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    /// <summary>
    /// One line per job kind in the route's order: jobs done, their time in all, its share, and the mean per job
    /// ("step page.extract 100 jobs 3.210 s 12.3 % 32.10 ms"). Jobs run side by side, so the times add up to more than the wall time.
    /// </summary>
    public static void PrintTimings(WorkerProgress summary)
    {
        var times = summary.TimeByKind;
        var total = times.Values.Sum(t => t.TotalSeconds);
        foreach (var route in PipelineRoutes.All)
        {
            if (times.TryGetValue(route.Kind, out var time) && summary.ByKind.GetValueOrDefault(route.Kind) is var jobs and > 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"step {route.Kind} {jobs} jobs {time.TotalSeconds:0.000} s {(total > 0 ? time.TotalSeconds / total * 100 : 0):0.0} % {time.TotalMilliseconds / jobs:0.00} ms"));
            }
        }
    }
}
