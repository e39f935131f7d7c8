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

    /// <summary>Failed sign-ins in a row that lock an account.</summary>
    public int MaxFailedSignIns { get; init; } = 5;

    public TimeSpan LockoutDuration { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in attempts allowed per client address per minute.</summary>
    public int SignInsPerMinute { get; init; } = 10;

    /// <summary>Engines an editor may ask to re-translate with.</summary>
    public IReadOnlyList<string> Engines { get; init; } = ["apertium", "libretranslate", "deepl", "openai"];

    /// <summary>Stories on a front page.</summary>
    public int FrontPageSize { get; init; } = 40;
}
