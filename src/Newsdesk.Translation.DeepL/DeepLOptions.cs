namespace Newsdesk.Translation.DeepL;

/// <summary>Settings of the DeepL engine, bound from the "DeepL" configuration section.</summary>
public sealed class DeepLOptions
{
    public const string SectionName = "DeepL";

    /// <summary>The DeepL authentication key; keys ending in ":fx" belong to the free API.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>Overrides the host (tests, proxies); by default api-free.deepl.com for ":fx" keys and api.deepl.com otherwise.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Requests in flight at once to this endpoint, shared by every worker of the process; more wait their turn.</summary>
    public int MaxConcurrency { get; set; } = 4;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Register for target languages that support it: "default", "more" or "less" (sent as prefer_more / prefer_less).</summary>
    public string? Formality { get; set; }

    /// <summary>Create DeepL glossaries from the desk glossary and use them.</summary>
    public bool UseGlossaries { get; set; } = true;

    /// <summary>After DeepL says the quota is used up (HTTP 456), the engine refuses calls for this long.</summary>
    public TimeSpan QuotaCooldown { get; set; } = TimeSpan.FromHours(1);

    /// <summary>DeepL accepts at most 50 texts per request.</summary>
    public int MaxSegmentsPerCall { get; set; } = 50;

    /// <summary>Keeps a request well below DeepL's 128 KiB request size.</summary>
    public int MaxCharactersPerCall { get; set; } = 40_000;

    public Uri ResolveBaseUrl() => BaseUrl is { } url
        ? (url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/"))
        : new Uri(ApiKey.Trim().EndsWith(":fx", StringComparison.Ordinal) ? "https://api-free.deepl.com/" : "https://api.deepl.com/");
}
