using Microsoft.Extensions.Time.Testing;
using Newsdesk.Model;
using Newsdesk.Processing;
using Newsdesk.Publishing;
using Newsdesk.Quality;
using Newsdesk.Review;
using Newsdesk.Testing;

namespace Newsdesk.Storage.Tests;

/// <summary>Translations, translation memory and glossary: the same contract on every store.</summary>
public abstract class TranslationStoreContract : IAsyncLifetime
{
    private TestDatabase? _db;

    protected abstract string Dialect { get; }

    private FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

    private INewsStore Store => _db!.Store;

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

    private async Task<ArticleId> ArticleAsync(string url)
    {
        var content = new ExtractedArticle { Title = "Titre", Blocks = [new ArticleBlock(BlockType.Paragraph, "Texte.")], Language = Fr };
        var saved = await Store.SaveArticleAsync(new ArticleDraft(url, url, null, content, "h-" + url, 1), Time.GetUtcNow(), Ct);
        return saved.Id;
    }

    private static TranslationDraft Draft(ArticleId article, LanguageTag lang, string title, int revision = 1) => new(
        article, revision, Fr, lang, "apertium",
        new ExtractedArticle
        {
            Title = title,
            Lead = "Entradilla.",
            Blocks = [new ArticleBlock(BlockType.Paragraph, "Texto «citado».", "Texto «<em>citado</em>».")],
        },
        CostCharacters: 120, MemoryHits: 1, EngineCalls: 1);

    [Fact]
    public async Task SaveTranslation_New_RoundTrips()
    {
        var article = await ArticleAsync("https://example.org/a");

        var id = await Store.SaveTranslationAsync(Draft(article, Es, "Título"), Time.GetUtcNow(), Ct);
        var t = await Store.GetTranslationAsync(id, Ct);

        Assert.NotNull(t);
        Assert.Equal(article, t.ArticleId);
        Assert.Equal("es", t.Language.Value);
        Assert.Equal("fr", t.SourceLanguage.Value);
        Assert.Equal(TranslationStatus.Translated, t.Status);
        Assert.Equal("Título", t.Content.Title);
        Assert.Equal("Texto «<em>citado</em>».", t.Content.Blocks[0].Html);
        Assert.Equal(120, t.CostCharacters);
        Assert.Null(t.Verdict);
        Assert.Null(t.PublishedAt);
        Assert.Equal(id, (await Store.FindTranslationAsync(article, Es, Ct))!.Id);
    }

    [Fact]
    public async Task SaveTranslation_EngineUnknownWordsLeft_RoundTripAndAreReplacedWithTheTranslation()
    {
        var article = await ArticleAsync("https://example.org/a");
        var id = await Store.SaveTranslationAsync(Draft(article, Es, "Título") with { UnknownWords = ["ferré", "pic"] }, Time.GetUtcNow(), Ct);

        Assert.Equal(["ferré", "pic"], (await Store.GetTranslationAsync(id, Ct))!.UnknownWords);

        await Store.SaveTranslationAsync(Draft(article, Es, "Otra"), Time.GetUtcNow(), Ct);
        Assert.Empty((await Store.GetTranslationAsync(id, Ct))!.UnknownWords);
    }

    [Fact]
    public async Task SaveTranslation_SameArticleAndLanguageAgain_ReplacesAndResetsReview()
    {
        var article = await ArticleAsync("https://example.org/a");
        var id = await Store.SaveTranslationAsync(Draft(article, Es, "Primera"), Time.GetUtcNow(), Ct);
        await Store.RecordCheckAsync(id, new TranslationCheck(TranslationStatus.Held, "hold", "[{\"category\":\"number\"}]", "[]", null), Time.GetUtcNow(), Ct);

        var again = await Store.SaveTranslationAsync(Draft(article, Es, "Segunda", revision: 2), Time.GetUtcNow(), Ct);
        var t = (await Store.GetTranslationAsync(again, Ct))!;

        Assert.Equal(id, again);
        Assert.Equal("Segunda", t.Content.Title);
        Assert.Equal(2, t.ArticleRevision);
        Assert.Equal(TranslationStatus.Translated, t.Status);
        Assert.Null(t.Verdict);
        Assert.Equal("[]", t.FindingsJson);
    }

