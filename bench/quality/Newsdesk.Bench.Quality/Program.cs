using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Newsdesk.Bench.Quality;
using Newsdesk.Model;
using Newsdesk.Quality;
using Newsdesk.Quality.Checks;

// Throughput of the quality gate on ~5,000-character articles, single thread (articles/s per core), against a
// naive regex checker and the gate with only its cheapest check, measured in the same run.
// Usage: dotnet run -c Release -- PATH/TO/dev-cases.jsonl [seconds-per-configuration]
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: Newsdesk.Bench.Quality DEV-CASES.jsonl [seconds]");
    return 2;
}
var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var articles = BuildArticles(args[0], 5000);
Console.WriteLine($"articles: {articles.Count}, mean length {articles.Average(a => a.Target.Length):F0} chars (target), {articles.Average(a => a.Source!.Length):F0} (source)");

var fr = LanguageTag.Parse("fr");
var de = LanguageTag.Parse("de");
var locale = LanguageTag.Parse("de-DE");
var noSpelling = QualityGateOptions.Default with { Spelling = false };
using var full = QualityGate.CreateDefault();
using var rules = new QualityGateBuilder().WithOptions(noSpelling)
    .AddCheck<BoilerplateCheck>().AddCheck<NumberCheck>().AddCheck<LocaleFormatCheck>().AddCheck<PunctuationCheck>()
    .AddCheck<OmissionCheck>().AddCheck<FalseFriendCheck>().AddCheck<GlossaryCheck>().AddCheck<FluencyCheck>().Build();
using var cheapest = new QualityGateBuilder().AddCheck<BoilerplateCheck>().Build();

var results = new List<(string Name, double PerSecond)>();
results.Add(("naive regex checker (peer)", Measure(a => NaiveChecker.Check(a.Source, a.Target))));
results.Add(("gate, cheapest check only (boilerplate)", Measure(a => cheapest.Check(Input(a, true)).Findings.Count)));
results.Add(("gate, rule checks (no language id, no spelling), with source", Measure(a => rules.Check(Input(a, true)).Findings.Count)));
results.Add(("gate, all checks, target only", Measure(a => full.Check(Input(a, false)).Findings.Count)));
results.Add(("gate, all checks, with source", Measure(a => full.Check(Input(a, true)).Findings.Count)));

var baseline = results[0].PerSecond;
Console.WriteLine();
Console.WriteLine("| configuration | articles/s (1 thread) | ratio to naive peer |");
Console.WriteLine("| --- | ---: | ---: |");
foreach (var (name, perSecond) in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {perSecond:F0} | {perSecond / baseline:F3} |"));
}
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):F0} MiB; managed heap now {GC.GetTotalMemory(false) / (1024.0 * 1024):F0} MiB"));
return 0;

QualityInput Input(Article a, bool withSource) => new(a.Target, fr, de, locale, withSource ? a.Source : null);

double Measure(Func<Article, int> check)
{
    // Warm up (JIT, Lingua models, Hunspell caches), then run whole passes over the articles until time is up.
    foreach (var a in articles.Take(20))
    {
        check(a);
    }
    var sw = Stopwatch.StartNew();
    var done = 0;
    var sink = 0;
    while (sw.Elapsed.TotalSeconds < seconds)
    {
        foreach (var a in articles)
        {
            sink += check(a);
            done++;
        }
    }
    sw.Stop();
    GC.KeepAlive(sink);
    return done / sw.Elapsed.TotalSeconds;
}

static List<Article> BuildArticles(string path, int size)
{
    // French->German cases of the shared set, concatenated paragraph by paragraph into articles of ~size characters.
    var pieces = new List<(string Source, string Target)>();
    foreach (var line in File.ReadLines(path))
    {
        using var doc = JsonDocument.Parse(line);
        var r = doc.RootElement;
        if (r.GetProperty("src_lang").GetString() == "fr" && r.GetProperty("source").GetString() is { } s)
        {
            pieces.Add((s, r.GetProperty("target").GetString()!));
        }
    }
    var result = new List<Article>();
    var src = new StringBuilder();
    var tgt = new StringBuilder();
    foreach (var (s, t) in pieces)
    {
        src.Append(s).Append('\n');
        tgt.Append(t).Append('\n');
        if (tgt.Length >= size)
        {
            result.Add(new Article(src.ToString().TrimEnd(), tgt.ToString().TrimEnd()));
            src.Clear();
            tgt.Clear();
        }
    }
    return result;
}

internal sealed record Article(string? Source, string Target);
