using Microsoft.Extensions.Time.Testing;
using Newsdesk.Model;
using Newsdesk.Testing;

namespace Newsdesk.Storage.Tests;

/// <summary>Publications, search, topics, related stories, editors and the audit log: the same contract on every store.</summary>
public abstract class SiteStoreContract : IAsyncLifetime
{
    private TestDatabase? _db;

    protected abstract string Dialect { get; }

    private FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

    private INewsStore News => _db!.Store;

    private ISiteStore Site => (ISiteStore)_db!.Store;

    private IEditorStore Editors => (IEditorStore)_db!.Store;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly LanguageTag Fr = LanguageTag.Parse("fr");
    private static readonly LanguageTag Es = LanguageTag.Parse("es");
    private static readonly LanguageTag De = LanguageTag.Parse("de");

    public async ValueTask InitializeAsync() => _db = await TestDatabase.CreateAsync(Dialect, Time);

    public async ValueTask DisposeAsync()
    {
        if (_db is not null)
        {
            await _db.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }

    private async Task<ArticleId> ArticleAsync(string url, ArticleId? clusterOf = null)
    {
        var content = new ExtractedArticle { Title = "T " + url, Blocks = [new ArticleBlock(BlockType.Paragraph, "Texte.")], Language = Fr };
        return (await News.SaveArticleAsync(new ArticleDraft(url, url, null, content, "h-" + url, 1, clusterOf), Time.GetUtcNow(), Ct)).Id;
    }

    private async Task<Publication> PublishAsync(ArticleId article, LanguageTag lang, string title, string body, int daysAgo = 0, ArticleId? cluster = null)
    {
        Time.Advance(TimeSpan.FromSeconds(1));
        return await Site.UpsertPublicationAsync(new PublicationDraft(article, lang, null, null, cluster ?? article, title, "Lead " + title,
            "Economía", Newsdesk.Publishing.Slug.From(title), Time.GetUtcNow().AddDays(-daysAgo), false, body), Time.GetUtcNow(), Ct);
    }

    [Fact]
    public async Task UpsertPublication_Twice_UpdatesAndKeepsFirstPublished()
    {
        var a = await ArticleAsync("https://example.org/a");
        var first = await PublishAsync(a, Es, "Primera versión", "Texto uno.");
        Time.Advance(TimeSpan.FromHours(1));
        var second = await PublishAsync(a, Es, "Segunda versión", "Texto dos.");

        Assert.Equal(first.Id, second.Id);
        Assert.Equal("Segunda versión", (await Site.GetPublicationAsync(a, Es, Ct))!.Title);
        Assert.Equal(first.FirstPublishedAt, second.FirstPublishedAt);
        Assert.True(second.UpdatedAt > first.UpdatedAt);
    }

    [Fact]
    public async Task Search_StemmedWord_FindsInflectedFormAndMarksIt()
    {
        var a = await ArticleAsync("https://example.org/a");
        var b = await ArticleAsync("https://example.org/b");
        await PublishAsync(a, Es, "Los mercados financieros caen", "Las bolsas europeas cerraron con pérdidas.");
        await PublishAsync(b, Es, "Lluvias en Valencia", "Las tormentas siguen.");

        var results = await Site.SearchAsync(new SearchRequest(Es, ["mercado"], []), Ct);

        var hit = Assert.Single(results.Hits);
        Assert.Equal(a, hit.Publication.ArticleId);
        Assert.Contains(SearchHit.MarkStart + "mercados" + SearchHit.MarkEnd, hit.TitleMarked, StringComparison.Ordinal);
        Assert.False(results.HasMore);
    }

    [Fact]
    public async Task Search_Phrase_MatchesOnlyAdjacentWords()
    {
        var a = await ArticleAsync("https://example.org/a");
        var b = await ArticleAsync("https://example.org/b");
        await PublishAsync(a, Es, "Noticia uno", "El banco central sube los tipos.");
        await PublishAsync(b, Es, "Noticia dos", "El central nuclear y el banco del pueblo.");

        var results = await Site.SearchAsync(new SearchRequest(Es, [], ["banco central"]), Ct);

        Assert.Equal(a, Assert.Single(results.Hits).Publication.ArticleId);
    }

    [Fact]
    public async Task Search_PhraseAcrossStopWordThenRepublished_FollowsTheNewText()
    {
        var a = await ArticleAsync("https://example.org/a");
        var b = await ArticleAsync("https://example.org/b");
        await PublishAsync(a, Es, "Informe anual", "El Banco de España publica su informe.");
        await PublishAsync(b, Es, "Otra noticia", "Un banco de la región y España firman.");

        var before = await Site.SearchAsync(new SearchRequest(Es, [], ["banco de España"]), Ct);
        await PublishAsync(a, Es, "Informe anual", "La Casa Blanca responde.");
        var gone = await Site.SearchAsync(new SearchRequest(Es, [], ["banco de España"]), Ct);
        var now = await Site.SearchAsync(new SearchRequest(Es, [], ["casa blanca"]), Ct);

        Assert.Equal(a, Assert.Single(before.Hits).Publication.ArticleId);
        Assert.Empty(gone.Hits);
        Assert.Equal(a, Assert.Single(now.Hits).Publication.ArticleId);
    }

    [Fact]
    public async Task Search_OtherEditionAndFilters_AreRespected()
    {
        var a = await ArticleAsync("https://example.org/a");
        var b = await ArticleAsync("https://example.org/b");
        await PublishAsync(a, Es, "Energía solar", "Paneles solares.", daysAgo: 10);
        await PublishAsync(b, Es, "Energía eólica", "Molinos.", daysAgo: 1);
        await PublishAsync(a, De, "Solarenergie", "Solarzellen.");
        await Site.SetArticleTopicsAsync(b, [new TopicDraft("name:eolica", "tag", new Dictionary<string, string> { ["es"] = "Eólica" })], Time.GetUtcNow(), Ct);
        var topic = await Site.FindTopicAsync(Es, "eolica", Ct);

        var recent = await Site.SearchAsync(new SearchRequest(Es, ["energía"], [], From: Time.GetUtcNow().AddDays(-3)), Ct);
        var byTopic = await Site.SearchAsync(new SearchRequest(Es, ["energía"], [], TopicId: topic!.TopicId), Ct);
        var german = await Site.SearchAsync(new SearchRequest(De, ["energía"], []), Ct);

        Assert.Equal(b, Assert.Single(recent.Hits).Publication.ArticleId);
        Assert.Equal(b, Assert.Single(byTopic.Hits).Publication.ArticleId);
        Assert.Empty(german.Hits);
    }

    [Fact]
    public async Task Search_QuerySyntaxCharacters_AreOrdinaryText()
    {
        var a = await ArticleAsync("https://example.org/a");
        await PublishAsync(a, Es, "Precio del petróleo", "El barril sube.");

        var results = await Site.SearchAsync(new SearchRequest(Es, ["petróleo", "NEAR", "OR", "AND"], []), Ct);

        Assert.Empty(results.Hits); // "near", "or" and "and" are words the text lacks, not operators
    }

    [Fact]
    public async Task Search_PageSize_ReportsMore()
    {
        for (var i = 0; i < 3; i++)
        {
            await PublishAsync(await ArticleAsync($"https://example.org/{i}"), Es, $"Crisis número {i}", "Crisis.");
        }

        var page = await Site.SearchAsync(new SearchRequest(Es, ["crisis"], [], Limit: 2), Ct);
        var last = await Site.SearchAsync(new SearchRequest(Es, ["crisis"], [], Limit: 2, Offset: 2), Ct);

        Assert.Equal(2, page.Hits.Count);
        Assert.True(page.HasMore);
        Assert.Single(last.Hits);
        Assert.False(last.HasMore);
    }

    [Fact]
    public async Task RemovePublication_TakesItOutOfSearchAndListings()
    {
        var a = await ArticleAsync("https://example.org/a");
        await PublishAsync(a, Es, "Elecciones generales", "Votación.");
        var before = await Site.GetSiteVersionAsync(Ct);

        Assert.True(await Site.RemovePublicationAsync(a, Es, Ct));

        Assert.Empty((await Site.SearchAsync(new SearchRequest(Es, ["elecciones"], []), Ct)).Hits);
        Assert.Empty(await Site.ListPublicationsAsync(new PublicationQuery(Es), Ct));
        Assert.True(await Site.GetSiteVersionAsync(Ct) > before);
        Assert.False(await Site.RemovePublicationAsync(a, Es, Ct));
    }

    [Fact]
    public async Task ListPublications_ByEditionTopicAndCluster_NewestFirst()
    {
        var a = await ArticleAsync("https://example.org/a");
        var b = await ArticleAsync("https://example.org/b", clusterOf: a);
        var c = await ArticleAsync("https://example.org/c");
        await PublishAsync(a, Es, "Uno", "x", daysAgo: 3);
        await PublishAsync(b, Es, "Dos", "x", daysAgo: 2, cluster: a);
        await PublishAsync(c, Es, "Tres", "x", daysAgo: 1);
        await PublishAsync(c, De, "Drei", "x", daysAgo: 1);

        var es = await Site.ListPublicationsAsync(new PublicationQuery(Es), Ct);
        var cluster = await Site.ListPublicationsAsync(new PublicationQuery(Es, ClusterId: a), Ct);
        var editions = await Site.ListEditionsAsync(Ct);

        Assert.Equal(["Tres", "Dos", "Uno"], es.Select(p => p.Title));
        Assert.Equal(["Dos", "Uno"], cluster.Select(p => p.Title));
        Assert.Equal([("de", 1L), ("es", 3L)], editions.Select(e => (e.Language.Value, e.Count)));
        Assert.Equal(["de", "es"], (await Site.ListPublicationsOfArticleAsync(c, Ct)).Select(p => p.Language.Value));
    }

    [Fact]
    public async Task SetArticleTopics_PlaceInTwoLanguages_IsOneTopicWithLabels()
    {
        var a = await ArticleAsync("https://example.org/a");
        var b = await ArticleAsync("https://example.org/b");
        var us = new Dictionary<string, string> { ["es"] = "Estados Unidos", ["de"] = "Vereinigte Staaten" };
        await Site.SetArticleTopicsAsync(a, [new TopicDraft("place:us", "place", us, 3)], Time.GetUtcNow(), Ct);
        await Site.SetArticleTopicsAsync(b, [new TopicDraft("place:us", "place", us), new TopicDraft("name:elon-musk", "person",
            new Dictionary<string, string> { ["es"] = "Elon Musk" })], Time.GetUtcNow(), Ct);
        await PublishAsync(a, Es, "Uno", "x");
        await PublishAsync(b, Es, "Dos", "x");

        var es = await Site.FindTopicAsync(Es, "estados-unidos", Ct);
        var de = await Site.FindTopicAsync(De, "vereinigte-staaten", Ct);
        var labels = await Site.ListTopicLabelsAsync(es!.TopicId, Ct);
        var ofB = await Site.ListArticleTopicsAsync(b, Es, Ct);
        var about = await Site.ListPublicationsAsync(new PublicationQuery(Es, TopicId: es.TopicId), Ct);
        var top = await Site.ListTopTopicsAsync(Es, 10, Ct);

        Assert.Equal(es.TopicId, de!.TopicId);
        Assert.Equal(["de", "es"], labels.Select(l => l.Language.Value));
        Assert.Equal(["place:us", "name:elon-musk"], ofB.Select(t => t.Key).Order(StringComparer.Ordinal).Reverse());
        Assert.Equal(2, about.Count);
        Assert.Equal("place:us", top[0].Key);
    }

    [Fact]
    public async Task SetArticleTopics_SlugTakenByAnotherTopic_GetsDistinctSlug()
    {
        var a = await ArticleAsync("https://example.org/a");
        await Site.SetArticleTopicsAsync(a, [
            new TopicDraft("place:georgia", "place", new Dictionary<string, string> { ["es"] = "Georgia" }),
            new TopicDraft("name:georgia", "tag", new Dictionary<string, string> { ["es"] = "Georgia" }),
        ], Time.GetUtcNow(), Ct);

        var topics = await Site.ListArticleTopicsAsync(a, Es, Ct);

        Assert.Equal(2, topics.Select(t => t.Slug).Distinct().Count());
    }

    [Fact]
    public async Task Related_SharedTopicsAndText_FindTheCloseStory()
    {
        var a = await ArticleAsync("https://example.org/a");
        var b = await ArticleAsync("https://example.org/b");
        var c = await ArticleAsync("https://example.org/c");
        var pa = await PublishAsync(a, Es, "Inversión gigante en centros de datos", "La inversión en inteligencia artificial.");
        var pb = await PublishAsync(b, Es, "Nuevos centros de datos en Francia", "Otra inversión en inteligencia artificial.");
        await PublishAsync(c, Es, "Fútbol: resultados", "Goles.");
        var topic = new TopicDraft("name:ia", "tag", new Dictionary<string, string> { ["es"] = "IA" });
        await Site.SetArticleTopicsAsync(a, [topic], Time.GetUtcNow(), Ct);
        await Site.SetArticleTopicsAsync(b, [topic], Time.GetUtcNow(), Ct);

        var byText = await Site.FindSimilarTextAsync(pa.Id, 5, Ct);
        var byTopics = await Site.FindSharedTopicsAsync(pa.Id, 5, Ct);

        Assert.Equal(pb.Id, byText[0].PublicationId);
        Assert.DoesNotContain(byText, r => r.PublicationId == pa.Id);
        Assert.Equal(pb.Id, Assert.Single(byTopics).PublicationId);
    }

    [Fact]
    public async Task Users_AddFindFailuresAndAudit_RoundTrip()
    {
        var user = await Editors.AddUserAsync("Alice", "hash-1", "admin", Time.GetUtcNow(), Ct);
        await Assert.ThrowsAsync<DuplicateUserException>(() => Editors.AddUserAsync("alice", "hash-2", "editor", Time.GetUtcNow(), Ct));

        Assert.Equal(1, await Editors.RecordFailedSignInAsync(user.Id, Ct));
        Assert.Equal(2, await Editors.RecordFailedSignInAsync(user.Id, Ct));
        var failed = await Editors.FindUserAsync("ALICE", Ct);
        await Editors.RecordSignInAsync(user.Id, Time.GetUtcNow(), Ct);
        var cleared = await Editors.FindUserAsync("alice", Ct);
        await Editors.AddAuditAsync(new AuditEntry(Time.GetUtcNow(), "alice", "translation.approve", "translation:1", "{}"), Ct);
        Time.Advance(TimeSpan.FromSeconds(1));
        await Editors.AddAuditAsync(new AuditEntry(Time.GetUtcNow(), "alice", "translation.reject", "translation:2"), Ct);

        Assert.Equal("alice", user.Name);
        Assert.Equal(2, failed!.FailedSignIns);
        Assert.Equal(0, cleared!.FailedSignIns);
        Assert.Equal(Time.GetUtcNow().AddSeconds(-1), cleared.LastSignInAt);
        Assert.Equal(["translation.reject", "translation.approve"], (await Editors.ListAuditAsync(10, Ct)).Select(e => e.Action));
        Assert.True(await Editors.SetPasswordAsync("alice", "hash-3", Ct));
        Assert.Equal("hash-3", (await Editors.FindUserAsync("alice", Ct))!.PasswordHash);
    }

    [Fact]
    public async Task SecurityStamp_RotateAndSetPassword_EachGiveANewStamp()
    {
        var alice = await Editors.AddUserAsync("alice", "hash-1", "admin", Time.GetUtcNow(), Ct);
        var bob = await Editors.AddUserAsync("bob", "hash-1", "editor", Time.GetUtcNow(), Ct);

        var rotated = await Editors.RotateSecurityStampAsync("ALICE ", Ct);
        var afterRotate = (await Editors.FindUserAsync("alice", Ct))!.SecurityStamp;
        Assert.True(await Editors.SetPasswordAsync("alice", "hash-2", Ct));
        var afterPassword = (await Editors.FindUserAsync("alice", Ct))!.SecurityStamp;

        Assert.Matches("^[0-9a-f]{32}$", alice.SecurityStamp);
        Assert.NotEqual(alice.SecurityStamp, bob.SecurityStamp);
        Assert.Equal(rotated, afterRotate);
        Assert.NotEqual(alice.SecurityStamp, afterRotate);
        Assert.NotEqual(afterRotate, afterPassword);
        Assert.Equal(bob.SecurityStamp, (await Editors.FindUserAsync("bob", Ct))!.SecurityStamp); // one user's sign-out ends no one else's session
        Assert.Null(await Editors.RotateSecurityStampAsync("nobody", Ct));
    }

    private static readonly LanguageTag Ca = LanguageTag.Parse("ca");

    private async Task<SourceId> SourceAsync(string url, Licence licence) =>
        (await News.AddSourceAsync(new SourceDraft(url, Licence: licence), Time.GetUtcNow(), Ct)).Id;

    private async Task<Publication> PublishFromAsync(ArticleId article, SourceId? source, ArticleId cluster, string title, DateTimeOffset published)
    {
        Time.Advance(TimeSpan.FromSeconds(1));
        return await Site.UpsertPublicationAsync(new PublicationDraft(article, Es, null, source, cluster, title, null, null,
            Newsdesk.Publishing.Slug.From(title), published, false, title), Time.GetUtcNow(), Ct);
    }

    [Fact]
    public async Task ListPublications_OnePerCluster_ListsEachStoryOnceByItsCanonicalPublication()
    {
        var excerpt = await SourceAsync("https://first.example/feed", Licence.ExcerptAndLink);
        var full = await SourceAsync("https://full.example/feed", Licence.Full);
        var day = Time.GetUtcNow().AddDays(-1);
        // One dispatch run by two outlets: the outlet whose licence lets the site show the whole story wins over the one that ran it first.
        var a = await ArticleAsync("https://first.example/a");
        var b = await ArticleAsync("https://full.example/a", a);
        await PublishFromAsync(a, excerpt, a, "Dispatch (first)", day);
        var canonical = await PublishFromAsync(b, full, a, "Dispatch (full)", day.AddHours(1));
        // Two outlets with the same licence: the first published wins, whichever was stored first.
        var c = await ArticleAsync("https://first.example/c");
        var d = await ArticleAsync("https://other.example/c", c);
        await PublishFromAsync(c, excerpt, c, "Later copy", day.AddHours(3));
        var earlier = await PublishFromAsync(d, excerpt, c, "Earlier copy", day.AddHours(2));
        var e = await ArticleAsync("https://first.example/e");
        var alone = await PublishFromAsync(e, excerpt, e, "Alone", day.AddHours(4));

        var all = await Site.ListPublicationsAsync(new PublicationQuery(Es), Ct);
        var once = await Site.ListPublicationsAsync(new PublicationQuery(Es, OnePerCluster: true), Ct);
        var members = await Site.ListClusterMembersAsync(Es, [a, c], Ct);

        Assert.Equal(5, all.Count);
        Assert.Equal([alone.Id, earlier.Id, canonical.Id], once.Select(p => p.Id));
        Assert.Equal([canonical.Id, earlier.Id], members.GroupBy(m => m.ClusterId).OrderBy(g => g.Key.Value).Select(g => g.First().Id));
        Assert.Equal(4, members.Count);
        Assert.Empty(await Site.ListClusterMembersAsync(Fr, [a], Ct));

        // A third outlet runs the dispatch days later: the story is not new, so the news sitemap's window does not list it again.
        Time.Advance(TimeSpan.FromDays(3));
        var since = Time.GetUtcNow();
        var late = await ArticleAsync("https://late.example/a", a);
        await PublishFromAsync(late, excerpt, a, "Dispatch (late)", day.AddHours(5));
        Assert.Empty(await Site.ListPublicationsAsync(new PublicationQuery(Es, OnePerCluster: true, FirstPublishedSince: since), Ct));
        Assert.Single(await Site.ListPublicationsAsync(new PublicationQuery(Es, FirstPublishedSince: since), Ct));
    }

    [Fact]
    public async Task SetSiteLabel_EngineThenEditor_EngineFillsOnlyWhatIsMissingAndEditorReplaces()
    {
        var engine = new SiteLabel(Fr, "Économie", Ca, "Economia", SiteLabelSetter.Engine, "apertium", null, Time.GetUtcNow());

        Assert.True(await Site.SetSiteLabelAsync(engine, Ct));
        Assert.False(await Site.SetSiteLabelAsync(engine with { Label = "Economia bis" }, Ct));
        Assert.True(await Site.SetSiteLabelAsync(engine with { Label = " Economia i empresa ", SetBy = SiteLabelSetter.Editor, Engine = null, Editor = "alice" }, Ct));
        Assert.False(await Site.SetSiteLabelAsync(engine with { Label = "Economia" }, Ct));
        await Site.SetSiteLabelAsync(new SiteLabel(Fr, "Économie", Es, "Economía", SiteLabelSetter.Engine, "apertium", null, Time.GetUtcNow()), Ct);

        var ca = Assert.Single(await Site.ListSiteLabelsAsync(Ca, Ct));
        Assert.Equal(("Économie", "Economia i empresa", SiteLabelSetter.Editor, "alice"), (ca.Source, ca.Label, ca.SetBy, ca.Editor));
        Assert.Equal(2, (await Site.ListSiteLabelsAsync(null, Ct)).Count);
        await Assert.ThrowsAsync<ArgumentException>(() => Site.SetSiteLabelAsync(engine with { Label = "  ", SetBy = SiteLabelSetter.Editor }, Ct));
    }

    [Fact]
    public async Task SetSiteLabel_SectionTopic_IsNamedInTheEditionOnlyOnceTranslated()
    {
        var a = await ArticleAsync("https://example.org/eco");
        await Site.SetArticleTopicsAsync(a, [
            new TopicDraft("name:economie", "section", new Dictionary<string, string> { ["fr"] = "Économie" }, 2),
            new TopicDraft("name:lunaria-rail", "organisation", new Dictionary<string, string> { ["fr"] = "Lunaria Rail" }),
        ], Time.GetUtcNow(), Ct);

        // Before: the organisation's name is the same in every language; the section has no Catalan name and is not shown.
        var before = await Site.ListArticleTopicsAsync(a, Ca, Ct);
        await Site.SetSiteLabelAsync(new SiteLabel(Fr, "Économie", Ca, "Economia", SiteLabelSetter.Engine, "apertium", null, Time.GetUtcNow()), Ct);
        var after = await Site.ListArticleTopicsAsync(a, Ca, Ct);
        await Site.SetSiteLabelAsync(new SiteLabel(Fr, "Économie", Ca, "Economia i empresa", SiteLabelSetter.Editor, null, "alice", Time.GetUtcNow()), Ct);
        var edited = await Site.ListArticleTopicsAsync(a, Ca, Ct);

        Assert.Equal(["Lunaria Rail"], before.Select(t => t.Label));
        Assert.Equal(("Economia", "economia"), (after[0].Label, after[0].Slug));
        Assert.Equal(("Economia i empresa", "economia-i-empresa"), (edited[0].Label, edited[0].Slug));
        Assert.NotNull(await Site.FindTopicAsync(Ca, "economia-i-empresa", Ct));
        Assert.Null(await Site.FindTopicAsync(Ca, "economia", Ct));
        Assert.Equal("Économie", (await Site.ListArticleTopicsAsync(a, Fr, Ct))[0].Label);
    }
}

public sealed class SqliteSiteStoreContractTests : SiteStoreContract
{
    protected override string Dialect => "sqlite";
}

public sealed class PostgresSiteStoreContractTests : SiteStoreContract
{
    protected override string Dialect => "postgres";
}
