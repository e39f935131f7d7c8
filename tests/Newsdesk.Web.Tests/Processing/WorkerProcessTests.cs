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

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Work_KilledMidwayAndRestarted_FinishesEveryJob(string dialect)
    {
        await using var db = await TestDatabase.CreateAsync(dialect, TimeProvider.System);
        var jobs = Enumerable.Range(0, 200).Select(_ => PipelineRoutes.ProbeJob(20)).ToList();
        await db.Store.EnqueueAsync(jobs, TimeProvider.System.GetUtcNow(), Ct);

        using (var doomed = NewsdeskProcess.Start(Path.GetTempPath(), "work", "--concurrency", "4", "--lease-seconds", "2", "--db", db.ConnectionString))
        {
            while ((await db.Store.CountJobsAsync(Ct)).Done < 40)
            {
                Assert.False(doomed.HasExited, doomed.Stderr);
                await Task.Delay(20, Ct);
            }
            doomed.Kill();
        }
        var afterKill = await db.Store.CountJobsAsync(Ct);
        Assert.True(afterKill.Open > 0, "the worker was killed after all jobs were done; the test proves nothing");

        var (code, _, stderr) = await NewsdeskProcess.RunAsync(Path.GetTempPath(), TimeSpan.FromMinutes(2),
            "work", "--drain", "--concurrency", "4", "--lease-seconds", "2", "--db", db.ConnectionString);
        // Jobs the killed worker held come back when their lease expires; a draining worker may finish before that, so run until none are open.
        for (var run = 0; run < 30 && (await db.Store.CountJobsAsync(Ct)).Open > 0; run++)
        {
            await Task.Delay(500, Ct);
            (code, _, stderr) = await NewsdeskProcess.RunAsync(Path.GetTempPath(), TimeSpan.FromMinutes(2),
                "work", "--drain", "--concurrency", "4", "--lease-seconds", "2", "--db", db.ConnectionString);
        }

        Assert.True(code == 0, stderr);
        Assert.Equal(new JobCounts(0, 0, 200, 0), await db.Store.CountJobsAsync(Ct));
        var (runs, distinct) = await db.Store.CountProbeRunsAsync(Ct);
        Assert.Equal(200, distinct);
        Assert.True(runs - distinct <= 4, $"only the jobs in flight at the kill may run twice, but {runs - distinct} did");
    }
}
