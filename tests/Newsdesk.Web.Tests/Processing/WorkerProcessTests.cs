using System.Diagnostics;
using Newsdesk.Model;
using Newsdesk.Processing;
using Newsdesk.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Web.Tests.Processing;

/// <summary>Real `newsdesk work` processes sharing one queue.</summary>
public sealed class WorkerProcessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Work_TwoProcessesOnPostgres1000Jobs_EachJobRunsToCompletionExactlyOnce()
    {
        await using var db = await TestDatabase.CreatePostgresAsync(TimeProvider.System);
        var jobs = Enumerable.Range(0, 1000).Select(_ => PipelineRoutes.ProbeJob(2)).ToList();
        Assert.Equal(1000, await db.Store.EnqueueAsync(jobs, TimeProvider.System.GetUtcNow(), Ct));

        using var a = NewsdeskProcess.Start(Path.GetTempPath(), "work", "--drain", "--concurrency", "4", "--name", "worker-a", "--db", db.ConnectionString);
        using var b = NewsdeskProcess.Start(Path.GetTempPath(), "work", "--drain", "--concurrency", "4", "--name", "worker-b", "--db", db.ConnectionString);
        var codeA = await a.WaitAsync(TimeSpan.FromMinutes(3));
        var codeB = await b.WaitAsync(TimeSpan.FromMinutes(3));

        Assert.True(codeA == 0, a.Stderr);
        Assert.True(codeB == 0, b.Stderr);
        Assert.Equal(new JobCounts(0, 0, 1000, 0), await db.Store.CountJobsAsync(Ct));
        Assert.Equal((1000L, 1000L), await db.Store.CountProbeRunsAsync(Ct));
        Assert.Matches(@"worker-a: \d+/\d+ done", a.Stderr);
        Assert.DoesNotMatch(@"worker-a: 0/", a.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
        Assert.DoesNotMatch(@"worker-b: 0/", b.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
    }

    /// <summary>Polls until <paramref name="done"/> holds; fails after a deadline generous enough for a loaded machine.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> done, TimeSpan deadline, Func<string> explain)
    {
        var clock = Stopwatch.StartNew();
        while (!await done())
        {
            Assert.True(clock.Elapsed < deadline, $"not done after {deadline}: {explain()}");
            await Task.Delay(50, Ct);
        }
    }

    private static void Report(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);

    public static TheoryData<string, string, string> Stops() => new()
    {
        { "work", "TERM", "sqlite" },
        { "work", "TERM", "postgres" },
        { "run", "INT", "sqlite" },
        { "run", "INT", "postgres" },
    };

    [Theory]
    [MemberData(nameof(Stops))]
    public async Task Worker_SignalledMidRun_FinishesWhatItHoldsExitsZeroAndRestartDoesEverythingOnce(string command, string signal, string dialect)
    {
        await using var db = await TestDatabase.CreateAsync(dialect, TimeProvider.System);
        var jobs = Enumerable.Range(0, 40).Select(_ => PipelineRoutes.ProbeJob(500)).ToList();
        await db.Store.EnqueueAsync(jobs, TimeProvider.System.GetUtcNow(), Ct);
        string[] args = command == "run"
            ? ["run", "--urls", "http://127.0.0.1:0", "--db", db.ConnectionString]
            : ["work", "--concurrency", "4", "--db", db.ConnectionString];

        using var worker = NewsdeskProcess.Start(Path.GetTempPath(), args);
        // Mid-run, and for `run` with the site up (the workers start before it listens).
        await WaitUntilAsync(async () => (command == "work" || worker.Stderr.Contains("workers and site on", StringComparison.Ordinal))
                                         && (await db.Store.CountJobsAsync(Ct)) is { Done: >= 4, Running: > 0 },
            TimeSpan.FromMinutes(3), () => worker.Stderr);
        var clock = Stopwatch.StartNew();
        worker.Signal(signal);
        var code = await worker.WaitAsync(TimeSpan.FromMinutes(2));
        var stopped = clock.Elapsed;

        Assert.True(code == 0, worker.Stderr);
        var afterStop = await db.Store.CountJobsAsync(Ct);
        Assert.Equal(0, afterStop.Running); // nothing is left leased to the stopped process: nothing waits for a lease to expire
        Assert.True(afterStop.Pending > 0, "the worker finished everything before the signal; the test proves nothing");

        var (restartCode, _, stderr) = await NewsdeskProcess.RunAsync(Path.GetTempPath(), TimeSpan.FromMinutes(3),
            "work", "--drain", "--concurrency", "4", "--db", db.ConnectionString);
        var allDone = clock.Elapsed;

        Assert.True(restartCode == 0, stderr);
        Assert.Equal(new JobCounts(0, 0, 40, 0), await db.Store.CountJobsAsync(Ct));
        Assert.Equal((40L, 40L), await db.Store.CountProbeRunsAsync(Ct));
        Report($"{command} SIG{signal} on {dialect}: stopped {stopped.TotalSeconds:0.0} s after the signal, everything done {allDone.TotalSeconds:0.0} s after it");
        // One drain run after the stop did it all (asserted above). The bound on time is loose on purpose: alone this takes
        // 7-10 s, but 51 s was seen with the whole suite and other builds on two cores (bench/results/reliability.md); it
        // only catches a return of the old stall, which was the 300 s lease.
        Assert.True(allDone < TimeSpan.FromMinutes(2), $"everything was done only {allDone} after the signal");
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Work_SignalledWithJobsLongerThanTheGrace_ReleasesThemWithoutUsingAnAttempt(string dialect)
    {
        await using var db = await TestDatabase.CreateAsync(dialect, TimeProvider.System);
        await db.Store.EnqueueAsync(Enumerable.Range(0, 4).Select(_ => PipelineRoutes.ProbeJob(8_000)).ToList(), TimeProvider.System.GetUtcNow(), Ct);
        var env = new Dictionary<string, string> { ["NEWSDESK_DESK__SHUTDOWNGRACE"] = "1" };

        using var worker = NewsdeskProcess.Start(Path.GetTempPath(), env, "work", "--concurrency", "4", "--db", db.ConnectionString);
        await WaitUntilAsync(async () => (await db.Store.CountJobsAsync(Ct)).Running == 4, TimeSpan.FromMinutes(3), () => worker.Stderr);
        var clock = Stopwatch.StartNew();
        worker.Signal("TERM");
        var code = await worker.WaitAsync(TimeSpan.FromMinutes(2));
        var stopped = clock.Elapsed;

        Assert.True(code == 0, worker.Stderr);
        Assert.Equal(new JobCounts(4, 0, 0, 0), await db.Store.CountJobsAsync(Ct));
        Assert.Equal((0L, 0L), await db.Store.CountProbeRunsAsync(Ct));
        // Runnable at once, and the interrupted run did not count: the next lease is their first attempt again.
        var again = await db.Store.LeaseJobsAsync("check", 10, TimeSpan.FromMinutes(1), TimeProvider.System.GetUtcNow(), Ct);
        Assert.Equal(4, again.Count);
        Assert.All(again, j => Assert.Equal(1, j.Attempts));
        foreach (var job in again)
        {
            Assert.True(await db.Store.ReleaseJobAsync(job, TimeProvider.System.GetUtcNow(), Ct));
        }

        var (restartCode, _, stderr) = await NewsdeskProcess.RunAsync(Path.GetTempPath(), TimeSpan.FromMinutes(3),
            "work", "--drain", "--concurrency", "4", "--db", db.ConnectionString);
        Assert.True(restartCode == 0, stderr);
        Assert.Equal(new JobCounts(0, 0, 4, 0), await db.Store.CountJobsAsync(Ct));
        Assert.Equal((4L, 4L), await db.Store.CountProbeRunsAsync(Ct));
        Report($"work SIGTERM with 8 s jobs and a 1 s grace on {dialect}: stopped and released {stopped.TotalSeconds:0.0} s after the signal");
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Work_KilledMidRun_HeldJobsRunAgainWithinOneLeaseEachOnce(string dialect)
    {
        await using var db = await TestDatabase.CreateAsync(dialect, TimeProvider.System);
        var jobs = Enumerable.Range(0, 40).Select(_ => PipelineRoutes.ProbeJob(500)).ToList();
        await db.Store.EnqueueAsync(jobs, TimeProvider.System.GetUtcNow(), Ct);
        // The default lease (30 s): renewed by the heartbeat, so however loaded the machine, a live worker keeps its jobs.
        var lease = new WorkerOptions().Lease;

        using (var doomed = NewsdeskProcess.Start(Path.GetTempPath(), "work", "--concurrency", "4", "--db", db.ConnectionString))
        {
            await WaitUntilAsync(async () => (await db.Store.CountJobsAsync(Ct)) is { Done: >= 8, Running: > 0 }, TimeSpan.FromMinutes(3),
                () => doomed.Stderr);
            doomed.Kill();
        }
        var clock = Stopwatch.StartNew();
        var afterKill = await db.Store.CountJobsAsync(Ct);
        Assert.True(afterKill.Running > 0, "the worker held no job when it was killed; the test proves nothing");

        using var successor = NewsdeskProcess.Start(Path.GetTempPath(), "work", "--concurrency", "4", "--db", db.ConnectionString);
        // The killed worker's jobs come back when their lease runs out; the bound is generous, the old 300 s lease far beyond it.
        await WaitUntilAsync(async () => (await db.Store.CountJobsAsync(Ct)).Done == 40, lease + TimeSpan.FromSeconds(60), () => successor.Stderr);
        var allDone = clock.Elapsed;
        successor.Signal("TERM");
        Assert.True(await successor.WaitAsync(TimeSpan.FromMinutes(2)) == 0, successor.Stderr);

        Assert.Equal(new JobCounts(0, 0, 40, 0), await db.Store.CountJobsAsync(Ct));
        var (runs, distinct) = await db.Store.CountProbeRunsAsync(Ct);
        Assert.Equal(40, distinct);
        Assert.True(runs - distinct <= afterKill.Running, $"only the jobs in flight at the kill may run twice, but {runs - distinct} did");
        Report($"work kill -9 on {dialect} with a {lease.TotalSeconds:0} s lease: everything done {allDone.TotalSeconds:0.0} s after the kill");
    }
}