    [Fact]
    public async Task RecordCheck_Publish_SetsPublishedTimeOnceAndAppliesFixes()
    {
        var article = await ArticleAsync("https://example.org/a");
        var id = await Store.SaveTranslationAsync(Draft(article, Es, "Título"), Time.GetUtcNow(), Ct);
        var fixedContent = new ExtractedArticle { Title = "Título corregido", Blocks = [new ArticleBlock(BlockType.Paragraph, "Texto corregido.")] };

        await Store.RecordCheckAsync(id, new TranslationCheck(TranslationStatus.Published, "publish", "[]", "[{\"before\":\"a\",\"after\":\"b\"}]", fixedContent), Time.GetUtcNow(), Ct);
        var first = (await Store.GetTranslationAsync(id, Ct))!;
        Time.Advance(TimeSpan.FromHours(1));
        await Store.RecordCheckAsync(id, new TranslationCheck(TranslationStatus.Published, "publish", "[]", "[]", null), Time.GetUtcNow(), Ct);
        var second = (await Store.GetTranslationAsync(id, Ct))!;

        Assert.Equal(TranslationStatus.Published, first.Status);
        Assert.Equal("Título corregido", first.Content.Title);
        Assert.Null(first.Content.Lead);
        Assert.Contains("before", first.FixesJson);
        Assert.Equal(first.PublishedAt, second.PublishedAt);
        Assert.Equal("Título corregido", second.Content.Title);
    }

    [Fact]
    public async Task ReviewTranslation_EditedAndApproved_PublishedWithReviewer()
    {
        var article = await ArticleAsync("https://example.org/a");
        var id = await Store.SaveTranslationAsync(Draft(article, Es, "Título"), Time.GetUtcNow(), Ct);
        await Store.RecordCheckAsync(id, new TranslationCheck(TranslationStatus.Held, "hold", "[]", "[]", null), Time.GetUtcNow(), Ct);
        var edited = new ExtractedArticle { Title = "Título revisado", Blocks = [new ArticleBlock(BlockType.Paragraph, "Revisado.")] };

        Assert.True(await Store.ReviewTranslationAsync(id, TranslationStatus.Published, "maria", edited, Time.GetUtcNow(), Ct));
        var t = (await Store.GetTranslationAsync(id, Ct))!;

        Assert.Equal(TranslationStatus.Published, t.Status);
        Assert.Equal("maria", t.ReviewedBy);
        Assert.Equal("Título revisado", t.Content.Title);
        Assert.NotNull(t.PublishedAt);
        Assert.False(await Store.ReviewTranslationAsync(new TranslationId(999_999), TranslationStatus.Rejected, "maria", null, Time.GetUtcNow(), Ct));
    }

    [Fact]
    public async Task ListTranslations_ByLanguageAndStatus_FiltersAndOrders()
    {
        var a = await ArticleAsync("https://example.org/a");
        var b = await ArticleAsync("https://example.org/b");
        var ea = await Store.SaveTranslationAsync(Draft(a, Es, "A es"), Time.GetUtcNow(), Ct);
        Time.Advance(TimeSpan.FromMinutes(1));
        var eb = await Store.SaveTranslationAsync(Draft(b, Es, "B es"), Time.GetUtcNow(), Ct);
        await Store.SaveTranslationAsync(Draft(a, De, "A de"), Time.GetUtcNow(), Ct);
        await Store.RecordCheckAsync(eb, new TranslationCheck(TranslationStatus.Held, "hold", "[]", "[]", null), Time.GetUtcNow(), Ct);

        var spanish = await Store.ListTranslationsAsync(new TranslationQuery(Es), Ct);
        var held = await Store.ListTranslationsAsync(new TranslationQuery(Status: TranslationStatus.Held), Ct);
        var forA = await Store.ListTranslationsForArticleAsync(a, Ct);

        Assert.Equal([eb, ea], spanish.Select(t => t.Id));
        Assert.Equal([eb], held.Select(t => t.Id));
        Assert.Equal(["de", "es"], forA.Select(t => t.Language.Value));
    }

