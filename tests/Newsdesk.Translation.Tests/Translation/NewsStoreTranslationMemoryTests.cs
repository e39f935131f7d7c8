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
}
