namespace Newsdesk.Translation;

/// <summary>How the translation pipeline protects text and retries engines within one run.</summary>
public sealed record ArticleTranslatorOptions
{
    public ProtectionOptions Protection { get; init; } = new();

    /// <summary>Calls per batch before a transient failure is recorded (the job system retries the article later).</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>First backoff delay; doubled each attempt when the engine gives no Retry-After.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A Retry-After longer than this is not waited for in-process; the failure goes to the job system instead.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);
}