    [Fact]
    public async Task SummarizeCosts_SeveralTranslations_SumsPerEngineAndLanguage()
    {
        var a = await ArticleAsync("https://example.org/a");
        var b = await ArticleAsync("https://example.org/b");
        await Store.SaveTranslationAsync(Draft(a, Es, "A"), Time.GetUtcNow(), Ct);
        await Store.SaveTranslationAsync(Draft(b, Es, "B") with { CostCharacters = 80 }, Time.GetUtcNow(), Ct);
        await Store.SaveTranslationAsync(Draft(a, De, "A") with { Engine = "openai", CostCharacters = 0, CostTokens = 900 }, Time.GetUtcNow(), Ct);

        var costs = await Store.SummarizeCostsAsync(Ct);

        Assert.Equal(
        [
            new TranslationCostSummary("apertium", "es", 2, 200, 0, 2, 2),
            new TranslationCostSummary("openai", "de", 1, 0, 900, 1, 1),
        ], costs);
    }

    [Fact]
    public async Task Memory_PutThenGet_ReturnsOnlyKnownKeysAndReplaces()
    {
        await Store.PutMemoryAsync(
        [
            new MemorySegment("k1", "fr", "es", "apertium", "Bonjour", "Hola"),
            new MemorySegment("k2", "fr", "es", "apertium", "Merci", "Gracias"),
        ], Time.GetUtcNow(), Ct);
        await Store.PutMemoryAsync([new MemorySegment("k1", "fr", "es", "apertium", "Bonjour", "Buenos días")], Time.GetUtcNow(), Ct);

        var found = await Store.GetMemoryAsync(["k1", "k2", "k3"], Ct);

        Assert.Equal(2, found.Count);
        Assert.Equal("Buenos días", found["k1"]);
        Assert.Equal("Gracias", found["k2"]);
        Assert.Equal(2, await Store.CountMemoryAsync(Ct));
    }

    [Fact]
    public async Task Memory_ManyKeys_FetchedInChunks()
    {
        var segments = Enumerable.Range(0, 1200).Select(i => new MemorySegment($"key-{i}", "fr", "es", "apertium", $"s{i}", $"t{i}")).ToList();
        await Store.PutMemoryAsync(segments, Time.GetUtcNow(), Ct);

        var found = await Store.GetMemoryAsync(segments.Select(s => s.Key).ToList(), Ct);

        Assert.Equal(1200, found.Count);
        Assert.Equal("t1199", found["key-1199"]);
    }

    private static readonly MemorySegment[] Candidates =
    [
        new("tm-title", "fr", "es", "apertium", "Titre", "Título"),
        new("tm-block", "fr", "es", "apertium", "Texte.", "Texto."),
    ];

    [Fact]
    public async Task MemoryCandidates_SavedWithTranslation_ReturnedAndReplacedByNextSave()
    {
        var article = await ArticleAsync("https://a.example/tm");
        var id = await Store.SaveTranslationAsync(Draft(article, Es, "Título") with { MemoryCandidates = Candidates }, Time.GetUtcNow(), Ct);

        Assert.Equal(Candidates, await Store.GetMemoryCandidatesAsync(id, Ct));
        Assert.Equal(0, await Store.CountMemoryAsync(Ct)); // waiting on the translation, not in the memory
        var again = await Store.SaveTranslationAsync(Draft(article, Es, "Título"), Time.GetUtcNow(), Ct);
        Assert.Equal(id, again);
        Assert.Empty(await Store.GetMemoryCandidatesAsync(id, Ct));
        Assert.Empty(await Store.GetMemoryCandidatesAsync(new TranslationId(id.Value + 1000), Ct));
    }

