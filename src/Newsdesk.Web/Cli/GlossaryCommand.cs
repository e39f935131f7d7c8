using System.CommandLine;
using Newsdesk.Model;
using Newsdesk.Storage;

namespace Newsdesk.Web.Cli;

/// <summary>
/// <c>newsdesk glossary add|list|remove</c>: the desk's glossary per language pair, preferred renderings
/// ("site" -> "Standort" for fr->de) and do-not-translate terms ("Stargate").
/// </summary>
public static class GlossaryCommand
{
    public static Command Create()
    {
        var command = new Command("glossary", "Edit the translation glossary: preferred renderings and do-not-translate terms per language pair.");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Remove());
        return command;
    }

    private static Command Add()
    {
        var from = new Option<string>("--from") { Description = "Source language", Required = true };
        var to = new Option<string>("--to") { Description = "Target language", Required = true };
        var term = new Argument<string>("term") { Description = "The source-language term" };
        var rendering = new Option<string?>("--rendering") { Description = "Required target rendering; omit for a do-not-translate term" };
        var avoid = new Option<string[]>("--avoid") { Description = "A wrong rendering the quality gate should flag (repeatable)", AllowMultipleArgumentsPerToken = true };
        var note = new Option<string?>("--note") { Description = "Why the rule exists, for editors" };
        var command = new Command("add", "Add or replace a glossary entry.");
        command.Arguments.Add(term);
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(rendering);
        command.Options.Add(avoid);
        command.Options.Add(note);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!TryPair(parseResult.GetValue(from), parseResult.GetValue(to), out var source, out var target, out var error))
            {
                return CliHost.Error(error);
            }
            var text = parseResult.GetValue(term)?.Trim() ?? "";
            if (text.Length == 0)
            {
                return CliHost.Error("glossary: the term is empty.");
            }
            await using var services = await CliHost.StartAsync(parseResult, cancellationToken);
            var entry = new GlossaryEntry(source, target, text, parseResult.GetValue(rendering) is { Length: > 0 } r ? r.Trim() : null,
                parseResult.GetValue(avoid) is { Length: > 0 } a ? a : null, parseResult.GetValue(note));
            await services.GetRequiredService<INewsStore>().AddGlossaryEntryAsync(entry, services.GetRequiredService<TimeProvider>().GetUtcNow(), cancellationToken);
            Console.WriteLine(entry.DoNotTranslate ? $"{source}->{target}: '{text}' is never translated." : $"{source}->{target}: '{text}' -> '{entry.Rendering}'.");
            return 0;
        });
        return command;
    }

    private static Command List()
    {
        var from = new Option<string?>("--from") { Description = "Only this source language" };
        var to = new Option<string?>("--to") { Description = "Only this target language" };
        var command = new Command("list", "List glossary entries.");
        command.Options.Add(from);
        command.Options.Add(to);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            LanguageTag? source = LanguageTag.TryParse(parseResult.GetValue(from), out var s) ? s : null;
            LanguageTag? target = LanguageTag.TryParse(parseResult.GetValue(to), out var t) ? t : null;
            await using var services = await CliHost.StartAsync(parseResult, cancellationToken);
            var entries = await services.GetRequiredService<INewsStore>().ListGlossaryAsync(source, target, cancellationToken);
            foreach (var entry in entries)
            {
                var rule = entry.DoNotTranslate ? "(do not translate)" : $"-> {entry.Rendering}";
                var avoid = entry.Avoid is { Count: > 0 } a ? $"  avoid: {string.Join(", ", a)}" : "";
                Console.WriteLine($"{entry.SourceLanguage}->{entry.TargetLanguage}  {entry.Term} {rule}{avoid}{(entry.Note is { } n ? $"  ({n})" : "")}");
            }
            Console.Error.WriteLine($"glossary: {entries.Count} entr{(entries.Count == 1 ? "y" : "ies")}.");
            return 0;
        });
        return command;
    }

    private static Command Remove()
    {
        var from = new Option<string>("--from") { Description = "Source language", Required = true };
        var to = new Option<string>("--to") { Description = "Target language", Required = true };
        var term = new Argument<string>("term") { Description = "The source-language term" };
        var command = new Command("remove", "Remove a glossary entry.");
        command.Arguments.Add(term);
        command.Options.Add(from);
        command.Options.Add(to);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (!TryPair(parseResult.GetValue(from), parseResult.GetValue(to), out var source, out var target, out var error))
            {
                return CliHost.Error(error);
            }
            await using var services = await CliHost.StartAsync(parseResult, cancellationToken);
            var removed = await services.GetRequiredService<INewsStore>().RemoveGlossaryEntryAsync(source, target, parseResult.GetValue(term) ?? "", cancellationToken);
            if (!removed)
            {
                return CliHost.Error($"glossary: no entry '{parseResult.GetValue(term)}' for {source}->{target}.");
            }
            Console.WriteLine($"{source}->{target}: '{parseResult.GetValue(term)}' removed.");
            return 0;
        });
        return command;
    }

    private static bool TryPair(string? from, string? to, out LanguageTag source, out LanguageTag target, out string error)
    {
        error = "";
        target = default;
        if (!LanguageTag.TryParse(from, out source))
        {
            error = $"glossary: '{from}' is not a language tag such as 'fr'.";
            return false;
        }
        if (!LanguageTag.TryParse(to, out target))
        {
            error = $"glossary: '{to}' is not a language tag such as 'de'.";
            return false;
        }
        return true;
    }
}
