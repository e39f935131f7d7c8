using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Newsdesk.Extraction;
using Newsdesk.Model;
using Newsdesk.Storage;
using Newsdesk.Translation;

namespace Newsdesk.Web.Cli;

/// <summary>
/// <c>newsdesk translate --to es [--from fr] [--engine apertium] [--json] ARTICLE</c>: ARTICLE is an extracted article
/// (the <c>newsdesk extract --json</c> output), a saved page (extracted first) or a plain-text file (first line the
/// headline, then the paragraphs). Uses the desk's translation memory
/// and glossary. <c>newsdesk translate --engines</c> lists the installed engines and their pairs.
/// Exit codes: 0 every segment translated; 1 an engine failed, so the article is incomplete (the failures are on
/// stderr, also with --json); 2 wrong usage, unreadable input, or no engine for the pair.
/// </summary>
public static class TranslateCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var article = new Argument<string?>("article") { Description = "Extracted article JSON (newsdesk extract --json), a saved page (.html), a plain-text article (first line the headline), or a stored article id", Arity = ArgumentArity.ZeroOrOne };
        var to = new Option<string?>("--to") { Description = "Target locale: es, de-DE, de-CH, fr-FR, en-GB ..." };
        var from = new Option<string?>("--from") { Description = "Source language when the article does not say" };
        var engine = new Option<string?>("--engine") { Description = "Engine to use (apertium, deepl, libretranslate, openai); default: Apertium where it has the pair" };
        var json = new Option<bool>("--json") { Description = "Print the translated article (extraction contract) and the translation record as JSON" };
        var url = new Option<string?>("--url") { Description = "The page's URL, when ARTICLE is a saved page" };
        var engines = new Option<bool>("--engines") { Description = "List the installed engines and their language pairs" };
        var command = new Command("translate", "Translate an extracted article through the engines, keeping numbers, names, quotes and markup intact.");
        command.Arguments.Add(article);
        command.Options.Add(to);
        command.Options.Add(from);
        command.Options.Add(engine);
        command.Options.Add(json);
        command.Options.Add(url);
        command.Options.Add(engines);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await CliHost.StartAsync(parseResult, cancellationToken);
            var registry = services.GetRequiredService<TranslationEngineRegistry>();
            if (parseResult.GetValue(engines))
            {
                foreach (var (installed, pairs, error) in await registry.ListAsync(cancellationToken))
                {
                    Console.WriteLine($"{installed.Name}: {error ?? string.Join(", ", pairs.Select(p => p.ToString()).Order(StringComparer.Ordinal))}");
                }
                return 0;
            }
            var path = parseResult.GetValue(article);
            var target = parseResult.GetValue(to);
            if (path is null || target is null)
            {
                return CliHost.Error("translate: give ARTICLE and --to LOCALE (or --engines to list what is installed).");
            }
            if (!LanguageTag.TryParse(target, out var targetTag))
            {
                return CliHost.Error($"translate: '{target}' is not a language tag such as 'es' or 'de-CH'.");
            }
            var store = services.GetRequiredService<INewsStore>();
            ExtractedArticle source;
            try
            {
                source = long.TryParse(path, NumberStyles.None, CultureInfo.InvariantCulture, out var storedId) && !File.Exists(path)
                    ? (await store.GetArticleAsync(new ArticleId(storedId), cancellationToken))?.Content
                        ?? throw new FileNotFoundException($"there is no stored article {storedId} (and no file of that name)")
                    : Load(path, parseResult.GetValue(url));
                if (source.Title.Trim().Length == 0 && !source.Blocks.Any(b => b.Text.Trim().Length > 0))
                {
                    throw new InvalidDataException("there is nothing to translate in it (no headline and no paragraph).");
                }
            }
            catch (Exception ex) when (ex is IOException or JsonException or FormatException or InvalidDataException or UnauthorizedAccessException)
            {
                return CliHost.Error($"translate: cannot read '{path}': {ex.Message}");
            }
            var sourceTag = parseResult.GetValue(from) is { } f && LanguageTag.TryParse(f, out var given) ? given : source.Language;
            if (sourceTag is null)
            {
                return CliHost.Error("translate: the article does not say its language; give --from.");
            }
            var translator = services.GetRequiredService<ArticleTranslator>();
            var pair = new LanguagePair(sourceTag.Value, targetTag);
            ArticleTranslationResult result;
            try
            {
                result = await translator.TranslateAsync(new ArticleTranslationRequest(source, targetTag)
                {
                    Source = sourceTag,
                    Engine = parseResult.GetValue(engine),
                    Glossary = await store.GetGlossaryAsync(pair, cancellationToken),
                }, cancellationToken);
            }
            catch (TranslationUnavailableException ex)
            {
                return CliHost.Error($"translate: {ex.Message}");
            }
            Print(result, parseResult.GetValue(json));
            if (result.IsComplete)
            {
                return 0;
            }
            ReportIncomplete(result);
            return 1;
        });
        return command;
    }

    /// <summary>
    /// A plain-text article: the first line is the headline, the rest are paragraphs (separated by blank lines, or one
    /// per line when there are none). Text that is not UTF-8 is refused rather than guessed.
    /// </summary>
    private static ExtractedArticle PlainText(byte[] bytes)
    {
        string text;
        try
        {
            text = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw new InvalidDataException("it is neither JSON, HTML nor UTF-8 text.");
        }
        var lines = text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first < 0)
        {
            return new ExtractedArticle { Title = "", Blocks = [] };
        }
        var rest = string.Join('\n', lines.Skip(first + 1)).Trim();
        var paragraphs = rest.Contains("\n\n", StringComparison.Ordinal)
            ? rest.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => string.Join(' ', p.Split('\n', StringSplitOptions.TrimEntries)))
            : rest.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new ExtractedArticle
        {
            Title = lines[first].Trim(),
            Blocks = paragraphs.Where(p => p.Length > 0).Select(p => new ArticleBlock(BlockType.Paragraph, p)).ToList(),
        };
    }

    private static ExtractedArticle Load(string path, string? url)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"the file does not exist.");
        }
        var bytes = File.ReadAllBytes(path);
        var start = System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 64)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (!start.StartsWith('{') && !start.StartsWith('<'))
        {
            return PlainText(bytes);
        }
        if (!start.StartsWith('{'))
        {
            var pageUrl = url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) ? u : ExtractionBatch.UnknownUrl;
            return new ArticleExtractor().Extract(bytes, pageUrl);
        }
        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement;
        string? Text(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var blocks = new List<ArticleBlock>();
        if (root.TryGetProperty("blocks", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var block in list.EnumerateArray())
            {
                blocks.Add(new ArticleBlock(BlockTypeNames.FromContractName(Text(block, "type") ?? "p"), Text(block, "text") ?? "",
                    Text(block, "html"), Text(block, "image_url")));
            }
        }
        return new ExtractedArticle
        {
            Title = Text(root, "title") ?? "",
            Lead = Text(root, "lead"),
            Byline = Text(root, "byline"),
            Language = LanguageTag.TryParse(Text(root, "lang"), out var lang) ? lang : null,
            CanonicalUrl = Text(root, "canonical_url"),
            Section = Text(root, "section"),
            SiteName = Text(root, "site_name"),
            MainImage = Text(root, "image"),
            Published = DateTimeOffset.TryParse(Text(root, "published"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var published) ? published : null,
            Blocks = blocks,
        };
    }

    private static void Print(ArticleTranslationResult result, bool json)
    {
        if (json)
        {
            var record = new
            {
                pair = result.Pair.ToString(),
                engine = result.Engine,
                complete = result.IsComplete,
                memory_hits = result.MemoryHits,
                engine_calls = result.EngineCalls,
                cost = result.Costs.ToDictionary(c => c.Key, c => new { characters = c.Value.Characters, input_tokens = c.Value.InputTokens, output_tokens = c.Value.OutputTokens, calls = c.Value.Calls }),
                failures = result.Failures.Select(f => new { engine = f.Engine, kind = f.Kind.ToString().ToLowerInvariant(), message = f.Message, engine_message = f.EngineMessage }),
                segments = result.Segments.Select(s => new
                {
                    role = s.Role.ToString().ToLowerInvariant(),
                    block = s.BlockIndex,
                    provenance = s.Provenance.ToString().ToLowerInvariant(),
                    issues = s.Issues.Select(i => new { code = i.Code, message = i.Message }),
                }),
            };
            var article = JsonDocument.Parse(ExtractionContractJson.ToJson(result.Article)).RootElement;
            Console.Out.Write(JsonSerializer.Serialize(new { article, translation = record }, Json));
            Console.Out.WriteLine();
            return;
        }
        // A failed segment keeps its original text in the article; say so instead of passing it off as a translation.
        bool Failed(SegmentRole role, int? index) => result.Segments.Any(s => s.Role == role && s.BlockIndex == index && s.Provenance == SegmentProvenance.Failed);
        Console.WriteLine(Failed(SegmentRole.Title, null) ? $"[not translated] {result.Article.Title}" : result.Article.Title);
        Console.WriteLine();
        for (var i = 0; i < result.Article.Blocks.Count; i++)
        {
            var block = result.Article.Blocks[i];
            var type = block.Type.ToContractName();
            Console.WriteLine(Failed(SegmentRole.Block, i) ? $"[{type}, not translated] {block.Text}" : $"[{type}] {block.Text}");
        }
        Console.Error.WriteLine();
        Console.Error.WriteLine($"translate: {result.Pair} with {result.Engine}: {result.Segments.Count} segment(s), {result.MemoryHits} from memory, "
            + $"{string.Join("; ", result.Costs.Select(c => $"{c.Key} {c.Value}"))}");
        foreach (var issue in result.Segments.SelectMany(s => s.Issues))
        {
            Console.Error.WriteLine($"translate: note: {issue.Message}");
        }
    }

    /// <summary>Says on stderr why the article is incomplete: how much failed, and each engine failure once.</summary>
    private static void ReportIncomplete(ArticleTranslationResult result)
    {
        var failed = result.Segments.Count(s => s.Provenance == SegmentProvenance.Failed);
        Console.Error.WriteLine($"translate: the article could not be fully translated: {failed} of {result.Segments.Count} segment(s) "
            + $"failed with {result.Engine}; failed blocks are shown untranslated and marked, nothing was remembered for them.");
        var failures = result.Failures.Concat(result.Segments.Select(s => s.Failure).OfType<EngineFailure>())
            .DistinctBy(f => (f.Kind, f.Message));
        foreach (var failure in failures)
        {
            Console.Error.WriteLine($"translate: {failure.Kind.ToString().ToLowerInvariant()} failure: {failure.Message}");
        }
    }
}
