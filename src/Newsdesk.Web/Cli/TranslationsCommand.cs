using System.CommandLine;
using System.Globalization;
using Newsdesk.Model;
using Newsdesk.Storage;

namespace Newsdesk.Web.Cli;

/// <summary>newsdesk translations list|costs: the stored translations, their verdicts, and what the engines cost.</summary>
public static class TranslationsCommand
{
    public static Command Create()
    {
        var command = new Command("translations", "Stored translations and engine costs.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Costs());
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
