using System.Diagnostics;
using Newsdesk.Model;
using Newsdesk.Translation;
using Newsdesk.Translation.Apertium;

namespace Newsdesk.Tests.Engines;

/// <summary>
/// Issue 22: the resident Apertium pipelines (null-flush mode) against the real Debian Apertium, and against small
/// mode files of our own whose program echoes, hangs or dies, to test the supervision.
/// </summary>
public sealed class ApertiumPipelinePoolTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly string _modes = Directory.CreateTempSubdirectory("newsdesk-modes-").FullName;

    private static readonly string[] French =
    [
        "Le maire a-t-il déclaré que le chantier avancerait plus vite ?",
        "<b>Deux enfants</b> sont partis vers la gare à 8 h 30, selon <a href=\"https://exemple.fr/x\">la police</a>.",
        "Les travaux coûteront 2,4 millions d'euros, dont la moitié à la charge de la région.",
        "Pierre &amp; Marie ont dit : « Nous ne laisserons aucun enfant sans école. »",
        "Le train de nuit reliera Lyon à Barcelone dès le printemps prochain.",
    ];

    public void Dispose() => Directory.Delete(_modes, recursive: true);

    [Theory]
    [InlineData("fr->es")]
    [InlineData("fr->ca")]
    public async Task TranslateAsync_Resident_SameSegmentsAsOneProcessPerArticle(string pair)
    {
        using var resident = new ApertiumCommandEngine(new ApertiumOptions());
        using var perArticle = new ApertiumCommandEngine(new ApertiumOptions { Resident = false });
        foreach (var segments in new[] { French, French.Where(s => !s.Contains('<', StringComparison.Ordinal)).ToArray(), [French[0]] })
        {
            var batch = new TranslationBatch(LanguagePair.Parse(pair), segments);
            var expected = await perArticle.TranslateAsync(batch, Ct);
            var actual = await resident.TranslateAsync(batch, Ct);

            Assert.True(expected.IsSuccess && actual.IsSuccess, expected.Failure?.Message + actual.Failure?.Message);
            Assert.Equal(expected.Segments, actual.Segments);
        }
        Assert.Equal(1, resident.Pool!.Started);
        Assert.Null(perArticle.Pool);
    }

    [Fact]
    public async Task TranslateAsync_KillPipelineMidArticle_ArticleTranslatedOnceAndWhole()
    {
        var segments = Enumerable.Range(0, 2000).Select(i => French[i % French.Length] + $" ({i})").ToList();
        var batch = new TranslationBatch(LanguagePair.Parse("fr->es"), segments);
        using var reference = new ApertiumCommandEngine(new ApertiumOptions());
        var expected = await reference.TranslateAsync(batch, Ct);
        Assert.True(expected.IsSuccess, expected.Failure?.Message);

        using var engine = new ApertiumCommandEngine(new ApertiumOptions());
        var translation = engine.TranslateAsync(batch, Ct);
        var pid = await FirstPipelineAsync(engine.Pool!);
        await Task.Delay(300, Ct); // let the programs start and the article get under way (it takes seconds)
        // The pipeline's shell leads its own process group: kill -9 every program in it at once.
        using (var kill = Process.Start("kill", ["-9", "--", "-" + pid]))
        {
            await kill.WaitForExitAsync(Ct);
        }
        var result = await translation;

        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.Equal(expected.Segments, result.Segments);
        Assert.Equal(segments.Count, result.Segments.Count);
        Assert.Equal(1, engine.Pool!.Replaced);
        Assert.Equal(2, engine.Pool.Started);
        Assert.DoesNotContain(pid, engine.Pool.RunningProcessIds());
    }

    [Fact]
    public async Task TranslateAsync_ConcurrentArticles_ShareAtMostTheConfiguredPipelines()
    {
        using var engine = new ApertiumCommandEngine(new ApertiumOptions { Pipelines = 2 });
        var batches = Enumerable.Range(0, 6).Select(i => new TranslationBatch(LanguagePair.Parse("fr->ca"), [French[i % French.Length], French[(i + 1) % French.Length]])).ToList();
        var results = await Task.WhenAll(batches.Select(b => engine.TranslateAsync(b, Ct)));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Failure?.Message));
        Assert.InRange(engine.Pool!.Started, 1, 2);
        using var single = new ApertiumCommandEngine(new ApertiumOptions { Resident = false });
        for (var i = 0; i < batches.Count; i++)
        {
            Assert.Equal((await single.TranslateAsync(batches[i], Ct)).Segments, results[i].Segments);
        }
    }

    /// <summary>Several requests in one pipeline at once (as on a stream): every answer reaches its own request, in order.</summary>
    [Fact]
    public async Task TranslateAsync_ManyRequestsInOnePipeline_EachGetsItsOwnAnswer()
    {
        var options = Options("echo-many", "exec cat");
        options.Pipelines = 1;
        options.RequestsPerPipeline = 8;
        using var pool = new ApertiumPipelinePool(options);
        var texts = Enumerable.Range(0, 60).Select(i => $"Requête {i} : " + new string('x', i * 37 % 500) + "\n").ToList();

        var answers = await Task.WhenAll(texts.Select(t => Task.Run(() => pool.TranslateAsync("xx-echo-many", "txt", t, Ct), Ct)));

        Assert.Equal(texts, answers);
        Assert.Equal(1, pool.Started);
    }

    [Fact]
    public async Task TranslateAsync_RealApertiumManyArticlesInOnePipeline_SameAsOneProcessEach()
    {
        using var engine = new ApertiumCommandEngine(new ApertiumOptions { Pipelines = 1, RequestsPerPipeline = 4 });
        using var single = new ApertiumCommandEngine(new ApertiumOptions { Resident = false });
        var batches = Enumerable.Range(0, 8).Select(i => new TranslationBatch(LanguagePair.Parse("fr->es"),
            [French[i % French.Length], French[(i + 2) % French.Length] + $" ({i})"])).ToList();

        var results = await Task.WhenAll(batches.Select(b => engine.TranslateAsync(b, Ct)));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.Failure?.Message));
        Assert.Equal(1, engine.Pool!.Started);
        for (var i = 0; i < batches.Count; i++)
        {
            Assert.Equal((await single.TranslateAsync(batches[i], Ct)).Segments, results[i].Segments);
        }
    }

    /// <summary>A request given up while in the pipeline: its answer is read and thrown away, the next request gets its own.</summary>
    [Fact]
    public async Task TranslateAsync_RequestCancelledInFlight_PipelineStaysInStep()
    {
        var options = Options("slow", "while IFS= read -r -d '' text; do sleep 0.4; printf '%s\\0' \"$text\"; done");
        using var pool = new ApertiumPipelinePool(options);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var first = pool.TranslateAsync("xx-slow", "txt", "premier\n", cancel.Token);
        var second = pool.TranslateAsync("xx-slow", "txt", "second\n", Ct);
        await Task.Delay(100, Ct);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal("second\n", await second);
        Assert.Equal("troisième\n", await pool.TranslateAsync("xx-slow", "txt", "troisième\n", Ct));
        Assert.Equal(1, pool.Started);
        Assert.Equal(0, pool.Replaced);
    }

    /// <summary>The pipeline killed with several articles in it: each is translated again, whole, on a fresh pipeline.</summary>
    [Fact]
    public async Task TranslateAsync_KillPipelineWithSeveralArticlesInIt_EachTranslatedOnceAndWhole()
    {
        var batches = Enumerable.Range(0, 3).Select(a => new TranslationBatch(LanguagePair.Parse("fr->es"),
            Enumerable.Range(0, 500).Select(i => French[(i + a) % French.Length] + $" ({a}.{i})").ToList())).ToList();
        using var reference = new ApertiumCommandEngine(new ApertiumOptions());
        var expected = new List<EngineResult>();
        foreach (var batch in batches)
        {
            expected.Add(await reference.TranslateAsync(batch, Ct));
        }

        using var engine = new ApertiumCommandEngine(new ApertiumOptions { Pipelines = 1, RequestsPerPipeline = 4 });
        var translations = batches.Select(b => engine.TranslateAsync(b, Ct)).ToList();
        var pid = await FirstPipelineAsync(engine.Pool!);
        await Task.Delay(300, Ct);
        using (var kill = Process.Start("kill", ["-9", "--", "-" + pid]))
        {
            await kill.WaitForExitAsync(Ct);
        }
        var results = await Task.WhenAll(translations);

        for (var i = 0; i < batches.Count; i++)
        {
            Assert.True(results[i].IsSuccess, results[i].Failure?.Message);
            Assert.Equal(expected[i].Segments, results[i].Segments);
        }
        Assert.Equal(1, engine.Pool!.Replaced);
        Assert.DoesNotContain(pid, engine.Pool.RunningProcessIds());
    }

    [Fact]
    public async Task TranslateAsync_EchoingMode_EachRequestGetsItsOwnAnswer()
    {
        var options = Options("echo", "exec cat");
        using var pool = new ApertiumPipelinePool(options);
        for (var i = 0; i < 5; i++)
        {
            var text = $"Ligne {i} avec [crochets], ^chapeau$ et \\barre.\n\nDeuxième paragraphe {i}.\n";
            Assert.Equal(text, await pool.TranslateAsync("xx-echo", "txt", text, Ct));
        }
        Assert.Equal(1, pool.Started);
    }

    [Fact]
    public async Task TranslateAsync_HangingPipeline_KilledReplacedThenClearFailure()
    {
        var options = Options("hang", "exec sleep 600");
        options.Timeout = TimeSpan.FromSeconds(1);
        using var pool = new ApertiumPipelinePool(options);

        var failure = await Assert.ThrowsAsync<ApertiumPipelineException>(() => pool.TranslateAsync("xx-hang", "txt", "Bonjour.\n", Ct));

        Assert.Contains("failed twice", failure.Message, StringComparison.Ordinal);
        Assert.Contains("did not answer within 1 s", failure.Message, StringComparison.Ordinal);
        Assert.False(failure.Permanent);
        Assert.Equal(2, pool.Replaced);
        Assert.Empty(pool.RunningProcessIds());
    }

    [Fact]
    public async Task TranslateAsync_PipelineDyingAfterOneAnswer_ReplacedForTheNextRequest()
    {
        // Answers one request (echoes up to the first NUL and the NUL), then exits: the next request finds it dead.
        var options = Options("once", "IFS= read -r -d '' line; printf '%s\\0' \"$line\"");
        using var pool = new ApertiumPipelinePool(options);

        Assert.Equal("un\n", await pool.TranslateAsync("xx-once", "txt", "un\n", Ct));
        Assert.Equal("deux\n", await pool.TranslateAsync("xx-once", "txt", "deux\n", Ct));

        Assert.Equal(2, pool.Started);
        Assert.Equal(1, pool.Replaced);
    }

    [Theory]
    [InlineData("Le maire.[][\n\n]Deux.[][\n]", "El alcalde.[][\n\n]Dos.[][\n]", true)]
    [InlineData("Le maire.[][\n\n]Deux.[][\n]", "El alcalde.[][\n\n]Do", false)]
    [InlineData("[<div data-nd=\"0\">]Le maire[<\\/div>\n]", "[<div data-nd=\"0\">]El alcalde[<\\/div>\n]", true)]
    [InlineData("[<div data-nd=\"0\">]Le maire[<\\/div>\n]", "[<div data-nd=\"0\">]El alcal", false)]
    [InlineData("sans bloc final \\[x\\]", "sin bloque final", true)]
    public void EndsLikeRequest_PartialAnswerFlushedByADyingPipeline_IsRefused(string request, string answer, bool whole)
    {
        Assert.Equal(whole, ApertiumPipeline.EndsLikeRequest(request, answer));
    }

    [Fact]
    public async Task TranslateAsync_ModeFileMissing_PermanentFailureNamesWhereItLooked()
    {
        using var pool = new ApertiumPipelinePool(new ApertiumOptions { DataDirectory = _modes });

        var failure = await Assert.ThrowsAsync<ApertiumPipelineException>(() => pool.TranslateAsync("xx-none", "txt", "Bonjour.\n", Ct));

        Assert.True(failure.Permanent);
        Assert.Contains("xx-none", failure.Message, StringComparison.Ordinal);
        Assert.Contains(_modes, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispose_StopsEveryPipeline()
    {
        var engine = new ApertiumCommandEngine(new ApertiumOptions());
        Assert.True((await engine.TranslateAsync(new TranslationBatch(LanguagePair.Parse("fr->es"), [French[2]]), Ct)).IsSuccess);
        var pids = engine.Pool!.RunningProcessIds();
        Assert.Single(pids);

        engine.Dispose();

        Assert.All(pids, pid => Assert.True(HasExited(pid), $"pipeline {pid} still runs"));
    }

    private static bool HasExited(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.WaitForExit(5000);
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    private static async Task<int> FirstPipelineAsync(ApertiumPipelinePool pool)
    {
        for (var i = 0; i < 2000; i++)
        {
            if (pool.RunningProcessIds() is [var pid, ..])
            {
                return pid;
            }
            await Task.Delay(5, Ct);
        }
        throw new TimeoutException("No pipeline started.");
    }

    /// <summary>A mode "xx-NAME" whose only program is a script of ours (apertium-wblank-mode adds -z to it, which it ignores).</summary>
    private ApertiumOptions Options(string name, string body)
    {
        var modes = Path.Combine(_modes, "modes");
        Directory.CreateDirectory(modes);
        var program = Path.Combine(_modes, name + ".sh");
        File.WriteAllText(program, "#!/bin/bash\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        File.WriteAllText(Path.Combine(modes, $"xx-{name}.mode"), program + "\n");
        return new ApertiumOptions { DataDirectory = _modes };
    }
}
