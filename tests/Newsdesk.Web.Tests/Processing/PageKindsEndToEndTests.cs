using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Newsdesk.Model;
using Newsdesk.Storage;
using Newsdesk.Testing;
using Newsdesk.Web.Tests.Ingest;

namespace Newsdesk.Web.Tests.Processing;

/// <summary>
/// Issue 20: one feed of mixed pages (articles, a template, a match sheet, a teaser stub, a section front, a live blog,
/// a video teaser page) through the real pipeline (`newsdesk ingest`, a separate process, translating into Spanish with
/// Apertium): only the articles become articles and reach translation; `jobs status` and `sources list` show the others
/// with their kind.
/// </summary>
public sealed class PageKindsEndToEndTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, PageKind> NotArticles = new(StringComparer.Ordinal)
    {
        ["kind-template-unrendered-placeholders"] = PageKind.Template,
        ["kind-match-sheet-lineups"] = PageKind.Results,
        ["kind-teaser-stub"] = PageKind.Stub,
        ["kind-section-front-headlines"] = PageKind.Listing,
        ["kind-live-blog-declared"] = PageKind.LiveBlog,
        ["kind-video-teaser-page"] = PageKind.Media,
        ["kind-error-page-not-found"] = PageKind.Error,
    };

    private static readonly string[] Articles = ["kind-article-with-video-and-related-links", "dateline-line-in-body-outlet-date-updated-author",
        "passage-in-other-language-embedded-post-and-quote"];

    private static void MixedFeed(WebApplication app)
    {
        app.MapGet("/mixed-pages/{name}.html", (string name) =>
        {
            var path = Path.Combine(AppContext.BaseDirectory, "fixtures", "pages", name + ".html");
            return File.Exists(path) ? Results.Bytes(File.ReadAllBytes(path), "text/html; charset=utf-8") : Results.NotFound();
        });
        app.MapGet("/mixed-pages/feed.xml", (HttpContext c) =>
        {
            var b = $"http://{c.Request.Host}";
            var links = Articles.Concat(NotArticles.Keys).Select(n => $"/mixed-pages/{n}.html")
                .Concat(Enumerable.Range(0, 3).Select(i => $"/outlet0/article-{i}.html"));
            var items = string.Concat(links.Select((l, i) => $"<item><title>Page {i}</title><link>{b}{l}</link><guid>p{i}</guid></item>"));
            return Results.Content($"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Mixed pages</title>{items}</channel></rss>""",
                "application/rss+xml");
        });
    }

    [Fact]
    public async Task Ingest_FeedOfMixedPages_TranslatesOnlyTheArticlesAndCountsTheOthersByKind()
    {
        await using var server = await FixtureNewsServer.StartAsync(outlets: 1, itemsPerOutlet: 3, MixedFeed);
        await using var db = await TestDatabase.CreateSqliteAsync(TimeProvider.System);
        var source = await db.Store.AddSourceAsync(new SourceDraft(new Uri(server.BaseUrl, "/mixed-pages/feed.xml").AbsoluteUri, SourceKind.Auto, "Mixed",
            LanguageTag.Parse("fr"), Licence.Full), TimeProvider.System.GetUtcNow(), Ct);
        var environment = new Dictionary<string, string>(IngestEndToEndTests.LocalFetching) { ["NEWSDESK_DESK__TARGETLANGUAGES__0"] = "es" };

        var (code, stdout, stderr) = await NewsdeskProcess.RunAsync(Path.GetTempPath(), environment, TimeSpan.FromMinutes(5), "ingest", "--db", db.ConnectionString);

        Assert.True(code == 0, stdout + stderr);
        var articleUrls = Articles.Select(n => new Uri(server.BaseUrl, $"/mixed-pages/{n}.html").AbsoluteUri)
            .Concat(Enumerable.Range(0, 3).Select(i => server.ArticleUrl(0, i).AbsoluteUri)).Order(StringComparer.Ordinal).ToList();
        var articles = await db.Store.ListArticlesAsync(100, Ct);
        Assert.Equal(articleUrls, articles.Select(a => a.Url).Order(StringComparer.Ordinal));
        Assert.All(articles, a => Assert.Equal(PageKind.Article, a.Content.Kind));
        // Issue 20, point 5: the dateline line left the text, and its facts are the article's metadata.
        var dated = Assert.Single(articles, a => a.Url.EndsWith("/dateline-line-in-body-outlet-date-updated-author.html", StringComparison.Ordinal));
        Assert.DoesNotContain("Mis à jour", dated.Content.Text, StringComparison.Ordinal);
        Assert.Equal("Odile Varenne", dated.Content.Byline);
        Assert.Equal(new DateTimeOffset(2024, 3, 14, 7, 45, 0, TimeSpan.Zero), dated.Content.Published);

        // Issue 20, point 6: the English post and quotation are kept in English in the Spanish translation, marked as
        // English, and the gate does not call them untranslated.
        var quoting = Assert.Single(articles, a => a.Url.EndsWith("/passage-in-other-language-embedded-post-and-quote.html", StringComparison.Ordinal));
        var english = quoting.Content.Blocks.Where(b => b.Language?.Language == "en").ToList();
        Assert.Equal(3, english.Count);
        var quotingEs = Assert.Single(await db.Store.ListTranslationsAsync(new TranslationQuery(LanguageTag.Parse("es"), Limit: 100), Ct),
            t => t.ArticleId == quoting.Id);
        Assert.Equal(english, quotingEs.Content.Blocks.Where(b => b.Language?.Language == "en"));
        var layout = Newsdesk.Quality.ArticleTextLayout.Layout(quotingEs.Content);
        var keptSpans = english.Select(b => (Start: layout.IndexOf(b.Text, StringComparison.Ordinal), End: layout.IndexOf(b.Text, StringComparison.Ordinal) + b.Text.Length)).ToList();
        Assert.All(keptSpans, k => Assert.True(k.Start >= 0));
        using (var findings = System.Text.Json.JsonDocument.Parse(quotingEs.FindingsJson))
        {
            foreach (var finding in findings.RootElement.EnumerateArray())
            {
                var span = finding.GetProperty("span");
                var (start, end) = (span[0].GetInt32(), span[1].GetInt32());
                Assert.False(keptSpans.Any(k => start < k.End && end > k.Start), $"finding inside a kept passage: {finding}");
            }
        }
        Assert.True(quotingEs.Status == TranslationStatus.Published, quotingEs.FindingsJson);
        await using (var site = new Newsdesk.Web.Tests.Support.SiteFactory(db))
        {
            var client = site.Browser();
            var redirect = await client.GetAsync($"/es/a/{quoting.Id}/", Ct);
            var page = await client.GetStringAsync(redirect.Headers.Location!.OriginalString, Ct);
            Assert.Contains("<blockquote lang=\"en\" class=\"kept-language\"><p>We never gave up on this one.", page, StringComparison.Ordinal);
            Assert.Contains("<blockquote lang=\"en\" class=\"kept-language\"><p>It is good news for the travellers", page, StringComparison.Ordinal);
        }

        // Every article reached translation (published or held by the gate); nothing else has a translation or a publication.
        var translations = await db.Store.ListTranslationsAsync(new TranslationQuery(LanguageTag.Parse("es"), Limit: 100), Ct);
        Assert.Equal(articles.Select(a => a.Id.Value).Order(), translations.Select(t => t.ArticleId.Value).Order());
        Assert.DoesNotContain(translations, t => t.Status is TranslationStatus.Failed or TranslationStatus.Translated);
        var published = await db.Store.ListPublicationsAsync(new PublicationQuery(LanguageTag.Parse("es"), Limit: 100), Ct);
        Assert.All(published, p => Assert.Contains(articles, a => a.Id == p.ArticleId));
        Assert.Equal(0, (await db.Store.CountJobsAsync(Ct)).Failed);

        var counts = await db.Store.CountPageKindsAsync(Ct);
        Assert.Equal(articles.Count, counts.Where(c => c.Kind == PageKind.Article && c.Source == source.Id).Sum(c => c.Pages));
        foreach (var (name, kind) in NotArticles)
        {
            Assert.Equal(1, counts.Where(c => c.Kind == kind && c.Source == source.Id).Sum(c => c.Pages));
            var page = Assert.Single(await db.Store.ListPagesOfKindAsync(kind, 10, Ct));
            Assert.EndsWith($"/{name}.html", page.Url, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(page.Reason));
        }

        (code, stdout, stderr) = await NewsdeskProcess.RunAsync(Path.GetTempPath(), TimeSpan.FromMinutes(1), "jobs", "status", "--db", db.ConnectionString);
        Assert.True(code == 0, stdout + stderr);
        Assert.Contains($"pages article {articles.Count}, live_blog 1, listing 1, media 1, results 1, template 1, error 1, stub 1; not translated {NotArticles.Count}", stdout, StringComparison.Ordinal);
        Assert.Contains("template " + new Uri(server.BaseUrl, "/mixed-pages/kind-template-unrendered-placeholders.html").AbsoluteUri + ": ", stdout, StringComparison.Ordinal);

        (code, stdout, stderr) = await NewsdeskProcess.RunAsync(Path.GetTempPath(), TimeSpan.FromMinutes(1), "sources", "list", "--json", "--db", db.ConnectionString);
        Assert.True(code == 0, stdout + stderr);
        Assert.Contains("\"pages\":{\"article\":" + articles.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), stdout, StringComparison.Ordinal);
        Assert.Contains("\"template\":1", stdout, StringComparison.Ordinal);
    }
}
