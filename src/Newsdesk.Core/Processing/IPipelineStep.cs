using Newsdesk.Storage;

namespace Newsdesk.Processing;

/// <summary>One step of the pipeline: runs the jobs of one kind.</summary>
public interface IPipelineStep
{
    /// <summary>The job kind it runs (see <see cref="JobKinds"/>).</summary>
    string Kind { get; }

    /// <summary>Runs one job. Must be idempotent: a job may run again after a crash, and must then store nothing twice.</summary>
    Task<StepOutcome> RunAsync(Job job, CancellationToken cancellationToken);
}
