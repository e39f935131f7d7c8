using System.Net;
using AngleSharp.Html.Parser;
using Newsdesk.Model;
using Newsdesk.Storage;
using Newsdesk.Testing;
using Newsdesk.Web.Editors;
using Newsdesk.Web.Tests.Support;

namespace Newsdesk.Web.Tests.Editors;

/// <summary>The editors' pages end to end through WebApplicationFactory: sign in, review, approve, edit, re-translate, reject, sources, glossary, audit.</summary>
public abstract class EditorFlowTests : IAsyncLifetime
{
    private const string Password = "correct horse battery";

    protected abstract string Dialect { get; }

    private SiteFactory _factory = default!;
    private DeskSeed _seed = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly HtmlParser Parser = new();

    public async ValueTask InitializeAsync()
    {
        _factory = new SiteFactory(await TestDatabase.CreateAsync(Dialect, TimeProvider.System));
        _seed = await _factory.SeedAsync("desk.json");
        await _factory.Get<EditorAccounts>().CreateAsync("alice", Password, EditorAccounts.AdminRole, Ct);
        await _factory.Get<EditorAccounts>().CreateAsync("bob", Password, EditorAccounts.EditorRole, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _factory.Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private async Task<HttpClient> SignedInAsync(string user = "alice")
    {
        var client = _factory.Browser();
        var response = await EditorSession.SignInAsync(client, user, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/editor/", response.Headers.Location!.OriginalString);
        return client;
    }

    private TranslationId Held => _seed.Translations["datacenters/ca"];

    [Fact]
    public async Task ReviewPage_HeldTranslation_ShowsSourceBesideTranslationWithFindingMarked()
    {
        var client = await SignedInAsync();

        var queue = await Parser.ParseDocumentAsync(await client.GetStringAsync("/editor/", Ct));
        var link = Assert.Single(queue.QuerySelectorAll("table.queue a"));
        Assert.Equal($"/editor/review/{Held}", link.GetAttribute("href"));
        var page = await Parser.ParseDocumentAsync(await client.GetStringAsync($"/editor/review/{Held}", Ct));

        var mark = Assert.Single(page.QuerySelectorAll(".translation mark.finding"));
        Assert.Equal("40 milions", mark.TextContent);
        Assert.Contains("severity-critical", mark.ClassName, StringComparison.Ordinal);
        Assert.Equal("40 milliards", Assert.Single(page.QuerySelectorAll(".source mark.finding")).TextContent);
        Assert.Contains("number.magnitude-changed", page.QuerySelector(".findings")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(7, page.QuerySelectorAll(".translation p").Length); // headline + six blocks
    }

    [Fact]
    public async Task Approve_HeldTranslation_IsPublishedInItsEditionAndAudited()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.Browser().GetAsync("/ca/", Ct)).StatusCode);
        var client = await SignedInAsync();

        var response = await EditorSession.PostAsync(client, $"/editor/review/{Held}", $"/editor/review/{Held}/approve");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var front = await _factory.Browser().GetStringAsync("/ca/", Ct);
        Assert.Contains("Un fons nord-americà promet", front, StringComparison.Ordinal);
        var t = await _factory.Get<INewsStore>().GetTranslationAsync(Held, Ct);
        Assert.Equal(TranslationStatus.Published, t!.Status);
        Assert.Equal("alice", t.ReviewedBy);
        var audit = await _factory.Get<IEditorStore>().ListAuditAsync(10, Ct);
        Assert.Contains(audit, e => e.Action == "translation.approve" && e.Actor == "alice" && e.Target == $"translation:{Held}");
    }

    [Fact]
    public async Task EditThenApprove_ChangedBlocks_ArePublishedAndGoToTranslationMemory()
    {
        var client = await SignedInAsync("bob");
        var translation = (await _factory.Get<INewsStore>().GetTranslationAsync(Held, Ct))!;
        var fields = new List<(string, string)>
        {
            ("title", "Un fons nord-americà promet 40.000 milions d'euros per a centres de dades a França"),
            ("lead", translation.Content.Lead!),
        };
        fields.AddRange(translation.Content.Blocks.Select((b, i) => ("block", i == 2 ? b.Text.Replace("40 milions", "40.000 milions", StringComparison.Ordinal) : b.Text)));
        var memoryBefore = await _factory.Get<INewsStore>().CountMemoryAsync(Ct);

        var response = await EditorSession.PostAsync(client, $"/editor/review/{Held}", $"/editor/review/{Held}/edit", [.. fields]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = (await _factory.Get<INewsStore>().GetTranslationAsync(Held, Ct))!;
        Assert.Equal(TranslationStatus.Published, after.Status);
        Assert.Contains("40.000 milions", after.Content.Blocks[2].Text, StringComparison.Ordinal);
        Assert.Equal(translation.Content.Blocks[0].Html, after.Content.Blocks[0].Html);
        Assert.Equal(memoryBefore + 2, await _factory.Get<INewsStore>().CountMemoryAsync(Ct)); // the headline and block 3
        var page = await _factory.Browser().GetAsync($"/ca/a/{_seed.Articles["datacenters"].Id}/", Ct);
        var html = await _factory.Browser().GetStringAsync(page.Headers.Location!.OriginalString, Ct);
        Assert.Contains("40.000 milions", html, StringComparison.Ordinal);
        Assert.Contains("revisat per bob", html, StringComparison.Ordinal);
        Assert.Contains(await _factory.Get<IEditorStore>().ListAuditAsync(10, Ct), e => e.Action == "translation.edit-approve" && e.Actor == "bob");
    }

    [Fact]
    public async Task Retranslate_OtherEngine_EnqueuesTranslateJobWithPayload()
    {
        var client = await SignedInAsync();

        var response = await EditorSession.PostAsync(client, $"/editor/review/{Held}", $"/editor/review/{Held}/retranslate", ("engine", "deepl"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var store = _factory.Get<INewsStore>();
        var job = Assert.Single(await store.LeaseJobsAsync("test", 10, TimeSpan.FromMinutes(1), TimeProvider.System.GetUtcNow(), Ct));
        Assert.Equal("article.translate", job.Kind);
        Assert.Equal($"{{\"article\":{_seed.Articles["datacenters"].Id},\"lang\":\"ca\",\"engine\":\"deepl\"}}", job.Payload);
        Assert.Contains(await _factory.Get<IEditorStore>().ListAuditAsync(10, Ct), e => e.Action == "translation.retranslate");
    }

    [Fact]
    public async Task Reject_PublishedTranslation_IsWithdrawnFromSite()
    {
        var client = await SignedInAsync();
        var es = _seed.Translations["rates/es"];
        var path = (await _factory.Browser().GetAsync($"/es/a/{_seed.Articles["rates"].Id}/", Ct)).Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.OK, (await _factory.Browser().GetAsync(path, Ct)).StatusCode);

        var response = await EditorSession.PostAsync(client, $"/editor/review/{es}", $"/editor/review/{es}/reject", ("reason", "wrong figures"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.Browser().GetAsync(path, Ct)).StatusCode);
        Assert.Equal(TranslationStatus.Rejected, (await _factory.Get<INewsStore>().GetTranslationAsync(es, Ct))!.Status);
    }

    [Fact]
    public async Task Sources_AddAndChangeLicence_AreSavedAndAudited()
    {
        var client = await SignedInAsync();

        var added = await EditorSession.PostAsync(client, "/editor/sources", "/editor/sources", ("url", "https://nouveau.example/rss"), ("name", "Nouveau"),
            ("language", "fr"), ("licence", "ExcerptAndLink"), ("pollMinutes", "30"));
        var source = await _factory.Get<INewsStore>().FindSourceByUrlAsync("https://nouveau.example/rss", Ct);
        var updated = await EditorSession.PostAsync(client, "/editor/sources", $"/editor/sources/{source!.Id}", ("name", "Nouveau"), ("language", "fr"),
            ("licence", "LinkOnly"), ("pollMinutes", "60"), ("paused", "true"), ("noIndex", "true"));
        var bad = await EditorSession.PostAsync(client, "/editor/sources", "/editor/sources", ("url", "ftp://x"), ("licence", "Full"));
        var page = await client.GetStringAsync("/editor/sources", Ct);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var saved = await _factory.Get<INewsStore>().GetSourceAsync(source.Id, Ct);
        Assert.Equal(Licence.LinkOnly, saved!.Licence);
        Assert.True(saved.Paused && saved.NoIndex);
        Assert.Equal(TimeSpan.FromMinutes(60), saved.PollInterval);
        Assert.Contains("Le Courrier du matin", page, StringComparison.Ordinal);
        Assert.Contains(await _factory.Get<IEditorStore>().ListAuditAsync(10, Ct), e => e.Action == "source.update");
    }

    [Fact]
    public async Task Glossary_AddAndRemove_PerLanguagePair()
    {
        var client = await SignedInAsync();

        await EditorSession.PostAsync(client, "/editor/glossary?source=fr&target=de", "/editor/glossary", ("source", "fr"), ("target", "de"),
            ("term", "site"), ("rendering", "Standort"), ("avoid", "Website, Webseite"));
        var entries = await _factory.Get<INewsStore>().ListGlossaryAsync(LanguageTag.Parse("fr"), LanguageTag.Parse("de"), Ct);
        var page = await client.GetStringAsync("/editor/glossary?source=fr&target=de", Ct);
        await EditorSession.PostAsync(client, "/editor/glossary?source=fr&target=de", "/editor/glossary/remove", ("source", "fr"), ("target", "de"), ("term", "site"));

        var entry = Assert.Single(entries);
        Assert.Equal(["Website", "Webseite"], entry.Avoid);
        Assert.Contains("Standort", page, StringComparison.Ordinal);
        Assert.Empty(await _factory.Get<INewsStore>().ListGlossaryAsync(LanguageTag.Parse("fr"), LanguageTag.Parse("de"), Ct));
    }

    [Fact]
    public async Task AuditPage_EditorRole_IsForbiddenAdminSeesIt()
    {
        var editor = await SignedInAsync("bob");
        var admin = await SignedInAsync("alice");

        var denied = await editor.GetAsync("/editor/audit", Ct);
        var page = await admin.GetStringAsync("/editor/audit", Ct);

        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/editor/denied", denied.Headers.Location!.PathAndQuery.Length > 0 ? denied.Headers.Location.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal) : "", StringComparison.Ordinal);
        Assert.Contains("sign-in", page, StringComparison.Ordinal);
    }
}

public sealed class SqliteEditorFlowTests : EditorFlowTests
{
    protected override string Dialect => "sqlite";
}

public sealed class PostgresEditorFlowTests : EditorFlowTests
{
    protected override string Dialect => "postgres";
}
