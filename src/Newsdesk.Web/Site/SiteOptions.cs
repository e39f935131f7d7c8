namespace Newsdesk.Web.Site;

/// <summary>The published site's settings (section "Site").</summary>
public sealed record SiteOptions
{
    /// <summary>The site's name, in page titles, feeds and the JSON-LD publisher.</summary>
    public string Name { get; init; } = "Newsdesk";

    /// <summary>Absolute base URL for canonical links, feeds and sitemaps (e.g. https://news.example.org); the request's host when empty.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>The edition "/" leads to and x-default points at; the edition with the most articles when empty.</summary>
    public string? DefaultLanguage { get; init; }

    /// <summary>How long a rendered public page stays in the output cache (publishing evicts it sooner).</summary>
    public TimeSpan CacheDuration { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the site checks whether another process published something.</summary>
    public TimeSpan ChangePollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Failed sign-ins in a row for one name (or one trusted browser) before each further try must wait.</summary>
    public int MaxFailedSignIns { get; init; } = 5;

    /// <summary>Failed sign-ins from one client address, whatever the names, before each further try must wait.</summary>
    public int FailedSignInsPerAddress { get; init; } = 20;

    /// <summary>The first wait; each further failure doubles it.</summary>
    public TimeSpan SignInDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two tries.</summary>
    public TimeSpan MaxSignInDelay { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Failures are forgotten after this long without one (counted from the end of the last wait).</summary>
    public TimeSpan SignInFailuresForgottenAfter { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How long a browser an editor signed in with stays trusted for that editor (it gets past waits that others caused).</summary>
    public TimeSpan TrustedDeviceLifetime { get; init; } = TimeSpan.FromDays(180);

    /// <summary>Sign-in attempts allowed per client address per minute.</summary>
    public int SignInsPerMinute { get; init; } = 10;

    /// <summary>
    /// Reverse proxies (addresses, or networks such as 10.0.0.0/8) whose X-Forwarded-For and X-Forwarded-Proto are believed.
    /// Empty (the default): forwarded headers are ignored, whoever sends them.
    /// </summary>
    public IReadOnlyList<string> KnownProxies { get; init; } = [];

    /// <summary>Engines an editor may ask to re-translate with.</summary>
    public IReadOnlyList<string> Engines { get; init; } = ["apertium", "libretranslate", "deepl", "openai"];

    /// <summary>Stories on a front page.</summary>
    public int FrontPageSize { get; init; } = 40;
}