    [Fact]
    public async Task ForgetMemory_ExactSegments_KeepsALaterRenderingUnderTheSameKey()
    {
        await Store.PutMemoryAsync([.. Candidates, new MemorySegment("other", "fr", "de", "deepl", "Oui", "Ja")], Time.GetUtcNow(), Ct);
        await Store.PutMemoryAsync([Candidates[1] with { TargetText = "Texto corregido." }], Time.GetUtcNow(), Ct);

        var removed = await Store.ForgetMemoryAsync(new MemoryFilter(Segments: Candidates), Ct);

        Assert.Equal(1, removed); // the title; the block's entry now holds another rendering
        Assert.Equal(["Texto corregido.", "Ja"], (await Store.GetMemoryAsync(["tm-title", "tm-block", "other"], Ct)).OrderBy(e => e.Key).Select(e => e.Value).Reverse());
    }

    [Fact]
    public async Task ForgetMemory_ByEnginePairAndDate_RemovesOnlyMatches()
    {
        await Store.PutMemoryAsync([new MemorySegment("old-es", "fr", "es", "apertium", "a", "b")], Time.GetUtcNow(), Ct);
        Time.Advance(TimeSpan.FromDays(2));
        await Store.PutMemoryAsync(
        [
            new MemorySegment("new-es", "fr", "es", "apertium", "c", "d"),
            new MemorySegment("new-de", "fr", "de", "apertium", "e", "f"),
            new MemorySegment("llm-es", "fr", "es", "ollama", "g", "h"),
        ], Time.GetUtcNow(), Ct);

        Assert.Equal(1, await Store.ForgetMemoryAsync(new MemoryFilter(Before: Time.GetUtcNow().AddDays(-1)), Ct));
        Assert.Equal(1, await Store.ForgetMemoryAsync(new MemoryFilter(Engine: "apertium", SourceLanguage: "fr", TargetLanguage: "de"), Ct));
        Assert.Equal(1, await Store.ForgetMemoryAsync(new MemoryFilter(Engine: "ollama"), Ct));
        Assert.Equal(["new-es"], (await Store.GetMemoryAsync(["old-es", "new-es", "new-de", "llm-es"], Ct)).Keys);
    }

    private TranslationDecisions Decisions(RecordingPublisher publisher) =>
        new(Store, Store, publisher, new TranslationMemoryEditSink(Store, new Translation.NewsStoreTranslationMemory(Store, Time)), Time);

    private static QualityReport Report(Verdict verdict) => new(verdict, [], []);

    [Theory]
    [InlineData(Verdict.Hold)]
    [InlineData(Verdict.Reject)]
    public async Task GateDecided_HeldOrRejected_NothingRememberedNothingPublished(Verdict verdict)
    {
        var article = await ArticleAsync("https://a.example/held");
        var id = await Store.SaveTranslationAsync(Draft(article, Es, "Título") with { MemoryCandidates = Candidates }, Time.GetUtcNow(), Ct);

        var followUps = await Decisions(new RecordingPublisher()).GateDecidedAsync(id, Report(verdict), [], null, Ct);

        Assert.Empty(followUps);
        Assert.Equal(0, await Store.CountMemoryAsync(Ct));
        Assert.NotEqual(TranslationStatus.Published, (await Store.GetTranslationAsync(id, Ct))!.Status);
    }

