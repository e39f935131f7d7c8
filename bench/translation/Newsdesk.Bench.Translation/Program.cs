using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Newsdesk.Bench.Translation;
using Newsdesk.Model;
using Newsdesk.Storage.Sqlite;
using Newsdesk.Translation;
using Newsdesk.Translation.Apertium;

// Translation bench: pipeline overhead against plain `apertium`, translation-memory speed-up, fidelity of numbers,
// amounts and protected terms. Usage:
//   Newsdesk.Bench.Translation --cases PATH/dev-cases.jsonl [--pair fr->es] [--articles 100] [--paragraphs 2] [--rounds 3] [--out FILE]
var options = Args.Parse(args);
var pair = LanguagePair.Parse(options.Get("--pair", "fr->es"));
var articles = BenchArticles.Load(options.Require("--cases"), pair.Source.Language,
    int.Parse(options.Get("--articles", "100"), CultureInfo.InvariantCulture), int.Parse(options.Get("--paragraphs", "2"), CultureInfo.InvariantCulture));
var rounds = int.Parse(options.Get("--rounds", "3"), CultureInfo.InvariantCulture);
var engine = new ApertiumCommandEngine(new ApertiumOptions());
var modeName = await engine.GetModeAsync(pair, CancellationToken.None);
if (modeName is null)
{
    Console.Error.WriteLine($"apertium has no mode for {pair}.");
    return 2;
}
var characters = articles.Sum(a => a.Blocks.Sum(b => b.Text.Length));
Console.Error.WriteLine($"{articles.Count} articles, {articles.Sum(a => a.Blocks.Count)} paragraphs, {characters} characters, {pair}, {rounds} round(s)");

// (a) overhead: the same plain text through `apertium` directly, one process per article, against the whole translate
// path. The two are interleaved article by article (alternating which goes first) so that the load of a shared machine
// falls on both sides alike.
var baseline = new List<double>();
var pipeline = new List<double>();
ArticleTranslationResult[] firstResults = new ArticleTranslationResult[articles.Count];
// The memory is the desk's own: a SQLite store in a fresh file each round (this pass measures translation, not memory hits).
var work = Directory.CreateTempSubdirectory("newsdesk-translation-bench-");
ITranslationMemory memory = null!;
for (var round = 0; round < rounds; round++)
{
    memory = await SqliteMemoryAsync(Path.Combine(work.FullName, $"round{round}.db"));
    var translator = new ArticleTranslator(new TranslationEngineRegistry([engine]), memory, TimeProvider.System);
    double plainSeconds = 0, pipelineSeconds = 0;
    for (var i = 0; i < articles.Count; i++)
    {
        for (var side = 0; side < 2; side++)
        {
            var watch = Stopwatch.StartNew();
            if ((side + i + round) % 2 == 0)
            {
                await PlainApertiumAsync(articles[i], modeName);
                plainSeconds += watch.Elapsed.TotalSeconds;
            }
            else
            {
                firstResults[i] = await translator.TranslateAsync(new ArticleTranslationRequest(articles[i], pair.Target), CancellationToken.None);
                pipelineSeconds += watch.Elapsed.TotalSeconds;
                if (!firstResults[i].IsComplete)
                {
                    throw new InvalidOperationException($"article {i} failed: {firstResults[i].Failures[0]}");
                }
            }
        }
    }
    baseline.Add(plainSeconds);
    pipeline.Add(pipelineSeconds);
    Console.Error.WriteLine($"round {round + 1}: plain apertium {plainSeconds:0.00} s, translate path {pipelineSeconds:0.00} s, ratio {pipelineSeconds / plainSeconds:0.000}");
}

// (b) translation memory: the same articles again, with the memory filled by the last first pass.
var (secondSeconds, secondResults) = await TranslateAllAsync(articles, memory);
var secondCalls = secondResults.Sum(r => r.EngineCalls);
var firstCalls = firstResults.Sum(r => r.EngineCalls);

// (c) fidelity: every protected span's target rendering, and every source digit string, must be in the output.
var (checkedSpans, spanMisses, checkedDigits, digitMisses) = Fidelity(firstResults);

