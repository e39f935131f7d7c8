using System.Diagnostics;
using System.Globalization;
using Newsdesk.Bench.Site;
using Newsdesk.Model;
using Newsdesk.Storage;
using Newsdesk.Storage.Postgres;
using Newsdesk.Storage.Sqlite;

// Usage:
//   SiteBench corpus --db <connection> --articles 100000        generate the corpus (Spanish edition) into a fresh store
//   SiteBench search --db <connection> --queries 1000           time SearchAsync over a fixed query mix; prints p50/p95/p99
var args2 = args.ToList();
string Arg(string name, string fallback) => args2.IndexOf(name) is var i and >= 0 && i + 1 < args2.Count ? args2[i + 1] : fallback;
var command = args2.FirstOrDefault() ?? "";
var db = Arg("--db", "");
if (db.Length == 0 || command is not ("corpus" or "search" or "desk"))
{
    Console.Error.WriteLine("usage: SiteBench corpus|desk|search --db <connection> [--articles N] [--queries N]");
    return 2;
}
var time = TimeProvider.System;
RelationalStore store = db.Contains("Host=", StringComparison.OrdinalIgnoreCase)
    ? new RelationalStore(new PostgresNewsStore(db, time))
    : new RelationalStore(new SqliteNewsStore(db.Contains('=') ? db : "Data Source=" + db, time));
await store.News.MigrateAsync(CancellationToken.None);
var es = LanguageTag.Parse("es");
var now = new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

if (command == "corpus")
{
    var n = int.Parse(Arg("--articles", "100000"), CultureInfo.InvariantCulture);
    var corpus = new Corpus(42);
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < n; i++)
    {
        var title = corpus.Sentence(9 + corpus.Next(5)).TrimEnd('.');
        var lead = corpus.Sentence(25);
        var body = string.Join("\n", Enumerable.Range(0, 3).Select(_ => corpus.Sentence(40)));
        var url = $"https://bench.example/{i}";
        var published = now.AddMinutes(-(n - 1 - i) * 7.0); // oldest first, one story every 7 minutes: 100,000 cover about 16 months
        var saved = await store.News.SaveArticleAsync(new ArticleDraft(url, url, null,
            new ExtractedArticle { Title = title, Lead = lead, Language = es, Published = published, Blocks = [new ArticleBlock(BlockType.Paragraph, lead)] },
            "h" + i, i), published, CancellationToken.None);
        await store.Site.UpsertPublicationAsync(new PublicationDraft(saved.Id, es, null, null, saved.Id, title, lead, "Economía",
            Newsdesk.Publishing.Slug.From(title), published, false, lead + "\n" + body), published, CancellationToken.None);
        if ((i + 1) % 10_000 == 0)
        {
            Console.Error.WriteLine($"{i + 1} articles, {clock.Elapsed.TotalSeconds:F0} s");
        }
    }
    Console.WriteLine($"corpus: {n} articles in {clock.Elapsed.TotalSeconds:F0} s");
    return 0;
}

