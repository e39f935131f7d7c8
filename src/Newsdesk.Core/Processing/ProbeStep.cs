using Newsdesk.Storage;

namespace Newsdesk.Processing;

/// <summary>Records that a probe job ran, and by which worker; optionally works for a while first.</summary>
/// <remarks>Payload: an optional number of milliseconds of simulated work.</remarks>
public sealed class ProbeStep(INewsStore store, TimeProvider time) : IPipelineStep
{
    public string Kind => JobKinds.Probe;

    public async Task<StepOutcome> RunAsync(Job job, CancellationToken cancellationToken)
    {
        if (int.TryParse(job.Payload, System.Globalization.CultureInfo.InvariantCulture, out var ms) && ms > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(ms), time, cancellationToken);
        }
        await store.RecordProbeRunAsync(job.Id, job.LeaseOwner, time.GetUtcNow(), cancellationToken);
        return StepOutcome.Finished();
    }
}
