using Newsdesk.Storage;

namespace Newsdesk.Processing;

/// <summary>What running one job came to.</summary>
public abstract record StepOutcome
{
    private StepOutcome()
    {
    }

    /// <summary>The job is finished; its follow-up jobs are enqueued in the same transaction that completes it.</summary>
    public sealed record Done(IReadOnlyList<JobDraft> FollowUps) : StepOutcome;

    /// <summary>A transient failure: run the job again later (after <see cref="After"/> when the other side said so).</summary>
    public sealed record Retry(string Error, TimeSpan? After = null) : StepOutcome;

    /// <summary>Not now, through no fault of the job (politeness delay, host backing off): run at <see cref="At"/> without using up an attempt.</summary>
    public sealed record Later(DateTimeOffset At, string Reason) : StepOutcome;

    /// <summary>A permanent failure (bad input, quota used up, unknown pair): not retried.</summary>
    public sealed record Fail(string Error) : StepOutcome;

    public static StepOutcome Finished(params JobDraft[] followUps) => new Done(followUps);

    public static StepOutcome Finished(IReadOnlyList<JobDraft> followUps) => new Done(followUps);
}