var baselineMedian = Median(baseline);
var pipelineMedian = Median(pipeline);
var firstPassMedian = pipelineMedian;
var report = new StringBuilder();
report.AppendLine(CultureInfo.InvariantCulture, $"| figure | value |");
report.AppendLine("| --- | --- |");
report.AppendLine(CultureInfo.InvariantCulture, $"| articles / paragraphs / characters | {articles.Count} / {articles.Sum(a => a.Blocks.Count)} / {characters} |");
report.AppendLine(CultureInfo.InvariantCulture, $"| plain `apertium -u {modeName}`, one process per article, interleaved (median of {rounds} rounds) | {baselineMedian:0.00} s ({string.Join(", ", baseline.Select(x => x.ToString("0.00", CultureInfo.InvariantCulture)))}) |");
report.AppendLine(CultureInfo.InvariantCulture, $"| whole translate path, empty memory, interleaved (median of {rounds} rounds) | {pipelineMedian:0.00} s ({string.Join(", ", pipeline.Select(x => x.ToString("0.00", CultureInfo.InvariantCulture)))}) |");
report.AppendLine(CultureInfo.InvariantCulture, $"| (a) overhead ratio, pipeline / plain apertium (medians; per round: {string.Join(", ", pipeline.Zip(baseline, (p, b) => (p / b).ToString("0.000", CultureInfo.InvariantCulture)))}) | **{pipelineMedian / baselineMedian:0.000}x** (target <= 1.15x) |");
report.AppendLine(CultureInfo.InvariantCulture, $"| engine calls, first pass | {firstCalls} |");
report.AppendLine(CultureInfo.InvariantCulture, $"| second pass, same memory | {secondSeconds * 1000:0.0} ms, {secondCalls} engine calls |");
report.AppendLine(CultureInfo.InvariantCulture, $"| (b) memory speed-up, first pass / second pass | **{firstPassMedian / secondSeconds:0}x** (target >= 50x, 0 calls) |");
report.AppendLine(CultureInfo.InvariantCulture, $"| (c) protected spans found in the output in target format | **{checkedSpans - spanMisses.Count} / {checkedSpans}** |");
report.AppendLine(CultureInfo.InvariantCulture, $"| (c) source digit strings found in the output | **{checkedDigits - digitMisses.Count} / {checkedDigits}** |");
if (spanMisses.Count + digitMisses.Count > 0)
{
    report.AppendLine();
    report.AppendLine("Misses:");
    report.AppendLine();
    foreach (var miss in spanMisses.Concat(digitMisses).Take(30))
    {
        report.AppendLine(CultureInfo.InvariantCulture, $"- {miss}");
    }
}
var text = report.ToString();
Console.WriteLine(text);
if (options.Get("--out", "") is { Length: > 0 } outPath)
{
    await File.WriteAllTextAsync(outPath, text);
}
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
work.Delete(recursive: true);
return 0;

static async Task<ITranslationMemory> SqliteMemoryAsync(string file)
{
    var store = new SqliteNewsStore($"Data Source={file}", TimeProvider.System);
    await store.MigrateAsync(CancellationToken.None);
    return new NewsStoreTranslationMemory(store, TimeProvider.System);
}

async Task<(double Seconds, ArticleTranslationResult[] Results)> TranslateAllAsync(List<ExtractedArticle> all, ITranslationMemory tm)
{
    var translator = new ArticleTranslator(new TranslationEngineRegistry([engine]), tm, TimeProvider.System);
    var results = new ArticleTranslationResult[all.Count];
    var watch = Stopwatch.StartNew();
    for (var i = 0; i < all.Count; i++)
    {
        results[i] = await translator.TranslateAsync(new ArticleTranslationRequest(all[i], pair.Target), CancellationToken.None);
    }
    watch.Stop();
    var failed = results.Count(r => !r.IsComplete);
    if (failed > 0)
    {
        throw new InvalidOperationException($"{failed} article(s) failed: {results.First(r => !r.IsComplete).Failures[0]}");
    }
    return (watch.Elapsed.TotalSeconds, results);
}

static async Task PlainApertiumAsync(ExtractedArticle article, string modeName)
{
    var start = new ProcessStartInfo("apertium")
    {
        RedirectStandardInput = true,
        RedirectStandardOutput = true,
        UseShellExecute = false,
        StandardInputEncoding = new UTF8Encoding(false),
        StandardOutputEncoding = Encoding.UTF8,
    };
    start.ArgumentList.Add("-u");
    start.ArgumentList.Add(modeName);
    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEndAsync();
    await process.StandardInput.WriteAsync(string.Join("\n\n", article.Blocks.Select(b => b.Text)));
    process.StandardInput.Close();
    await process.WaitForExitAsync();
    await output;
}

(int Spans, List<string> SpanMisses, int Digits, List<string> DigitMisses) Fidelity(ArticleTranslationResult[] results)
{
    var spans = 0;
    var digits = 0;
    var spanMisses = new List<string>();
    var digitMisses = new List<string>();
    foreach (var segment in results.SelectMany(r => r.Segments))
    {
        var output = segment.TargetText ?? "";
        foreach (var span in segment.Protected)
        {
            spans++;
            if (!output.Contains(span.Rendering, StringComparison.Ordinal))
            {
                spanMisses.Add($"{span.Kind} '{span.Source}' -> '{span.Rendering}' not in \"{Shorten(output)}\"");
            }
        }
        var targetDigits = DigitStrings(output);
        foreach (var number in DigitStrings(segment.SourceText))
        {
            digits++;
            if (!targetDigits.Remove(number))
            {
                digitMisses.Add($"digits {number} of \"{Shorten(segment.SourceText)}\" not in \"{Shorten(output)}\"");
            }
        }
    }
    return (spans, spanMisses, digits, digitMisses);
}

// Digit strings with the locale's separators removed ("1 200,5" and "1.200,5" are both 12005).
static List<string> DigitStrings(string text) =>
    Regex.Matches(text, @"(?<!\d)\d+(?:[.,\u00A0\u202F\u2009 ’'](?=\d{3}(?!\d))\d{3})*(?:[.,]\d+)?").Select(m => new string(m.Value.Where(char.IsAsciiDigit).ToArray())).ToList();

static string Shorten(string text) => text.Length <= 90 ? text : text[..90] + "…";

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
