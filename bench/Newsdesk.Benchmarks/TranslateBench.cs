using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Bench.Translation;
using Newsdesk.Model;
using Newsdesk.Quality;
using Newsdesk.Storage.Sqlite;
using Newsdesk.Translation;
using Newsdesk.Translation.Apertium;

namespace Newsdesk.Benchmarks;

/// <summary>
/// Issue 22: the whole translate path (empty store-backed memory, protection, the resident Apertium engine, restoring,
/// typography) over the bench articles, against one `apertium -u` process streaming the same text, in the same run.
/// Then the memory's second pass (time and engine calls), the one-process-per-article engine for comparison, and the
/// quality gate's cost per article. Prints one JSON line last.
/// </summary>
internal static class TranslateBench
{
    public static async Task<int> RunAsync(string[] argv)
    {
        var args = new BenchArgs(argv);
        var pairText = args.Get("pair", "fr-es");
        var pair = LanguagePair.Parse(pairText.Contains("->", StringComparison.Ordinal) ? pairText : pairText.Replace("-", "->", StringComparison.Ordinal));
        var cases = args.Get("cases", "../shared/bench/qa/dev-cases.jsonl");
        var articles = BenchArticles.Load(cases, pair.Source.Language, args.Int("articles", 100), args.Int("paragraphs", 2));
        // By default as many articles at once as a desk's worker runs jobs (Worker:Concurrency).
        var workers = args.Int("workers", new Newsdesk.Processing.WorkerOptions().Concurrency);
        var json = argv.Contains("--json");
        var chars = articles.Sum(a => a.Blocks.Sum(b => b.Text.Length));
        Console.Error.WriteLine($"{articles.Count} articles, {chars} characters, {pair}, {workers} worker(s)");

        using var perArticle = new ApertiumCommandEngine(new ApertiumOptions { Resident = false });
        var mode = await perArticle.GetModeAsync(pair, CancellationToken.None)
            ?? throw new InvalidOperationException($"apertium has no mode for {pair}.");

        // The peer: one apertium process streaming all the text (its start-up included, as the desk's is below).
        var streamText = string.Join("\n\n", articles.Select(a => string.Join("\n\n", a.Blocks.Select(b => b.Text))));
        var streamSeconds = await StreamAsync(mode, streamText);
        Console.Error.WriteLine($"apertium -u {mode}, one process: {streamSeconds:0.00} s");

        var work = Directory.CreateTempSubdirectory("newsdesk-translate-bench-");
        try
        {
            // The desk: a fresh engine (pipelines start inside the timed run), workers translating articles side by side.
            var residentOptions = new ApertiumOptions();
            residentOptions.Pipelines = args.Int("pipelines", residentOptions.Pipelines);
            residentOptions.RequestsPerPipeline = args.Int("requests-per-pipeline", residentOptions.RequestsPerPipeline);
            using var resident = new ApertiumCommandEngine(residentOptions);
            var memory = await MemoryAsync(Path.Combine(work.FullName, "desk.db"));
            var (deskSeconds, results) = await TranslateAllAsync(resident, memory, articles, pair, workers);
            Console.Error.WriteLine($"desk, resident pipelines: {deskSeconds:0.00} s ({resident.PipelinesStarted} pipeline(s) started, {results.Sum(r => r.EngineCalls)} engine call(s))");

            // A desk process that has run before (its code compiled by the JIT) starting fresh pipelines: the start-up of
            // Apertium's programs is in it, the .NET start-up of the desk's own code is not.
            using var restarted = new ApertiumCommandEngine(residentOptions);
            var (restartSeconds, _) = await TranslateAllAsync(restarted, await MemoryAsync(Path.Combine(work.FullName, "restart.db")), articles, pair, workers);
            Console.Error.WriteLine($"desk, fresh pipelines in a running process: {restartSeconds:0.00} s ({restarted.PipelinesStarted} pipeline(s) started)");

            // Steady state: the same engine with its pipelines running, a fresh empty memory (what a long-running desk sees).
            var (warmSeconds, _) = await TranslateAllAsync(resident, await MemoryAsync(Path.Combine(work.FullName, "warm.db")), articles, pair, workers);
            Console.Error.WriteLine($"desk, pipelines already running: {warmSeconds:0.00} s");
            var engineSeconds = await EngineOnlyAsync(resident, articles, pair, workers);
            Console.Error.WriteLine($"engine alone (plain segments, pipelines running): {engineSeconds:0.00} s");
            var (overheadSeconds, _) = await TranslateAllAsync(new EchoEngine(resident), await MemoryAsync(Path.Combine(work.FullName, "echo.db")), articles, pair, workers);
            Console.Error.WriteLine($"desk around an engine that answers at once (its own cost): {overheadSeconds:0.00} s");
            // The engine's own request path (packing, marks, in-process deformatting, the pool, unpacking) around a pipeline
            // that only echoes: what the engine adds to Apertium's own time.
            var echoDir = Directory.CreateDirectory(Path.Combine(work.FullName, "echo-apertium", "modes"));
            var echoScript = Path.Combine(work.FullName, "echo-apertium", "echo.sh");
            await File.WriteAllTextAsync(echoScript, "#!/bin/bash\nexec cat\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(echoScript, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
            await File.WriteAllTextAsync(Path.Combine(echoDir.FullName, mode + ".mode"), echoScript + "\n");
            using var echoing = new ApertiumCommandEngine(new ApertiumOptions { DataDirectory = echoDir.Parent!.FullName, Pipelines = residentOptions.Pipelines, RequestsPerPipeline = residentOptions.RequestsPerPipeline });
            await EngineOnlyAsync(echoing, articles.Take(5).ToList(), pair, workers); // start the pipeline
            var echoSeconds = await EngineOnlyAsync(echoing, articles, pair, workers);
            Console.Error.WriteLine($"engine around a pipeline that echoes (its own cost): {echoSeconds:0.00} s");
            var startSeconds = await StreamAsync(mode, "");
            Console.Error.WriteLine($"apertium -u {mode} start-up alone: {startSeconds:0.00} s");

            // What the desk remembers is what it published (issue 19): accept every first-pass translation, as publishing does.
            await memory.PutManyAsync(results.SelectMany(r => r.MemoryCandidates).ToList(), CancellationToken.None);
            var (memorySeconds, memoryResults) = await TranslateAllAsync(resident, memory, articles, pair, workers);
            var memoryCalls = memoryResults.Sum(r => r.EngineCalls);
            Console.Error.WriteLine($"desk, memory second pass: {memorySeconds:0.000} s, {memoryCalls} engine call(s)");

            // The old default, one apertium process per article (about 50 s for the 100 articles); --no-per-article skips it.
            double? perArticleSeconds = null;
            if (!argv.Contains("--no-per-article"))
            {
                (perArticleSeconds, _) = await TranslateAllAsync(perArticle, await MemoryAsync(Path.Combine(work.FullName, "per-article.db")),
                    articles, pair, workers);
                Console.Error.WriteLine($"desk, one process per article: {perArticleSeconds:0.00} s");
            }

            // --apy: the same path through apertium-apy (resident pipelines kept by APy's own Python server), started on a
            // loopback port before the timing as the desk's process is; its pipelines start on the first request, inside it.
            (double Cold, double Warm)? apy = null;
            if (argv.Contains("--apy"))
            {
                apy = await ApyAsync(articles, pair, workers, work);
                Console.Error.WriteLine($"desk through apertium-apy: {apy.Value.Cold:0.00} s cold, {apy.Value.Warm:0.00} s warm");
            }

            var gateSeconds = Gate(articles, results, pair);
            var line = new Dictionary<string, object?>
            {
                ["pair"] = $"{pair.Source}-{pair.Target}",
                ["articles"] = articles.Count,
                ["chars"] = chars,
                ["workers"] = workers,
                ["desk_chars_per_s"] = Math.Round(chars / deskSeconds),
                ["apertium_stream_chars_per_s"] = Math.Round(chars / streamSeconds),
                ["ratio"] = Math.Round(streamSeconds / deskSeconds, 3),
                ["per_article_process_chars_per_s"] = perArticleSeconds is { } p ? Math.Round(chars / p) : null,
                ["memory_speedup"] = Math.Round(deskSeconds / memorySeconds, 1),
                ["memory_engine_calls"] = memoryCalls,
                ["gate_ms_per_article"] = Math.Round(gateSeconds * 1000 / articles.Count, 2),
                ["translate_ms_per_article"] = Math.Round(deskSeconds * 1000 / articles.Count, 2),
                ["restart_desk_chars_per_s"] = Math.Round(chars / restartSeconds),
                ["restart_ratio"] = Math.Round(streamSeconds / restartSeconds, 3),
                ["warm_desk_chars_per_s"] = Math.Round(chars / warmSeconds),
                ["warm_engine_chars_per_s"] = Math.Round(chars / engineSeconds),
                ["warm_stream_chars_per_s"] = Math.Round(chars / Math.Max(0.001, streamSeconds - startSeconds)),
                ["desk_own_ms_per_article"] = Math.Round(overheadSeconds * 1000 / articles.Count, 2),
                ["engine_own_ms_per_article"] = Math.Round(echoSeconds * 1000 / articles.Count, 2),
                ["warm_ratio"] = Math.Round(Math.Max(0.001, streamSeconds - startSeconds) / warmSeconds, 3),
            };
            if (apy is { } a)
            {
                line["apy_desk_chars_per_s"] = Math.Round(chars / a.Cold);
                line["apy_ratio"] = Math.Round(streamSeconds / a.Cold, 3);
                line["apy_warm_desk_chars_per_s"] = Math.Round(chars / a.Warm);
            }
            Console.WriteLine(JsonSerializer.Serialize(line));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            work.Delete(recursive: true);
        }
    }

    /// <summary>The desk's whole path through apertium-apy: a first pass (APy's pipelines start inside it) and a second, warm one.</summary>
    private static async Task<(double Cold, double Warm)> ApyAsync(List<ExtractedArticle> articles, LanguagePair pair, int workers, DirectoryInfo work)
    {
        await using var apy = await Newsdesk.Testing.ApyProcess.StartAsync();
        await using var provider = new ServiceCollection().AddApertiumTranslation(o => o.ApyUrl = apy.Url).BuildServiceProvider();
        var engine = provider.GetRequiredService<ITranslationEngine>();
        var (cold, _) = await TranslateAllAsync(engine, await MemoryAsync(Path.Combine(work.FullName, "apy.db")), articles, pair, workers);
        var (warm, _) = await TranslateAllAsync(engine, await MemoryAsync(Path.Combine(work.FullName, "apy-warm.db")), articles, pair, workers);
        return (cold, warm);
    }

    private static async Task<ITranslationMemory> MemoryAsync(string file)
    {
        var store = new SqliteNewsStore($"Data Source={file}", TimeProvider.System);
        await store.MigrateAsync(CancellationToken.None);
        return new NewsStoreTranslationMemory(store, TimeProvider.System);
    }

    private static async Task<(double Seconds, ArticleTranslationResult[] Results)> TranslateAllAsync(ITranslationEngine engine,
        ITranslationMemory memory, List<ExtractedArticle> articles, LanguagePair pair, int workers)
    {
        var translator = new ArticleTranslator(new TranslationEngineRegistry([engine]), memory, TimeProvider.System);
        var results = new ArticleTranslationResult[articles.Count];
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, articles.Count), new ParallelOptions { MaxDegreeOfParallelism = workers }, async (i, ct) =>
        {
            results[i] = await translator.TranslateAsync(new ArticleTranslationRequest(articles[i], pair.Target), ct);
        });
        watch.Stop();
        if (results.FirstOrDefault(r => !r.IsComplete) is { } failed)
        {
            throw new InvalidOperationException($"{results.Count(r => !r.IsComplete)} article(s) failed: {failed.Failures[0]}");
        }
        return (watch.Elapsed.TotalSeconds, results);
    }

    /// <summary>The engine alone on each article's plain paragraphs (no memory, protection or restoring), workers side by side.</summary>
    private static async Task<double> EngineOnlyAsync(ITranslationEngine engine, List<ExtractedArticle> articles, LanguagePair pair, int workers)
    {
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(articles, new ParallelOptions { MaxDegreeOfParallelism = workers }, async (article, ct) =>
        {
            var result = await engine.TranslateAsync(new TranslationBatch(pair, article.Blocks.Select(b => InlineHtml.Encode(b.Text)).ToList()), ct);
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException(result.Failure!.Message);
            }
        });
        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>The quality gate over every (original, translation) pair, one after another: seconds in all.</summary>
    private static double Gate(List<ExtractedArticle> articles, ArticleTranslationResult[] results, LanguagePair pair)
    {
        using var gate = QualityGate.CreateDefault(new QualityGateOptions());
        // The gate's dictionaries load on first use, once per process: not part of an article's cost.
        gate.Check(new QualityInput("Texte.", pair.Source, pair.Target, Source: "Texte."));
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < articles.Count; i++)
        {
            var source = string.Join("\n\n", articles[i].Blocks.Select(b => b.Text));
            var target = string.Join("\n\n", results[i].Article.Blocks.Select(b => b.Text));
            gate.Check(new QualityInput(target, pair.Source, pair.Target, Source: source));
        }
        return watch.Elapsed.TotalSeconds;
    }

    private static async Task<double> StreamAsync(string mode, string text)
    {
        var start = new ProcessStartInfo("apertium")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in new[] { "-u", mode })
        {
            start.ArgumentList.Add(argument);
        }
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        await process.StandardInput.WriteAsync(text);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        await output;
        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>An engine with another engine's pairs and capabilities that gives every segment back at once: the desk's own cost.</summary>
    private sealed class EchoEngine(ITranslationEngine inner) : ITranslationEngine
    {
        public string Name => inner.Name;
        public EngineCapabilities Capabilities => inner.Capabilities;
        public Task<IReadOnlyCollection<LanguagePair>> GetPairsAsync(CancellationToken cancellationToken) => inner.GetPairsAsync(cancellationToken);
        public Task<EngineResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken) =>
            Task.FromResult(EngineResult.Success(batch.Segments, new TranslationCost(batch.SourceCharacters, 0, 0, 1)));
    }
}
