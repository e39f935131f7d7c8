using System.CommandLine;
using System.Globalization;
using Newsdesk.Model;
using Newsdesk.Storage;

namespace Newsdesk.Web.Cli;

/// <summary>newsdesk translations list|costs|forget: the stored translations, their verdicts, what the engines cost, and the memory.</summary>
public static class TranslationsCommand
{
    public static Command Create()
    {
        var command = new Command("translations", "Stored translations and engine costs.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Costs());
        command.Subcommands.Add(Forget());
        return command;
    }

    private static Command Forget()
    {
        var engine = new Option<string?>("--engine") { Description = "Only what this engine translated (\"editor\" for editors' renderings)." };
        var pair = new Option<string?>("--pair") { Description = "Only this language pair, e.g. fr-de or fr->de." };
        var before = new Option<string?>("--before") { Description = "Only entries last written before this date (yyyy-mm-dd, UTC)." };
        var all = new Option<bool>("--all") { Description = "Forget the whole memory (needed when no other filter is given)." };
        var command = new Command("forget", "Removes entries from the translation memory, so those segments go to the engines again.")
        {
            engine, pair, before, all,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            string? source = null, target = null;
            if (parseResult.GetValue(pair) is { } p)
            {
                var parts = p.Split(["->", "-"], 2, StringSplitOptions.TrimEntries);
                if (parts.Length != 2 || !LanguageTag.TryParse(parts[0], out var s) || !LanguageTag.TryParse(parts[1], out var t))
                {
                    return CliHost.Error($"'{p}' is not a language pair; write it as fr-de or fr->de.");
                }
                (source, target) = (s.Value, t.Value);
            }
            DateTimeOffset? until = null;
            if (parseResult.GetValue(before) is { } b)
            {
                if (!DateTimeOffset.TryParseExact(b, "yyyy-MM-dd", CultureInfo.InvariantCulture,
                        DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
                {
                    return CliHost.Error($"'{b}' is not a date; write it as yyyy-mm-dd.");
                }
                until = date;
            }
            var chosen = parseResult.GetValue(engine);
            if (chosen is null && source is null && until is null && !parseResult.GetValue(all))
            {
                return CliHost.Error("say what to forget: --engine, --pair, --before, or --all for the whole memory.");
            }
            await using var services = await CliHost.StartAsync(parseResult, cancellationToken);
            var removed = await services.GetRequiredService<INewsStore>()
                .ForgetMemoryAsync(new MemoryFilter(chosen, source, target, until), cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Forgot {removed} memory segment(s)."));
            return 0;
        });
        return command;
    }

    private static Command List()
    {
        var lang = new Option<string?>("--lang") { Description = "Only this target language." };
        var status = new Option<string?>("--status") { Description = "Only this status: published, held, rejected, failed, translated." };
        var limit = new Option<int>("--limit") { Description = "At most this many.", DefaultValueFactory = _ => 50 };
        var command = new Command("list", "Translations, newest first, with status, engine and cost.") { lang, status, limit };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            LanguageTag? language = null;
            if (parseResult.GetValue(lang) is { } l)
            {
                if (!LanguageTag.TryParse(l, out var tag))
                {
                    return CliHost.Error($"'{l}' is not a language tag.");
                }
                language = tag;
            }
            TranslationStatus? wanted = null;
            if (parseResult.GetValue(status) is { } s)
            {
                // By name only: Enum.TryParse would take "42" as a status nobody has.
                if (!Enum.GetNames<TranslationStatus>().Contains(s, StringComparer.OrdinalIgnoreCase)
                    || !Enum.TryParse<TranslationStatus>(s, ignoreCase: true, out var st))
                {
                    return CliHost.Error($"unknown status '{s}'; use published, held, rejected, failed or translated.");
                }
                wanted = st;
            }
            await using var services = await CliHost.StartAsync(parseResult, cancellationToken);
            var store = services.GetRequiredService<INewsStore>();
            foreach (var t in await store.ListTranslationsAsync(new TranslationQuery(language, wanted, parseResult.GetValue(limit)), cancellationToken))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"#{t.Id} article {t.ArticleId} {t.SourceLanguage}->{t.Language} {t.Status.ToString().ToLowerInvariant()} by {t.Engine}: " +
                    $"{t.CostCharacters} chars, {t.CostTokens} tokens, {t.MemoryHits} from memory — {t.Content.Title}"));
                if (t.Error is not null)
                {
                    Console.WriteLine($"    engine: {t.Error}");
                }
            }
            return 0;
        });
        return command;
    }

    private static Command Costs()
    {
        var command = new Command("costs", "What each engine cost per target language (characters billed, tokens, calls).");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await CliHost.StartAsync(parseResult, cancellationToken);
            var costs = await services.GetRequiredService<INewsStore>().SummarizeCostsAsync(cancellationToken);
            if (costs.Count == 0)
            {
                Console.WriteLine("No translations yet.");
                return 0;
            }
            Console.WriteLine("engine           lang   articles   characters       tokens   calls   from memory");
            foreach (var c in costs)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{c.Engine,-16} {c.Language,-6} {c.Translations,8} {c.Characters,12:N0} {c.Tokens,12:N0} {c.EngineCalls,7} {c.MemoryHits,13}"));
            }
            return 0;
        });
        return command;
    }
}