if (command == "desk")
{
    // A small desk published through the real Publisher (topics, related stories, clusters): what the article page bench serves.
    var n = int.Parse(Arg("--articles", "500"), CultureInfo.InvariantCulture);
    var corpus = new Corpus(42);
    var fr = LanguageTag.Parse("fr");
    var source = await store.News.AddSourceAsync(new SourceDraft("https://bench.example/rss", SourceKind.Rss, "Le Banc d'essai", fr, Licence.Full), now,
        CancellationToken.None);
    var publisher = new Newsdesk.Publishing.Publisher(store.News, store.News, store.News, store.Site, new Newsdesk.Publishing.TopicExtractor(),
        new Newsdesk.Publishing.NoSiteChangeNotifier(), new Newsdesk.Publishing.PublisherOptions(), time,
        Microsoft.Extensions.Logging.Abstractions.NullLogger<Newsdesk.Publishing.Publisher>.Instance);
    string[] people = ["Sarah Cohen", "Paul Lefèvre", "Claire Martin", "Horizon Capital", "Marc Vidal"];
    for (var i = 0; i < n; i++)
    {
        var title = corpus.Sentence(10).TrimEnd('.') + " en Francia con " + people[i % people.Length];
        var blocks = Enumerable.Range(0, 8).Select(b => new ArticleBlock(b == 3 ? BlockType.Heading2 : BlockType.Paragraph, corpus.Sentence(b == 3 ? 5 : 45)))
            .Prepend(new ArticleBlock(BlockType.Paragraph, corpus.Sentence(25))).ToList();
        var url = $"https://bench.example/{i}";
        var original = new ExtractedArticle
        {
            Title = title, Lead = blocks[0].Text, Language = fr, Published = now.AddMinutes(-i * 30), Byline = people[i % 3], Section = "Économie",
            Tags = ["Économie", "Europe"], Blocks = blocks,
        };
        var saved = await store.News.SaveArticleAsync(new ArticleDraft(url, url, source.Id, original, "h" + i, i), now, CancellationToken.None);
        var id = await store.News.SaveTranslationAsync(new TranslationDraft(saved.Id, 1, fr, es, "apertium", original with { Language = es }), now,
            CancellationToken.None);
        await store.News.RecordCheckAsync(id, new TranslationCheck(TranslationStatus.Published, "publish", "[]", "[]", null), now, CancellationToken.None);
        await publisher.PublishTranslationAsync(id, CancellationToken.None);
    }
    Console.WriteLine($"desk: {n} articles published in es (and fr originals)");
    return 0;
}

// search: a fixed mix of queries, drawn from the same word distribution the corpus used.
var queries = int.Parse(Arg("--queries", "1000"), CultureInfo.InvariantCulture);
var mix = new Corpus(7);
var words = mix.Words;
var kinds = new List<(string Kind, SearchRequest Request)>();
var r = new Random(11);
for (var i = 0; i < queries; i++)
{
    var k = i % 10;
    SearchRequest request = k switch
    {
        < 4 => new SearchRequest(es, [words[60 + r.Next(400)]], []),                         // a common news word
        < 6 => new SearchRequest(es, [words[2_000 + r.Next(15_000)]], []),                   // a rare word
        < 8 => new SearchRequest(es, [words[60 + r.Next(300)], words[300 + r.Next(3_000)]], []), // two words
        8 => new SearchRequest(es, [], [words[60 + r.Next(200)] + " " + words[60 + r.Next(200)]]), // a phrase
        _ => new SearchRequest(es, [words[60 + r.Next(400)]], [], From: now.AddDays(-30)),  // a word in the last 30 days
    };
    kinds.Add((k switch { < 4 => "common word", < 6 => "rare word", < 8 => "two words", 8 => "phrase", _ => "word + date filter" }, request));
}
foreach (var (_, request) in kinds.Take(50))
{
    await store.Site.SearchAsync(request, CancellationToken.None); // warm-up
}
var timings = new List<(string Kind, double Ms, int Hits)>();
foreach (var (kind, request) in kinds)
{
    var sw = Stopwatch.StartNew();
    var result = await store.Site.SearchAsync(request, CancellationToken.None);
    timings.Add((kind, sw.Elapsed.TotalMilliseconds, result.Hits.Count));
}
static double P(IEnumerable<double> values, double p)
{
    var sorted = values.Order().ToArray();
    return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
Console.WriteLine($"dialect {store.News.Dialect}, {await store.News.CountArticlesAsync(CancellationToken.None)} articles, {queries} queries");
Console.WriteLine($"| queries | n | p50 ms | p95 ms | p99 ms | mean hits |");
Console.WriteLine($"|---|---|---|---|---|---|");
foreach (var group in timings.GroupBy(t => t.Kind).Prepend(timings.GroupBy(_ => "all").Single()))
{
    var ms = group.Select(g => g.Ms).ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {group.Key} | {ms.Count} | {P(ms, 0.50):F2} | {P(ms, 0.95):F2} | {P(ms, 0.99):F2} | {group.Average(g => g.Hits):F1} |"));
}
return 0;

/// <summary>Both views of one store.</summary>
internal sealed record RelationalStore(INewsStore News)
{
    public ISiteStore Site => (ISiteStore)News;
}
