using Microsoft.Extensions.Logging.Abstractions;
using Newsdesk.Model;
using Newsdesk.Processing;
using Newsdesk.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Web.Tests.Processing;

/// <summary>A worker on a real SQLite queue: steps prepare before their first job, and the time of each step is kept.</summary>
public sealed class JobWorkerPreparationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_FirstJobOfARoute_StepsItLeadsToPrepareOnceAndNoOthers()
    {
        await using var db = await TestDatabase.CreateSqliteAsync(TimeProvider.System);
        var steps = PipelineRoutes.All.Select(r => new CountingStep(r)).ToList();
        List<JobDraft> jobs =
        [
            PipelineRoutes.FetchSourceJob(new SourceId(1), "a"), PipelineRoutes.FetchSourceJob(new SourceId(2), "a"),
            PipelineRoutes.FetchSourceJob(new SourceId(3), "a"), PipelineRoutes.ExtractPageJob(new PageId(1)), PipelineRoutes.ExtractPageJob(new PageId(2)),
        ];
        await db.Store.EnqueueAsync(jobs, TimeProvider.System.GetUtcNow(), Ct);
        var worker = new JobWorker(db.Store, new Pipeline(steps), TimeProvider.System, new WorkerOptions { Concurrency = 2 }, NullLogger<JobWorker>.Instance);

        var summary = await worker.RunAsync(drain: true, Ct);

        var prepared = steps.Where(s => s.Prepared > 0).ToDictionary(s => s.Route.Kind, s => s.Prepared);
        // source.fetch leads to source.fetch, page.fetch and page.extract; page.extract to article.translate. Nothing ran
        // that leads to the check, publish or labels steps.
        Assert.Equal(new Dictionary<string, int>
        {
            [PipelineRoutes.FetchSource.Kind] = 1, [PipelineRoutes.FetchPage.Kind] = 1, [PipelineRoutes.ExtractPage.Kind] = 1,
            [PipelineRoutes.Translate.Kind] = 1,
        }, prepared);
        Assert.All(steps.Where(s => s.Ran > 0), s => Assert.True(s.PreparedBeforeFirstRun, $"{s.Route.Kind} ran before it was prepared"));
        Assert.Equal(3, summary.ByKind[PipelineRoutes.FetchSource.Kind]);
        Assert.Equal(summary.ByKind.Keys.Order(), summary.TimeByKind.Keys.Order());
        Assert.All(summary.TimeByKind.Values, t => Assert.True(t > TimeSpan.Zero));
    }

    [Fact]
    public async Task RunAsync_PrepareThrows_JobsStillRun()
    {
        await using var db = await TestDatabase.CreateSqliteAsync(TimeProvider.System);
        var steps = PipelineRoutes.All.Select(r => r == PipelineRoutes.ExtractPage ? new CountingStep(r, failPrepare: true) : new CountingStep(r)).ToList();
        await db.Store.EnqueueAsync([PipelineRoutes.FetchSourceJob(new SourceId(1), "a"), PipelineRoutes.ExtractPageJob(new PageId(1))],
            TimeProvider.System.GetUtcNow(), Ct);
        var worker = new JobWorker(db.Store, new Pipeline(steps), TimeProvider.System, new WorkerOptions { Concurrency = 1 }, NullLogger<JobWorker>.Instance);

        var summary = await worker.RunAsync(drain: true, Ct);

        Assert.Equal(2, summary.Done);
        Assert.Equal(0, summary.Failed);
        Assert.Equal(new JobCounts(0, 0, 2, 0), await db.Store.CountJobsAsync(Ct));
    }

    private sealed class CountingStep(JobRoute route, bool failPrepare = false) : IPipelineStep
    {
        private int _prepared;
        private int _ran;

        public JobRoute Route => route;

        public int Prepared => _prepared;

        public int Ran => _ran;

        public bool PreparedBeforeFirstRun { get; private set; }

        public void Prepare()
        {
            Interlocked.Increment(ref _prepared);
            if (failPrepare)
            {
                throw new InvalidOperationException("no models");
            }
        }

        public Task<StepOutcome> RunAsync(Job job, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _ran) == 1)
            {
                PreparedBeforeFirstRun = _prepared > 0;
            }
            return Task.FromResult(StepOutcome.Finished());
        }
    }
}
