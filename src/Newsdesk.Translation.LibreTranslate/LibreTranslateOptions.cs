namespace Newsdesk.Translation.LibreTranslate;

/// <summary>Settings of the LibreTranslate engine, bound from the "LibreTranslate" configuration section.</summary>
public sealed class LibreTranslateOptions
{
    public const string SectionName = "LibreTranslate";

    /// <summary>Base URL of the LibreTranslate server (http://127.0.0.1:5000/).</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>API key, for servers that require one.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Requests in flight at once to this endpoint, shared by every worker of the process; more wait their turn.</summary>
    public int MaxConcurrency { get; set; } = 4;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(120);

    public int MaxSegmentsPerCall { get; set; } = 50;

    /// <summary>Servers often limit characters per request (--char-limit); stay below the limit configured there.</summary>
    public int MaxCharactersPerCall { get; set; } = 10_000;
}
