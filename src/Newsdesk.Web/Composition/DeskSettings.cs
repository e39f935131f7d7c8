using System.Globalization;
using Newsdesk.Fetching;
using Newsdesk.Model;
using Newsdesk.Processing;

namespace Newsdesk.Web.Composition;

/// <summary>Reads the settings sections that need more than plain binding (lists, derived defaults), with clear errors.</summary>
public static class DeskSettings
{
    /// <summary>Where the desk's site is reachable; its about page is the contact in the crawler's User-Agent by default.</summary>
    public static string PublicUrl(IConfiguration configuration) =>
        (configuration["Site:PublicUrl"] ?? "http://127.0.0.1:5080").TrimEnd('/');

    public static DeskOptions Desk(IConfiguration configuration)
    {
        var languages = new List<LanguageTag>();
        foreach (var value in List(configuration, "Desk:TargetLanguages"))
        {
            if (!LanguageTag.TryParse(value, out var tag))
            {
                throw new InvalidOperationException($"Desk:TargetLanguages: '{value}' is not a BCP-47 language tag such as es or de-CH.");
            }
            languages.Add(tag);
        }
        return new DeskOptions { TargetLanguages = languages };
    }

    /// <summary>The worker's settings (section Worker), with its shutdown grace period from Desk:ShutdownGrace (seconds, or hh:mm:ss).</summary>
    public static WorkerOptions Worker(IConfiguration configuration)
    {
        var options = configuration.GetSection("Worker").Get<WorkerOptions>() ?? new WorkerOptions();
        var grace = Duration(configuration.GetSection("Desk"), "ShutdownGrace", options.ShutdownGrace);
        if (grace < TimeSpan.Zero)
        {
            throw new InvalidOperationException($"Desk:ShutdownGrace: '{configuration["Desk:ShutdownGrace"]}' is negative.");
        }
        return options with { ShutdownGrace = grace };
    }

    public static FetchOptions Fetch(IConfiguration configuration)
    {
        var section = configuration.GetSection("Fetch");
        var defaults = new FetchOptions();
        return defaults with
        {
            ContactUrl = section["ContactUrl"] ?? PublicUrl(configuration) + "/about",
            MinDelayPerHost = Duration(section, "MinDelayPerHost", defaults.MinDelayPerHost),
            RequestTimeout = Duration(section, "RequestTimeout", defaults.RequestTimeout),
            MaxInlineWait = Duration(section, "MaxInlineWait", defaults.MaxInlineWait),
            MaxBodyBytes = Number(section, "MaxBodyBytes", defaults.MaxBodyBytes),
            MaxDecompressedBytes = Number(section, "MaxDecompressedBytes", defaults.MaxDecompressedBytes),
            MaxRedirects = (int)Number(section, "MaxRedirects", defaults.MaxRedirects),
            RespectRobotsTxt = section["RespectRobotsTxt"] is not { } r || bool.Parse(r),
            AllowedPrivateAddresses = List(configuration, "Fetch:AllowedPrivateAddresses"),
        };
    }

    /// <summary>A list setting: a JSON array in newsdesk.json, or one comma-separated value (handy in environment variables).</summary>
    public static IReadOnlyList<string> List(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var items = section.GetChildren().Select(c => c.Value).OfType<string>().ToList();
        if (items.Count == 0 && section.Value is { } single)
        {
            items.AddRange(single.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        return items;
    }

    private static TimeSpan Duration(IConfigurationSection section, string key, TimeSpan fallback)
    {
        if (section[key] is not { } value)
        {
            return fallback;
        }
        // A bare number is seconds: TimeSpan.Parse would read "20" as twenty days.
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var t) ? t
            : throw new InvalidOperationException($"{section.Path}:{key}: '{value}' is not a duration (seconds, or hh:mm:ss).");
    }

    private static long Number(IConfigurationSection section, string key, long fallback)
    {
        if (section[key] is not { } value)
        {
            return fallback;
        }
        return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n
            : throw new InvalidOperationException($"{section.Path}:{key}: '{value}' is not a non-negative whole number.");
    }
}