    [Fact]
    public async Task GateDecided_Publish_RemembersAndQueuesPublish_ThenEditorRejectForgets()
    {
        var article = await ArticleAsync("https://a.example/published");
        var id = await Store.SaveTranslationAsync(Draft(article, Es, "Título") with { MemoryCandidates = Candidates }, Time.GetUtcNow(), Ct);
        var publisher = new RecordingPublisher();
        var decisions = Decisions(publisher);

        var followUps = await decisions.GateDecidedAsync(id, Report(Verdict.Publish), [], null, Ct);

        Assert.Equal([PipelineRoutes.PublishJob(id)], followUps);
        Assert.Equal(2, await Store.CountMemoryAsync(Ct));
        Assert.True(await decisions.RejectAsync(id, "ed", Ct));
        Assert.Equal(0, await Store.CountMemoryAsync(Ct));
        Assert.Equal([id], publisher.Published); // the reject withdraws it
        Assert.Equal(TranslationStatus.Rejected, (await Store.GetTranslationAsync(id, Ct))!.Status);
    }

    [Fact]
    public async Task EditorApproves_HeldTranslation_RemembersItsSegmentsAndPublishes()
    {
        var article = await ArticleAsync("https://a.example/approved");
        var id = await Store.SaveTranslationAsync(Draft(article, Es, "Título") with { MemoryCandidates = Candidates }, Time.GetUtcNow(), Ct);
        var publisher = new RecordingPublisher();
        var decisions = Decisions(publisher);
        await decisions.GateDecidedAsync(id, Report(Verdict.Hold), [], null, Ct);

        Assert.True(await decisions.ApproveAsync(id, "ed", null, Ct));

        Assert.Equal(2, await Store.CountMemoryAsync(Ct));
        Assert.Equal([id], publisher.Published);
        Assert.False(await decisions.ApproveAsync(new TranslationId(id.Value + 1000), "ed", null, Ct));
    }

    private sealed class RecordingPublisher : IPublisher
    {
        public List<TranslationId> Published { get; } = [];

        public Task<PublishOutcome> PublishTranslationAsync(TranslationId translation, CancellationToken cancellationToken)
        {
            Published.Add(translation);
            return Task.FromResult(PublishOutcome.Published);
        }

        public Task<PublishOutcome> PublishOriginalAsync(ArticleId article, CancellationToken cancellationToken) =>
            Task.FromResult(PublishOutcome.Published);

        public Task<bool> UnpublishAsync(ArticleId article, LanguageTag language, CancellationToken cancellationToken) => Task.FromResult(true);
    }

    [Fact]
    public async Task Glossary_AddListRemove_PerPair()
    {
        await Store.AddGlossaryEntryAsync(new GlossaryEntry(Fr, De, "site", "Standort", ["Website"], "data-centre sites"), Time.GetUtcNow(), Ct);
        await Store.AddGlossaryEntryAsync(new GlossaryEntry(Fr, De, "Stargate", null), Time.GetUtcNow(), Ct);
        await Store.AddGlossaryEntryAsync(new GlossaryEntry(Fr, Es, "site", "emplazamiento"), Time.GetUtcNow(), Ct);
        await Store.AddGlossaryEntryAsync(new GlossaryEntry(Fr, De, "site", "Baustelle", ["Website"]), Time.GetUtcNow(), Ct);

        var frde = await Store.ListGlossaryAsync(Fr, De, Ct);

        Assert.Equal(["Stargate", "site"], frde.Select(e => e.Term));
        Assert.True(frde[0].DoNotTranslate);
        Assert.Equal("Baustelle", frde[1].Rendering);
        Assert.Equal(["Website"], frde[1].Avoid);
        Assert.Equal(3, (await Store.ListGlossaryAsync(null, null, Ct)).Count);
        Assert.True(await Store.RemoveGlossaryEntryAsync(Fr, De, "site", Ct));
        Assert.False(await Store.RemoveGlossaryEntryAsync(Fr, De, "site", Ct));
        Assert.Single(await Store.ListGlossaryAsync(Fr, De, Ct));
    }
}

public sealed class SqliteTranslationStoreContractTests : TranslationStoreContract
{
    protected override string Dialect => "sqlite";
}

public sealed class PostgresTranslationStoreContractTests : TranslationStoreContract
{
    protected override string Dialect => "postgres";
}
