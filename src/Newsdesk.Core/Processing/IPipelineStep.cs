using Newsdesk.Storage;

namespace Newsdesk.Processing;

/// <summary>One step of the pipeline: runs the jobs of one route.</summary>
public interface IPipelineStep
{
    /// <summary>The job kind it runs, with its payload and successors (see <see cref="PipelineRoutes"/>).</summary>
    JobRoute Route { get; }

    /// <summary>Runs one job. Must be idempotent: a job may run again after a crash, and must then store nothing twice.</summary>
    Task<StepOutcome> RunAsync(Job job, CancellationToken cancellationToken);

    /// <summary>
    /// Starts in the background what this step's first job would otherwise wait for (language models to load, programs
    /// to start) and returns at once. A worker calls it once, when it first runs a job whose route leads to this step.
    /// </summary>
    void Prepare()
    {
    }
}

/// <summary>A step whose payload the route reads; a payload that does not parse fails the job for good, naming the problem.</summary>
public abstract class PipelineStep<TPayload>(JobRoute<TPayload> route) : IPipelineStep where TPayload : class
{
    public JobRoute<TPayload> Route => route;

    JobRoute IPipelineStep.Route => route;

    public Task<StepOutcome> RunAsync(Job job, CancellationToken cancellationToken) =>
        route.TryRead(job.Payload, out var payload, out var error)
            ? RunAsync(payload, job, cancellationToken)
            : Task.FromResult<StepOutcome>(new StepOutcome.Fail(error));

    /// <inheritdoc cref="IPipelineStep.Prepare"/>
    public virtual void Prepare()
    {
    }

    protected abstract Task<StepOutcome> RunAsync(TPayload payload, Job job, CancellationToken cancellationToken);
}
