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
// Usage: dotnet run -c Release -- PATH/TO/dev-cases.jsonl [seconds-per-configuration, split over the rounds]
//        dotnet run -c Release -- PATH/TO/dev-cases.jsonl --alignment   (the sentence alignment alone)
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: Newsdesk.Bench.Quality DEV-CASES.jsonl [seconds]");
    return 2;
}
var seconds = args.Length > 1 && args[1] != "--alignment" ? double.Parse(args[1], CultureInfo.InvariantCulture) : 5;
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

if (args.Contains("--alignment"))
{
    // The sentence alignment alone (the source-side cost of the rule checks), with and without the dictionary
    // evidence, on texts whose words and numbers are already analysed: interleaved rounds, medians.
    using var services = new QualityServices(noSpelling);
    double AlignmentMilliseconds(bool lexical)
    {
        long ticks = 0;
        foreach (var a in articles)
        {
            var context = new CheckContext(Input(a, true), noSpelling, services);
            _ = context.Source!.Words.Count + context.Source.Numbers.Count + context.Target.Words.Count + context.Target.Numbers.Count;
            var start = Stopwatch.GetTimestamp();
            var evidence = lexical ? context.Lexical : null;
            GC.KeepAlive(Newsdesk.Quality.Alignment.SentenceAlignment.Align(context.Source, context.Target, BoilerplateCheck.IsPageFurniture, evidence));
            ticks += Stopwatch.GetTimestamp() - start;
        }
        return ticks * 1000.0 / Stopwatch.Frequency / articles.Count;
    }
    var withDictionary = new List<double>();
    var without = new List<double>();
    for (var round = 0; round < 25; round++)
    {
        withDictionary.Add(AlignmentMilliseconds(true));
        without.Add(AlignmentMilliseconds(false));
    }
    // The first rounds warm up the JIT and load the dictionary; the medians of the last 15 are reported.
    static double Median(List<double> xs) => xs.Skip(10).Order().ElementAt(7);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"alignment per article: {Median(withDictionary):F3} ms with the dictionary evidence, {Median(without):F3} ms without"));
    return 0;
}
var configurations = new List<(string Name, Func<Article, int> Check)>
{
    ("naive regex checker (peer)", a => NaiveChecker.Check(a.Source, a.Target)),
    ("gate, cheapest check only (boilerplate)", a => cheapest.Check(Input(a, true)).Findings.Count),
    ("gate, rule checks (no language id, no spelling), target only", a => rules.Check(Input(a, false)).Findings.Count),
    ("gate, rule checks (no language id, no spelling), with source", a => rules.Check(Input(a, true)).Findings.Count),
    ("gate, all checks, target only", a => full.Check(Input(a, false)).Findings.Count),
    ("gate, all checks, with source", a => full.Check(Input(a, true)).Findings.Count),
};
// The machine is shared: configurations are measured in interleaved rounds and each keeps its median rate, so
// that a burst of load elsewhere hits all of them alike and the ratios stay meaningful.
const int Rounds = 5;
foreach (var (_, check) in configurations)
{
    Warm(check);
}
var rates = configurations.Select(_ => new List<double>()).ToList();
for (var round = 0; round < Rounds; round++)
{
    for (var c = 0; c < configurations.Count; c++)
    {
        rates[c].Add(Measure(configurations[c].Check, seconds / Rounds));
    }
}
var results = configurations.Select((c, i) => (c.Name, PerSecond: rates[i].Order().ElementAt(Rounds / 2))).ToList();
var baseline = results[0].PerSecond;
Console.WriteLine();
Console.WriteLine($"| configuration | articles/s (1 thread, median of {Rounds} interleaved rounds) | ratio to naive peer |");
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

void Warm(Func<Article, int> check)
{
    // Until the hot loops are compiled at full optimisation (tiered JIT) and the Lingua models and Hunspell caches
    // are loaded.
    var warm = Stopwatch.StartNew();
    while (warm.Elapsed.TotalSeconds < 2)
    {
        foreach (var a in articles)
        {
            check(a);
        }
    }
}

double Measure(Func<Article, int> check, double duration)
{
    var sw = Stopwatch.StartNew();
    var done = 0;
    var sink = 0;
    while (sw.Elapsed.TotalSeconds < duration)
    {
        foreach (var a in articles)
        {
            sink += check(a);
            done++;
            if (sw.Elapsed.TotalSeconds >= duration)
            {
                break;
            }
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

