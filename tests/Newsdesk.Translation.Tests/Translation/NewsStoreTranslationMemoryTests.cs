using Newsdesk.Model;
using Newsdesk.Processing;
using Newsdesk.Publishing;
using Newsdesk.Quality;
using Newsdesk.Review;
using Newsdesk.Storage;
using Newsdesk.Testing;
using Newsdesk.Tests.Support;
using Newsdesk.Translation;

namespace Newsdesk.Tests.Translation;

/// <summary>The pipeline on the desk's real SQLite store: memory and glossary as the running desk uses them.</summary>
public sealed class NewsStoreTranslationMemoryTests
{
    [Fact]
    public async Task TranslateAsync_SqliteMemory_SecondRunMakesNoEngineCall()
    {
        await using var db = await TestDatabase.CreateSqliteAsync(TimeProvider.System);
        var engine = new ScriptedEngine();
        var memory = new NewsStoreTranslationMemory(db.Store, TimeProvider.System);
        var translator = new ArticleTranslator(new TranslationEngineRegistry([engine]), memory, new RecordingTimeProvider());
        var article = new ExtractedArticle
        {
            Title = "Titre",
            Language = LanguageTag.Parse("fr"),
            Blocks = [new ArticleBlock(BlockType.Paragraph, "SoftBank apporte 100 milliards.", "<b>SoftBank</b> apporte 100 milliards.")],
        };
        var request = new ArticleTranslationRequest(article, LanguageTag.Parse("de"));
        var first = await translator.TranslateAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(0, await db.Store.CountMemoryAsync(TestContext.Current.CancellationToken)); // not accepted yet
        await memory.PutManyAsync(first.MemoryCandidates, TestContext.Current.CancellationToken);
        var second = await translator.TranslateAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(1, first.EngineCalls);
        Assert.Equal(0, second.EngineCalls);
        Assert.Equal(2, second.MemoryHits);
        Assert.Equal(first.Article.Blocks[0].Html, second.Article.Blocks[0].Html);
        Assert.Equal(2, await db.Store.CountMemoryAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task GetGlossaryAsync_StoredEntries_ServeRegionalTargetAndChangeVersion()
    {
        await using var db = await TestDatabase.CreateSqliteAsync(TimeProvider.System);
        var pair = LanguagePair.Parse("fr->de-CH");
        var empty = await db.Store.GetGlossaryAsync(pair, TestContext.Current.CancellationToken);
        await db.Store.AddGlossaryEntryAsync(new GlossaryEntry(LanguageTag.Parse("fr"), LanguageTag.Parse("de"), "site", "Standort", ["Website"]),
            DateTimeOffset.UnixEpoch, TestContext.Current.CancellationToken);
        await db.Store.AddGlossaryEntryAsync(new GlossaryEntry(LanguageTag.Parse("fr"), LanguageTag.Parse("es"), "site", "emplazamiento"),
            DateTimeOffset.UnixEpoch, TestContext.Current.CancellationToken);
        var glossary = await db.Store.GetGlossaryAsync(pair, TestContext.Current.CancellationToken);

        Assert.Equal("Standort", Assert.Single(glossary.Entries).Rendering);
        Assert.NotEqual(empty.Version, glossary.Version);
    }

    [Fact]
    public async Task TranslateAsync_AfterAnEditorApprovedAnEdit_UsesTheEditorsRenderingWithAnyEngine()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await TestDatabase.CreateSqliteAsync(TimeProvider.System);
        var memory = new NewsStoreTranslationMemory(db.Store, TimeProvider.System);
        var scripted = new ScriptedEngine();
        var other = new ScriptedEngine("other");
        var translator = new ArticleTranslator(new TranslationEngineRegistry([scripted, other]), memory, new RecordingTimeProvider());
        var source = new ExtractedArticle
        {
            Title = "Le site en construction",
            Language = LanguageTag.Parse("fr"),
            Blocks =
            [
                new ArticleBlock(BlockType.Paragraph, "Il visite le premier site.", "Il visite le <em>premier</em> site."),
                new ArticleBlock(BlockType.Paragraph, "Rien à changer ici."),
            ],
        };
        var request = new ArticleTranslationRequest(source, LanguageTag.Parse("de"));
        var draft = await translator.TranslateAsync(request, ct);
        var stored = await db.Store.SaveArticleAsync(new Newsdesk.Storage.ArticleDraft("https://example.org/a", "https://example.org/a", null, source, "h", 1), TimeProvider.System.GetUtcNow(), ct);
        var translationId = await db.Store.SaveTranslationAsync(new Newsdesk.Storage.TranslationDraft(stored.Id, 1, LanguageTag.Parse("fr"), LanguageTag.Parse("de"), "scripted", draft.Article), TimeProvider.System.GetUtcNow(), ct);
        var before = (await db.Store.GetTranslationAsync(translationId, ct))!;
        var edited = draft.Article with
        {
            Title = "Die Baustelle",
            Blocks = [draft.Article.Blocks[0] with { Text = "Er besucht den ersten Standort.", Html = "Er besucht den <em>ersten</em> Standort." }, draft.Article.Blocks[1]],
        };

        await new Newsdesk.Review.TranslationMemoryEditSink(db.Store, memory).RecordAsync(
            new Newsdesk.Review.ApprovedEdit((await db.Store.GetArticleAsync(stored.Id, ct))!, before, edited, "maria"), ct);
        var again = await translator.TranslateAsync(request with { Engine = "other" }, ct);

        Assert.Equal("Die Baustelle", again.Article.Title);
        Assert.Equal("Er besucht den <em>ersten</em> Standort.", again.Article.Blocks[0].Html);
        Assert.Equal(draft.Article.Blocks[1].Text.ToUpperInvariant(), again.Article.Blocks[1].Text.ToUpperInvariant());
        Assert.Single(other.Calls); // only the unedited block went to the engine
        Assert.Single(other.Calls[0].Segments);
    }

    [Theory]
    [InlineData("sqlite", Verdict.Reject)]
    [InlineData("sqlite", Verdict.Hold)]
    [InlineData("postgres", Verdict.Reject)]
    [InlineData("postgres", Verdict.Hold)]
    public async Task TranslateCheckedTranslateAgain_NotAcceptedOutputIsNeverServedFromMemory(string dialect, Verdict verdict)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await TestDatabase.CreateAsync(dialect, TimeProvider.System);
        var engine = new ScriptedEngine();
        var memory = new NewsStoreTranslationMemory(db.Store, TimeProvider.System);
        var translator = new ArticleTranslator(new TranslationEngineRegistry([engine]), memory, new RecordingTimeProvider());
        var decisions = new TranslationDecisions(db.Store, db.Store, new NoPublisher(), new TranslationMemoryEditSink(db.Store, memory), TimeProvider.System);
        var content = new ExtractedArticle
        {
            Title = "Le maire répond",
            Language = LanguageTag.Parse("fr"),
            Blocks = [new ArticleBlock(BlockType.Paragraph, "Nous ne laisserons aucun enfant de côté.")],
        };
        var article = (await db.Store.SaveArticleAsync(new ArticleDraft("https://a.example/1", "https://a.example/1", null, content, "h1", 1),
            TimeProvider.System.GetUtcNow(), ct)).Id;
        var request = new ArticleTranslationRequest(content, LanguageTag.Parse("de"));

        async Task<(ArticleTranslationResult Result, TranslationId Id)> TranslateAsync()
        {
            var result = await translator.TranslateAsync(request, ct);
            var id = await db.Store.SaveTranslationAsync(new TranslationDraft(article, 1, LanguageTag.Parse("fr"), LanguageTag.Parse("de"),
                result.Engine, result.Article, MemoryCandidates: result.MemoryCandidates.Select(NewsStoreTranslationMemory.ToSegment).ToList()),
                TimeProvider.System.GetUtcNow(), ct);
            return (result, id);
        }

        var (_, first) = await TranslateAsync();
        await decisions.GateDecidedAsync(first, new QualityReport(verdict, [], []), [], null, ct);
        var (again, second) = await TranslateAsync();
        Assert.Equal(2, engine.Calls.Count); // the engine is asked again: the held or rejected answer was not remembered
        Assert.Equal(0, again.MemoryHits);

        await decisions.GateDecidedAsync(second, new QualityReport(Verdict.Publish, [], []), [], null, ct);
        var (third, _) = await TranslateAsync();
        Assert.Equal(2, engine.Calls.Count); // accepted now: served from the memory
        Assert.Equal(2, third.MemoryHits);
    }

    private sealed class NoPublisher : IPublisher
    {
        public Task<PublishOutcome> PublishTranslationAsync(TranslationId translation, CancellationToken cancellationToken) =>
            Task.FromResult(PublishOutcome.Published);

        public Task<PublishOutcome> PublishOriginalAsync(ArticleId article, CancellationToken cancellationToken) =>
            Task.FromResult(PublishOutcome.Published);

        public Task<bool> UnpublishAsync(ArticleId article, LanguageTag language, CancellationToken cancellationToken) => Task.FromResult(false);
    }
}
