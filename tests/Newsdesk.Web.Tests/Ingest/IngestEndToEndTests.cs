using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newsdesk.Model;
using Newsdesk.Processing;
using Newsdesk.Storage;
using Newsdesk.Testing;
using Newsdesk.Text;

namespace Newsdesk.Web.Tests.Ingest;

/// <summary>`newsdesk ingest` as a separate process, over a real HTTP fixture server on 127.0.0.1 and a real database.</summary>
public sealed class IngestEndToEndTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The fixture server is on loopback, which the SSRF guard refuses unless allowed; no politeness delay against it.</summary>
    internal static readonly Dictionary<string, string> LocalFetching = new()
    {
        ["NEWSDESK_FETCH__ALLOWEDPRIVATEADDRESSES"] = "127.0.0.1",
        ["NEWSDESK_FETCH__MINDELAYPERHOST"] = "0",
    };

    private static string Syndicated(string chrome) => $"""
        <html lang="fr"><head><meta charset="utf-8"><title>Dépêche</title></head><body>
        <nav><a href="/">{chrome}</a></nav><article><h1>La dépêche syndiquée</h1>
        <p>Le port de Marseille a enregistré une hausse de 12 % de son trafic de conteneurs au troisième trimestre, selon les chiffres publiés jeudi par l'autorité portuaire.</p>
        <p>« C'est le meilleur trimestre depuis dix ans », a déclaré la directrice du port, qui attribue ce résultat à l'ouverture d'un nouveau terminal au printemps.</p>
        <p>Les syndicats réclament désormais des embauches supplémentaires pour faire face à l'augmentation de l'activité sur les quais.</p>
        </article><footer>{chrome} — tous droits réservés</footer></body></html>
        """;

    private static void EdgeCases(WebApplication app)
    {
        var rateLimitedOnce = 0;
        app.MapGet("/broken/feed.xml", () => Results.Content("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Cassé</title><item><title>Un</title><link>http://x/1", "application/rss+xml"));
        app.MapGet("/not-a-feed.html", () => Results.Content("<html><head><title>Accueil</title></head><body><p>Pas de flux ici.</p></body></html>", "text/html"));
        app.MapGet("/mixed/feed.xml", (HttpContext c) =>
        {
            var b = $"http://{c.Request.Host}";
            return Results.Content($"""
                <?xml version="1.0" encoding="utf-8"?>
                <rss version="2.0"><channel><title>Mélange</title>
                <item><title>Déjà vu 1</title><link>{b}/outlet0/article-0.html?utm_source=twitter&amp;fbclid=abc</link><guid>m1</guid></item>
                <item><title>Déjà vu 2</title><link>//{c.Request.Host}/outlet0/article-1.html#comments</link><guid>m2</guid></item>
                <item><title>Syndiquée A</title><link>/syndicated/a.html</link><guid>m3</guid></item>
                <item><title>Syndiquée B</title><link>/syndicated/b.html</link><guid>m4</guid></item>
                <item><title>Latin-1</title><link>/latin1.html</link><guid>m5</guid></item>
                <item><title>Limité</title><link>/rate-limited.html</link><guid>m6</guid></item>
                <item><title>Bombe</title><link>/bomb.html</link><guid>m7</guid></item>
                <item><title>Boucle</title><link>/loop.html</link><guid>m8</guid></item>
                <item><title>Sans lien</title><guid isPermaLink="false">m9</guid></item>
                <item><title>Doublon</title><link>/syndicated/a.html</link><guid>m3</guid></item>
                </channel></rss>
                """, "application/rss+xml");
        });
        app.MapGet("/syndicated/a.html", () => Results.Content(Syndicated("Le Journal A"), "text/html; charset=utf-8"));
        app.MapGet("/syndicated/b.html", () => Results.Content(Syndicated("Gazette B, le quotidien"), "text/html; charset=utf-8"));
        app.MapGet("/latin1.html", () => Results.Bytes(Encoding.Latin1.GetBytes(
            "<html><head><title>Été</title></head><body><article><h1>Un été très chaud à Montréal</h1>" +
            "<p>Les températures ont dépassé trente-cinq degrés pendant une semaine entière, un record pour la ville québécoise cette année.</p>" +
            "<p>Les autorités sanitaires ont ouvert des centres de rafraîchissement et appelé les habitants à la prudence.</p></article></body></html>"),
            "text/html")); // no charset anywhere: the bytes are ISO-8859-1
        app.MapGet("/rate-limited.html", (HttpContext c) =>
        {
            if (Interlocked.Increment(ref rateLimitedOnce) == 1)
            {
                c.Response.Headers.RetryAfter = "1";
                return Results.StatusCode(429);
            }
            return Results.Content(Syndicated("Limité").Replace("La dépêche syndiquée", "Arrivé après une attente", StringComparison.Ordinal)
                .Replace("Marseille", "Toulon", StringComparison.Ordinal).Replace("12 %", "7 %", StringComparison.Ordinal)
                .Replace("conteneurs", "passagers", StringComparison.Ordinal).Replace("dix ans", "vingt ans", StringComparison.Ordinal)
                .Replace("syndicats", "élus", StringComparison.Ordinal), "text/html; charset=utf-8");
        });
        app.MapGet("/bomb.html", async (HttpContext c) =>
        {
            c.Response.ContentType = "text/html";
            c.Response.Headers.ContentEncoding = "gzip";
            await using var gzip = new GZipStream(c.Response.Body, CompressionLevel.Fastest, leaveOpen: true);
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 200; i++)
            {
                await gzip.WriteAsync(zeros, c.RequestAborted); // 200 MB of zeros, a few hundred KB on the wire
            }
        });
        app.MapGet("/loop.html", () => Results.Redirect("/loop2.html"));
        app.MapGet("/loop2.html", () => Results.Redirect("/loop.html"));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Ingest_FeedsWithHostileAndBrokenInput_StoresEachStoryOnceAndRecordsEveryError(string dialect)
    {
        await using var server = await FixtureNewsServer.StartAsync(outlets: 2, itemsPerOutlet: 15, EdgeCases);
        await using var db = await TestDatabase.CreateAsync(dialect, TimeProvider.System);
        var now = TimeProvider.System.GetUtcNow();
        var outlet0 = await db.Store.AddSourceAsync(new SourceDraft(server.FeedUrl(0).AbsoluteUri), now, Ct);
        var outlet1 = await db.Store.AddSourceAsync(new SourceDraft(server.FeedUrl(1).AbsoluteUri), now, Ct);
        var broken = await db.Store.AddSourceAsync(new SourceDraft(new Uri(server.BaseUrl, "/broken/feed.xml").AbsoluteUri), now, Ct);
        var notFeed = await db.Store.AddSourceAsync(new SourceDraft(new Uri(server.BaseUrl, "/not-a-feed.html").AbsoluteUri, SourceKind.Rss), now, Ct);
        var mixed = await db.Store.AddSourceAsync(new SourceDraft(new Uri(server.BaseUrl, "/mixed/feed.xml").AbsoluteUri), now, Ct);

        var (code, stdout, stderr) = await NewsdeskProcess.RunAsync(Path.GetTempPath(), LocalFetching, TimeSpan.FromMinutes(3), "ingest", "--db", db.ConnectionString, "--timings");
        Assert.True(code == 0, stdout + stderr);
        // --timings: one line per step that ran, in the route's order; no translation without target languages.
        var steps = System.Text.RegularExpressions.Regex.Matches(stdout, @"^step (\S+) (\d+) jobs [\d.]+ s [\d.]+ % [\d.]+ ms$", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).ToList();
        Assert.Equal([PipelineRoutes.FetchSource.Kind, PipelineRoutes.FetchPage.Kind, PipelineRoutes.ExtractPage.Kind], steps);
        await Task.Delay(1100, Ct); // the rate-limited page asked us to come back after 1 second
        (code, stdout, stderr) = await NewsdeskProcess.RunAsync(Path.GetTempPath(), LocalFetching, TimeSpan.FromMinutes(3), "ingest", "--db", db.ConnectionString);
        Assert.True(code == 0, stdout + stderr);

        var articles = await db.Store.ListArticlesAsync(1000, Ct);
        // 30 generated + 2 syndicated + latin-1 + the rate-limited one; the mixed feed's links to outlet 0 add nothing.
        Assert.Equal(34, articles.Count);
        Assert.Equal(articles.Count, articles.Select(a => a.CanonicalUrl).Distinct().Count());
        Assert.All(articles, a => Assert.DoesNotContain("utm_", a.CanonicalUrl, StringComparison.Ordinal));
        Assert.All(articles, a => Assert.Equal(1, a.Revision));

        var syndicated = articles.Where(a => a.CanonicalUrl.Contains("/syndicated/", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, syndicated.Count);
        Assert.Equal(syndicated[0].ClusterId, syndicated[1].ClusterId);
        Assert.Equal(articles.Count - 1, articles.Select(a => a.ClusterId).Distinct().Count());

        var latin1 = Assert.Single(articles, a => a.CanonicalUrl.EndsWith("/latin1.html", StringComparison.Ordinal));
        Assert.Contains("Un été très chaud à Montréal", latin1.Content.Title + latin1.Content.Text, StringComparison.Ordinal);
        Assert.Contains("québécoise", latin1.Content.Text, StringComparison.Ordinal);
        Assert.Contains(articles, a => a.CanonicalUrl.EndsWith("/rate-limited.html", StringComparison.Ordinal));
        var generated = articles.Single(a => a.CanonicalUrl.EndsWith("/outlet0/article-3.html", StringComparison.Ordinal));
        Assert.DoesNotContain("Lire aussi", generated.Content.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("cookies", generated.Content.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Partager", generated.Content.Text, StringComparison.Ordinal);
        Assert.Equal(FixtureNewsServer.Paragraphs(0, 3).Count, generated.Content.Blocks.Count(b => b.Type == BlockType.Paragraph));

        Assert.Contains("XML", (await db.Store.GetSourceAsync(broken.Id, Ct))!.Fetch.LastError, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull((await db.Store.GetSourceAsync(notFeed.Id, Ct))!.Fetch.LastError);
        var mixedSource = (await db.Store.GetSourceAsync(mixed.Id, Ct))!;
        Assert.Contains("link", mixedSource.Fetch.LastError, StringComparison.OrdinalIgnoreCase);
        Assert.Null((await db.Store.GetSourceAsync(outlet0.Id, Ct))!.Fetch.LastError);
        Assert.Equal(15, (await db.Store.GetSourceAsync(outlet1.Id, Ct))!.Fetch.ItemCount);

        var failed = await db.Store.ListFailedJobsAsync(50, Ct);
        Assert.Contains(failed, f => f.Payload.Contains("/bomb.html", StringComparison.Ordinal) && f.Error!.Contains("decompress", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(failed, f => f.Payload.Contains("/loop.html", StringComparison.Ordinal) && f.Error!.Contains("redirect", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(2, failed.Count);
        Assert.Equal(0, (await db.Store.CountJobsAsync(Ct)).Open);
        // Conditional GET: the second pass found nothing due, and the feeds were fetched once each.
        Assert.Equal(1, server.Hits("/outlet0/feed.xml"));
    }

    /// <summary>A feed whose entries attack the desk one by one, beside the generated outlet 0 whose pages they link to.</summary>
    private static void HostileEntries(WebApplication app)
    {
        var fiveMegabyteTitle = new string('T', 5 * 1024 * 1024);
        app.MapGet("/hostile/feed.xml", (HttpContext c) =>
        {
            var b = $"http://{c.Request.Host}";
            return Results.Content($"""
                <?xml version="1.0" encoding="utf-8"?>
                <rss version="2.0"><channel><title>Hostile</title>
                <item><title>Bon 0</title><link>{b}/outlet0/article-0.html</link><guid>h0</guid></item>
                <item><title>IPv6 loopback</title><link>http://[::1]:18002/x</link><guid>h1</guid></item>
                <item><title>Bon 1</title><link>{b}/outlet0/article-1.html</link><guid>{new string('g', 3_000)}</guid></item>
                <item><title>IPv6 zone</title><link>http://[fe80::1%25eth0]:8080/y</link><guid>h3</guid></item>
                <item><title>Bon 2</title><link>{b}/outlet0/article-2.html</link><guid>h&#0;4&#xDC00;</guid></item>
                <item><title>Script</title><link>javascript:alert(1)</link><guid>h5</guid></item>
                <item><title>Trop long</title><link>{b}/{new string('l', 10_000)}</link><guid>h6</guid></item>
                <item><title>{fiveMegabyteTitle}</title><link>{b}/hostile/untitled.html</link><guid>h7</guid></item>
                <item><title>JSON-LD</title><link>{b}/hostile/json-ld.html</link><guid>h8</guid></item>
                </channel></rss>
                """, "application/rss+xml");
        });
        // No title of its own: the entry's title is the article's.
        app.MapGet("/hostile/untitled.html", () => Results.Content(
            "<html lang=\"fr\"><body><article>" + string.Concat(FixtureNewsServer.Paragraphs(7, 7).Select(p => $"<p>{p}</p>")) + "</article></body></html>",
            "text/html; charset=utf-8"));
        // JSON-LD strings without bounds: a 5 MB headline, NUL in the author, 100 keywords, a 3,000-character image URL.
        app.MapGet("/hostile/json-ld.html", () =>
        {
            var keywords = string.Join(',', Enumerable.Range(0, 100).Select(i => $"\"mot{i}\""));
            var jsonLd = $$"""{"@type":"NewsArticle","headline":"{{new string('H', 5 * 1024 * 1024)}}","author":{"name":"Ann\u0000a Reporter"},"keywords":[{{keywords}}],"image":"https://img.example/{{new string('i', 3_000)}}.jpg","articleSection":"{{new string('S', 1_000)}}"}""";
            return Results.Content(
                $"<html lang=\"fr\"><head><script type=\"application/ld+json\">{jsonLd}</script></head><body><article>" +
                string.Concat(FixtureNewsServer.Paragraphs(8, 8).Select(p => $"<p>{p}</p>")) + "</article></body></html>",
                "text/html; charset=utf-8");
        });
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Ingest_FeedWithHostileEntries_StoresTheGoodOnesBoundedAndNamesEachBadOne(string dialect)
    {
        await using var server = await FixtureNewsServer.StartAsync(outlets: 1, itemsPerOutlet: 3, HostileEntries);
        await using var db = await TestDatabase.CreateAsync(dialect, TimeProvider.System);
        var hostile = await db.Store.AddSourceAsync(new SourceDraft(new Uri(server.BaseUrl, "/hostile/feed.xml").AbsoluteUri), TimeProvider.System.GetUtcNow(), Ct);

        var (code, stdout, stderr) = await NewsdeskProcess.RunAsync(Path.GetTempPath(), LocalFetching, TimeSpan.FromMinutes(5), "ingest", "--db", db.ConnectionString);

        Assert.True(code == 0, stdout + stderr);
        var articles = await db.Store.ListArticlesAsync(100, Ct);
        // Every good entry is stored, whatever its neighbours (and its own id) were.
        Assert.Equal(5, articles.Count);
        foreach (var item in new[] { 0, 1, 2 })
        {
            Assert.Contains(articles, a => a.CanonicalUrl.EndsWith($"/outlet0/article-{item}.html", StringComparison.Ordinal));
        }
        var untitled = Assert.Single(articles, a => a.CanonicalUrl.EndsWith("/hostile/untitled.html", StringComparison.Ordinal));
        Assert.Equal(FieldLimits.Title, untitled.Content.Title.Length);
        Assert.StartsWith("TTTT", untitled.Content.Title, StringComparison.Ordinal);
        var jsonLd = Assert.Single(articles, a => a.CanonicalUrl.EndsWith("/hostile/json-ld.html", StringComparison.Ordinal));
        Assert.Equal(FieldLimits.Title, jsonLd.Content.Title.Length);
        Assert.Equal("Anna Reporter", jsonLd.Content.Byline);
        Assert.Equal(FieldLimits.Categories, jsonLd.Content.Tags.Count);
        Assert.Equal(FieldLimits.Category, jsonLd.Content.Section?.Length);
        Assert.Null(jsonLd.Content.MainImage);
        Assert.Contains("title was 5,242,880 characters", stderr, StringComparison.Ordinal);

        // Each bad entry is named: on the source (what the parser refused) or as a failed page fetch (what the fetcher refused).
        var source = (await db.Store.GetSourceAsync(hostile.Id, Ct))!;
        Assert.Equal("ok", source.Fetch.LastStatus);
        Assert.Contains("javascript", source.Fetch.LastError, StringComparison.Ordinal);
        Assert.Contains("over the 2,048 cap", source.Fetch.LastError, StringComparison.Ordinal);
        Assert.True(source.Fetch.LastError!.Length < 2_000, "the source's error quotes the entries shortened");
        var failed = await db.Store.ListFailedJobsAsync(50, Ct);
        Assert.Contains(failed, f => f.Payload.Contains("http://[::1]:18002/x", StringComparison.Ordinal));
        Assert.Contains(failed, f => f.Payload.Contains("http://[fe80::1]:8080/y", StringComparison.Ordinal));
        Assert.Equal(2, failed.Count);
        Assert.Equal(0, (await db.Store.CountJobsAsync(Ct)).Open);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Work_KilledDuringIngestAndRestarted_StoresEveryArticleExactlyOnce(string dialect)
    {
        await using var server = await FixtureNewsServer.StartAsync(outlets: 4, itemsPerOutlet: 50);
        await using var db = await TestDatabase.CreateAsync(dialect, TimeProvider.System);
        for (var i = 0; i < server.Outlets; i++)
        {
            await db.Store.AddSourceAsync(new SourceDraft(server.FeedUrl(i).AbsoluteUri), TimeProvider.System.GetUtcNow(), Ct);
        }
        // Leases renewed by the heartbeat: a short one is safe however loaded the machine, and the killed worker's jobs come back soon.
        var args = new[] { "work", "--concurrency", "4", "--lease-seconds", "10", "--db", db.ConnectionString };

        using (var doomed = NewsdeskProcess.Start(Path.GetTempPath(), LocalFetching, args))
        {
            while (await db.Store.CountArticlesAsync(Ct) < 40)
            {
                Assert.False(doomed.HasExited, doomed.Stderr);
                await Task.Delay(25, Ct);
            }
            doomed.Kill();
        }
        Assert.True((await db.Store.CountJobsAsync(Ct)).Open > 0, "killed after all the work was done; the test proves nothing");

        // A draining worker exits while the killed worker's leases still run; run again until nothing is open (deadline, not count).
        var deadline = System.Diagnostics.Stopwatch.StartNew();
        while ((await db.Store.CountJobsAsync(Ct)).Open > 0)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(5), $"jobs still open after {deadline.Elapsed}");
            var (code, _, stderr) = await NewsdeskProcess.RunAsync(Path.GetTempPath(), LocalFetching, TimeSpan.FromMinutes(3),
                "work", "--drain", "--concurrency", "4", "--lease-seconds", "10", "--db", db.ConnectionString);
            Assert.True(code == 0, stderr);
            await Task.Delay(500, Ct);
        }

        var articles = await db.Store.ListArticlesAsync(1000, Ct);
        Assert.Equal(200, articles.Count);
        Assert.Equal(200, articles.Select(a => a.CanonicalUrl).Distinct().Count());
        Assert.All(articles, a => Assert.Equal(1, a.Revision));
        Assert.Equal(0, (await db.Store.CountJobsAsync(Ct)).Failed);
    }

    [Fact]
    public async Task Ingest_EntryUpdatedWithChangedText_BecomesNewRevisionOfSameArticle()
    {
        var version = 1;
        await using var server = await FixtureNewsServer.StartAsync(0, 0, app =>
        {
            app.MapGet("/live/feed.xml", (HttpContext c) => Results.Content($"""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Live</title><id>urn:live</id><updated>2026-11-28T10:0{version}:00Z</updated>
                <entry><id>urn:live:1</id><title>Le budget voté</title><link href="/live/budget.html"/><updated>2026-11-28T10:0{version}:00Z</updated></entry>
                </feed>
                """, "application/atom+xml"));
            app.MapGet("/live/budget.html", () => Results.Content($"""
                <html lang="fr"><head><meta charset="utf-8"><title>Le budget voté</title></head><body><article><h1>Le budget voté</h1>
                <p>Le conseil régional a adopté jeudi soir un budget de {version * 100} millions d'euros pour l'année prochaine, après six heures de débat.</p>
                <p>L'opposition a voté contre en dénonçant une hausse des dépenses de fonctionnement et un recul des investissements dans les lycées.</p>
                </article></body></html>
                """, "text/html; charset=utf-8"));
        });
        await using var db = await TestDatabase.CreateSqliteAsync(TimeProvider.System);
        var source = await db.Store.AddSourceAsync(new SourceDraft(new Uri(server.BaseUrl, "/live/feed.xml").AbsoluteUri), TimeProvider.System.GetUtcNow(), Ct);

        var (code, _, stderr) = await NewsdeskProcess.RunAsync(Path.GetTempPath(), LocalFetching, TimeSpan.FromMinutes(2), "ingest", "--db", db.ConnectionString);
        Assert.True(code == 0, stderr);
        version = 2;
        (code, _, stderr) = await NewsdeskProcess.RunAsync(Path.GetTempPath(), LocalFetching, TimeSpan.FromMinutes(2),
            "ingest", "--source", source.Id.ToString(), "--db", db.ConnectionString);
        Assert.True(code == 0, stderr);

        var article = Assert.Single(await db.Store.ListArticlesAsync(10, Ct));
        Assert.Equal(2, article.Revision);
        Assert.Contains("200 millions d'euros", article.Content.Text, StringComparison.Ordinal);
    }
}
