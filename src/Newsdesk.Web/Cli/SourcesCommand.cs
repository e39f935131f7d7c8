using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Newsdesk.Model;
using Newsdesk.Storage;
using Spectre.Console;

namespace Newsdesk.Web.Cli;

/// <summary>newsdesk sources add|list|remove|pause|resume: the sources the desk follows.</summary>
public static class SourcesCommand
{
    public static Command Create()
    {
        var command = new Command("sources", "Manage the sources the desk follows (feeds, sitemaps, single article URLs).");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Remove());
        command.Subcommands.Add(SetPaused("pause", true));
        command.Subcommands.Add(SetPaused("resume", false));
        return command;
    }

    private static Command Add()
    {
        var url = new Argument<string>("url") { Description = "Feed, sitemap, home page (its feed is discovered) or single article URL." };
        var name = new Option<string?>("--name") { Description = "Display name of the outlet." };
        var kind = new Option<string>("--kind") { Description = "auto (detect), rss, atom, jsonfeed, sitemap or page.", DefaultValueFactory = _ => "auto" };
        var lang = new Option<string?>("--lang") { Description = "Language of the source's articles (BCP-47, e.g. fr)." };
        var licence = new Option<string>("--licence") { Description = "What may be republished: excerpt (lead and link; default), full, or link (headline only).", DefaultValueFactory = _ => "excerpt" };
        var noindex = new Option<bool>("--noindex") { Description = "Ask search engines not to index this source's articles." };
        var interval = new Option<string>("--interval") { Description = "Poll interval: 15m, 1h, 90s …", DefaultValueFactory = _ => "15m" };
        var command = new Command("add", "Follow a new source.") { url, name, kind, lang, licence, noindex, interval };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var raw = parseResult.GetValue(url)!.Trim();
            if (!Uri.TryCreate(raw, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                return CliHost.Error($"'{raw}' is not an absolute http(s) URL.");
            }
            if (!TryParseKind(parseResult.GetValue(kind)!, out var sourceKind))
            {
                return CliHost.Error($"unknown --kind '{parseResult.GetValue(kind)}'; use auto, rss, atom, jsonfeed, sitemap or page.");
            }
            if (!TryParseLicence(parseResult.GetValue(licence)!, out var sourceLicence))
            {
                return CliHost.Error($"unknown --licence '{parseResult.GetValue(licence)}'; use excerpt, full or link.");
            }
            LanguageTag? language = null;
            if (parseResult.GetValue(lang) is { } l)
            {
                if (!LanguageTag.TryParse(l, out var tag))
                {
                    return CliHost.Error($"'{l}' is not a BCP-47 language tag such as fr or de-CH.");
                }
                language = tag;
            }
            if (!TryParseInterval(parseResult.GetValue(interval)!, out var every))
            {
                return CliHost.Error($"'{parseResult.GetValue(interval)}' is not an interval such as 15m, 1h or 90s (at least 1m).");
            }
            await using var services = await CliHost.StartAsync(parseResult, cancellationToken);
            var store = services.GetRequiredService<INewsStore>();
            try
            {
                var source = await store.AddSourceAsync(new SourceDraft(uri.AbsoluteUri, sourceKind, parseResult.GetValue(name), language,
                    sourceLicence, parseResult.GetValue(noindex), every), services.GetRequiredService<TimeProvider>().GetUtcNow(), cancellationToken);
                Console.WriteLine($"Added source {source.Id}: {source.Url}");
                return 0;
            }
            catch (DuplicateSourceException e)
            {
                return CliHost.Error(e.Message);
            }
        });
        return command;
    }

    private static Command List()
    {
        var json = new Option<bool>("--json") { Description = "One JSON array on stdout." };
        var command = new Command("list", "List the sources with their health (last fetch, last error, items).") { json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await CliHost.StartAsync(parseResult, cancellationToken);
            var store = services.GetRequiredService<INewsStore>();
            var sources = await store.ListSourcesAsync(cancellationToken);
            var kinds = (await store.CountPageKindsAsync(cancellationToken)).Where(c => c.Source is not null).ToLookup(c => c.Source!.Value);
            if (parseResult.GetValue(json))
            {
                var rows = sources.Select(s => new Dictionary<string, object?>
                {
                    ["id"] = s.Id.Value,
                    ["url"] = s.Url,
                    ["kind"] = s.Kind.ToString().ToLowerInvariant(),
                    ["name"] = s.Name,
                    ["lang"] = s.Language?.Value,
                    ["licence"] = LicenceName(s.Licence),
                    ["noindex"] = s.NoIndex,
                    ["paused"] = s.Paused,
                    ["poll_interval_s"] = (long)s.PollInterval.TotalSeconds,
                    ["last_fetch"] = s.Fetch.LastFetchAt,
                    ["next_fetch"] = s.Fetch.NextFetchAt,
                    ["last_status"] = s.Fetch.LastStatus,
                    ["last_error"] = s.Fetch.LastError,
                    ["consecutive_errors"] = s.Fetch.ConsecutiveErrors,
                    ["items"] = s.Fetch.ItemCount,
                    ["pages"] = kinds[s.Id].ToDictionary(c => c.Kind.ToName(), c => c.Pages),
                });
                Console.WriteLine(JsonSerializer.Serialize(rows));
                return 0;
            }
            if (sources.Count == 0)
            {
                Console.WriteLine("No sources yet. Add one with: newsdesk sources add URL");
                return 0;
            }
            var table = new Table().AddColumns("id", "kind", "name / url", "lang", "licence", "state", "last fetch", "items", "pages", "last error");
            foreach (var s in sources)
            {
                table.AddRow(
                    s.Id.ToString(),
                    s.Kind.ToString().ToLowerInvariant(),
                    Markup.Escape(s.Name is null ? s.Url : $"{s.Name}\n{s.Url}"),
                    s.Language?.Value ?? "",
                    LicenceName(s.Licence),
                    s.Paused ? "paused" : Markup.Escape(s.Fetch.LastStatus ?? "new"),
                    s.Fetch.LastFetchAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "never",
                    s.Fetch.ItemCount.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(string.Join("\n", kinds[s.Id].Select(c => $"{c.Kind.ToName()} {c.Pages}"))),
                    Markup.Escape(s.Fetch.LastError ?? ""));
            }
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }

    private static Command Remove()
    {
        var id = new Argument<string>("source") { Description = "Source id or URL." };
        var command = new Command("remove", "Stop following a source (its stored articles stay).") { id };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await CliHost.StartAsync(parseResult, cancellationToken);
            var store = services.GetRequiredService<INewsStore>();
            var source = await FindAsync(store, parseResult.GetValue(id)!, cancellationToken);
            if (source is null)
            {
                return CliHost.Error($"no source '{parseResult.GetValue(id)}'. See: newsdesk sources list");
            }
            await store.RemoveSourceAsync(source.Id, cancellationToken);
            Console.WriteLine($"Removed source {source.Id}: {source.Url}");
            return 0;
        });
        return command;
    }

    private static Command SetPaused(string name, bool paused)
    {
        var id = new Argument<string>("source") { Description = "Source id or URL." };
        var command = new Command(name, paused ? "Stop fetching a source for now." : "Fetch a paused source again.") { id };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await CliHost.StartAsync(parseResult, cancellationToken);
            var store = services.GetRequiredService<INewsStore>();
            var source = await FindAsync(store, parseResult.GetValue(id)!, cancellationToken);
            if (source is null)
            {
                return CliHost.Error($"no source '{parseResult.GetValue(id)}'. See: newsdesk sources list");
            }
            await store.UpdateSourceSettingsAsync(source with { Paused = paused }, cancellationToken);
            Console.WriteLine($"{(paused ? "Paused" : "Resumed")} source {source.Id}: {source.Url}");
            return 0;
        });
        return command;
    }

    internal static async Task<Source?> FindAsync(INewsStore store, string idOrUrl, CancellationToken cancellationToken) =>
        long.TryParse(idOrUrl, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? await store.GetSourceAsync(new SourceId(n), cancellationToken)
            : await store.FindSourceByUrlAsync(idOrUrl, cancellationToken);

    internal static bool TryParseKind(string value, out SourceKind kind)
    {
        kind = value.ToLowerInvariant() switch
        {
            "auto" => SourceKind.Auto,
            "rss" => SourceKind.Rss,
            "atom" => SourceKind.Atom,
            "jsonfeed" or "json" => SourceKind.JsonFeed,
            "sitemap" => SourceKind.Sitemap,
            "page" => SourceKind.Page,
            _ => (SourceKind)(-1),
        };
        return Enum.IsDefined(kind);
    }

    internal static bool TryParseLicence(string value, out Licence licence)
    {
        licence = value.ToLowerInvariant() switch
        {
            "excerpt" => Licence.ExcerptAndLink,
            "full" => Licence.Full,
            "link" or "link-only" => Licence.LinkOnly,
            _ => (Licence)(-1),
        };
        return Enum.IsDefined(licence);
    }

    internal static string LicenceName(Licence licence) => licence switch
    {
        Licence.Full => "full",
        Licence.LinkOnly => "link",
        _ => "excerpt",
    };

    internal static bool TryParseInterval(string value, out TimeSpan interval)
    {
        interval = default;
        value = value.Trim().ToLowerInvariant();
        if (value.Length == 0)
        {
            return false;
        }
        var unit = value[^1];
        var numberPart = char.IsAsciiLetter(unit) ? value[..^1] : value;
        if (!double.TryParse(numberPart, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n <= 0)
        {
            return TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out interval) && interval >= TimeSpan.FromMinutes(1);
        }
        interval = unit switch
        {
            's' => TimeSpan.FromSeconds(n),
            'm' => TimeSpan.FromMinutes(n),
            'h' => TimeSpan.FromHours(n),
            'd' => TimeSpan.FromDays(n),
            _ when char.IsAsciiDigit(unit) => TimeSpan.FromSeconds(n),
            _ => TimeSpan.Zero,
        };
        return interval >= TimeSpan.FromMinutes(1);
    }
}
