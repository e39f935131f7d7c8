using Newsdesk.Model;
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
        var translator = new ArticleTranslator(new TranslationEngineRegistry([engine]), new NewsStoreTranslationMemory(db.Store, TimeProvider.System),
            new RecordingTimeProvider());
        var article = new ExtractedArticle
        {
            Title = "Titre",
            Language = LanguageTag.Parse("fr"),
            Blocks = [new ArticleBlock(BlockType.Paragraph, "SoftBank apporte 100 milliards.", "<b>SoftBank</b> apporte 100 milliards.")],
        };
        var request = new ArticleTranslationRequest(article, LanguageTag.Parse("de"));
        var first = await translator.TranslateAsync(request, TestContext.Current.CancellationToken);
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
}
