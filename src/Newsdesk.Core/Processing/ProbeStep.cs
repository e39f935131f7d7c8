using Newsdesk.Storage;

namespace Newsdesk.Processing;

/// <summary>Records that a probe job ran, and by which worker; optionally works for a while first.</summary>
/// <remarks>Payload: an optional number of milliseconds of simulated work.</remarks>
public sealed class ProbeStep(IJobStore store, TimeProvider time) : PipelineStep<ProbePayload>(PipelineRoutes.Probe)
{
    protected override async Task<StepOutcome> RunAsync(ProbePayload payload, Job job, CancellationToken cancellationToken)
    {
        if (payload.WorkMilliseconds > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(payload.WorkMilliseconds), time, cancellationToken);
        }
        await store.RecordProbeRunAsync(job.Id, job.LeaseOwner, time.GetUtcNow(), cancellationToken);
        return StepOutcome.Finished();
    }
}
