using Newsdesk.Model;
using Newsdesk.Tests.Support;
using Newsdesk.Translation;

namespace Newsdesk.Tests.Translation;

public sealed class ArticleTranslatorTests
{
    private static ExtractedArticle Article(params string[] paragraphs) => new()
    {
        Title = "Titre de l'article",
        Language = LanguageTag.Parse("fr"),
        Blocks = paragraphs.Select(p => new ArticleBlock(BlockType.Paragraph, InlineHtml.ToText(p), p)).ToList(),
    };

    private static (ArticleTranslator Translator, RecordingTimeProvider Time) Create(ITranslationEngine engine, ITranslationMemory? memory = null,
        ArticleTranslatorOptions? options = null)
    {
        var time = new RecordingTimeProvider();
        return (new ArticleTranslator(new TranslationEngineRegistry([engine]), memory ?? new DictionaryTranslationMemory(), time, options), time);
    }

    private static ArticleTranslationRequest Request(ExtractedArticle article, string target = "de-DE") => new(article, LanguageTag.Parse(target));

    [Fact]
    public async Task TranslateAsync_WholeArticle_OneEngineCallWithEveryBlockInPlace()
    {
        var engine = new ScriptedEngine();
        var (translator, _) = Create(engine);
        var result = await translator.TranslateAsync(Request(Article("Premier paragraphe.", "Deuxième <a href=\"https://e.example/x\">lien</a>.", "Troisième.")), TestContext.Current.CancellationToken);

        Assert.Single(engine.Calls);
        Assert.True(result.IsComplete);
        Assert.Equal("TITRE DE L'ARTICLE", result.Article.Title);
        Assert.Equal(["PREMIER PARAGRAPHE.", "DEUXIÈME LIEN.", "TROISIÈME."], result.Article.Blocks.Select(b => b.Text));
        Assert.Equal("DEUXIÈME <a href=\"https://e.example/x\">LIEN</a>.", result.Article.Blocks[1].Html);
        Assert.Equal(LanguageTag.Parse("de-DE"), result.Article.Language);
        Assert.All(result.Segments, s => Assert.Equal(SegmentProvenance.Engine, s.Provenance));
        Assert.Equal(1, result.Costs["scripted"].Calls);
    }

    [Fact]
    public async Task TranslateAsync_SameArticleTwice_SecondRunMakesNoEngineCall()
    {
        var engine = new ScriptedEngine();
        var memory = new DictionaryTranslationMemory();
        var (translator, _) = Create(engine, memory);
        var article = Article("Un.", "Deux 500 milliards.", "Trois.");
        var first = await translator.TranslateAsync(Request(article), TestContext.Current.CancellationToken);
        await memory.PutManyAsync(first.MemoryCandidates, TestContext.Current.CancellationToken); // accepted
        var second = await translator.TranslateAsync(Request(article), TestContext.Current.CancellationToken);

        Assert.Single(engine.Calls);
        Assert.Equal(0, second.EngineCalls);
        Assert.All(second.Segments, s => Assert.Equal(SegmentProvenance.Memory, s.Provenance));
        Assert.Equal(first.Article.Blocks.Select(b => b.Html), second.Article.Blocks.Select(b => b.Html));
    }

    [Fact]
    public async Task TranslateAsync_SameArticleTwiceNotAccepted_EngineAskedAgainAndNothingRemembered()
    {
        var engine = new ScriptedEngine();
        var memory = new DictionaryTranslationMemory();
        var (translator, _) = Create(engine, memory);
        var article = Article("Un.", "Deux.");
        var first = await translator.TranslateAsync(Request(article), TestContext.Current.CancellationToken);
        var second = await translator.TranslateAsync(Request(article), TestContext.Current.CancellationToken);

        Assert.Equal(2, engine.Calls.Count);
        Assert.Equal(0, memory.Count);
        Assert.Equal(3, first.MemoryCandidates.Count); // title and two blocks, waiting for the translation to be accepted
        Assert.All(second.Segments, s => Assert.Equal(SegmentProvenance.Engine, s.Provenance));
    }

    [Fact]
    public async Task TranslateAsync_EditedParagraph_OnlyThatParagraphGoesToEngine()
    {
        var engine = new ScriptedEngine();
        var memory = new DictionaryTranslationMemory();
        var (translator, _) = Create(engine, memory);
        var first = await translator.TranslateAsync(Request(Article("Un.", "Deux.", "Trois.")), TestContext.Current.CancellationToken);
        await memory.PutManyAsync(first.MemoryCandidates, TestContext.Current.CancellationToken);
        var result = await translator.TranslateAsync(Request(Article("Un.", "Deux, corrigé.", "Trois.")), TestContext.Current.CancellationToken);

        Assert.Equal(2, engine.Calls.Count);
        Assert.Equal(["Deux, corrigé."], engine.Calls[1].Segments);
        Assert.Equal([SegmentProvenance.Memory, SegmentProvenance.Memory, SegmentProvenance.Engine, SegmentProvenance.Memory],
            result.Segments.Select(s => s.Provenance));
    }

    [Fact]
    public async Task TranslateAsync_OtherGlossaryVersion_DoesNotReuseMemory()
    {
        var engine = new ScriptedEngine();
        var memory = new DictionaryTranslationMemory();
        var (translator, _) = Create(engine, memory);
        var article = Article("Le site est prêt.");
        var first = await translator.TranslateAsync(Request(article), TestContext.Current.CancellationToken);
        await memory.PutManyAsync(first.MemoryCandidates, TestContext.Current.CancellationToken);
        var glossary = TranslationGlossary.Create([new GlossaryEntry(LanguageTag.Parse("fr"), LanguageTag.Parse("de"), "site", "Standort")]);
        var result = await translator.TranslateAsync(Request(article) with { Glossary = glossary }, TestContext.Current.CancellationToken);

        Assert.Equal(2, engine.Calls.Count);
        Assert.Equal("LE Standort EST PRÊT.", result.Article.Blocks[0].Text);
    }

    [Fact]
    public async Task TranslateAsync_ProtectedSpans_RestoredInTargetFormat()
    {
        var engine = new ScriptedEngine();
        var (translator, _) = Create(engine);
        var result = await translator.TranslateAsync(Request(Article("SoftBank investit 500 milliards de dollars le 23 janvier 2025, voir https://example.org/a.")),
            TestContext.Current.CancellationToken);

        Assert.Equal("SoftBank INVESTIT 500 Milliarden DE DOLLARS am 23. Januar 2025, VOIR https://example.org/a.", result.Article.Blocks[0].Text);
        Assert.DoesNotContain("x-k", engine.Calls[0].Segments[1].Replace("<x-k", "", StringComparison.Ordinal).Replace("x-k", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslateAsync_TransientFailure_RetriesHonouringRetryAfter()
    {
        var engine = new ScriptedEngine()
            .Then(_ => EngineResult.Failed(new EngineFailure("scripted", FailureKind.Transient, "rate limit", RetryAfter: TimeSpan.FromSeconds(7))))
            .Then(_ => EngineResult.Failed(new EngineFailure("scripted", FailureKind.Transient, "overloaded")));
        var (translator, time) = Create(engine, options: new ArticleTranslatorOptions { BaseDelay = TimeSpan.FromSeconds(2) });
        var result = await translator.TranslateAsync(Request(Article("Un.")), TestContext.Current.CancellationToken);

        Assert.True(result.IsComplete);
        Assert.Equal(3, engine.Calls.Count);
        Assert.Equal([TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(4)], time.Delays);
        Assert.Empty(result.Failures);
    }

    [Fact]
    public async Task TranslateAsync_TransientFailureEveryTime_RecordedAfterMaxAttempts()
    {
        var engine = new ScriptedEngine();
        for (var i = 0; i < 3; i++)
        {
            engine.Then(_ => EngineResult.Failed(new EngineFailure("scripted", FailureKind.Transient, "HTTP 503: busy", "busy")));
        }
        var (translator, _) = Create(engine, options: new ArticleTranslatorOptions { MaxAttempts = 3 });
        var result = await translator.TranslateAsync(Request(Article("Un.")), TestContext.Current.CancellationToken);

        Assert.False(result.IsComplete);
        Assert.False(result.HasPermanentFailure);
        Assert.Equal("busy", Assert.Single(result.Failures).EngineMessage);
        Assert.Equal(3, result.Costs["scripted"].Calls);
    }

    [Fact]
    public async Task TranslateAsync_LongRetryAfter_LeftToJobRetryInsteadOfWaiting()
    {
        var engine = new ScriptedEngine()
            .Then(_ => EngineResult.Failed(new EngineFailure("scripted", FailureKind.Transient, "rate limit", RetryAfter: TimeSpan.FromHours(1))));
        var (translator, time) = Create(engine);
        var result = await translator.TranslateAsync(Request(Article("Un.")), TestContext.Current.CancellationToken);

        Assert.Empty(time.Delays);
        Assert.Contains("job retry", Assert.Single(result.Failures).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslateAsync_PermanentFailureMidArticle_KeepsTranslatedSegmentsAndStopsEngine()
    {
        var engine = new ScriptedEngine { Capabilities = new EngineCapabilities { MaxSegmentsPerCall = 2 } }
            .Then(_ => null)
            .Then(_ => EngineResult.Failed(new EngineFailure("scripted", FailureKind.Permanent, "quota exceeded (HTTP 456)", "Quota exceeded", StatusCode: 456)));
        var memory = new DictionaryTranslationMemory();
        var (translator, _) = Create(engine, memory);
        var result = await translator.TranslateAsync(Request(Article("Un.", "Deux.", "Trois.", "Quatre.", "Cinq.")), TestContext.Current.CancellationToken);

        Assert.Equal(2, engine.Calls.Count); // the third batch is not sent after a permanent failure
        Assert.True(result.HasPermanentFailure);
        Assert.Equal("Quota exceeded", result.Failures[0].EngineMessage);
        Assert.Equal([SegmentProvenance.Engine, SegmentProvenance.Engine, SegmentProvenance.Failed, SegmentProvenance.Failed, SegmentProvenance.Failed, SegmentProvenance.Failed],
            result.Segments.Select(s => s.Provenance));
        Assert.Equal(2, result.MemoryCandidates.Count); // the translated segments travel with the result
        Assert.Equal(0, memory.Count); // and nothing is remembered before the translation is accepted
        Assert.Equal("Deux.", result.Article.Blocks[1].Text); // failed blocks keep their source text
    }

    [Fact]
    public async Task TranslateAsync_TooLarge_SplitsBatchUntilItFits()
    {
        var engine = new ScriptedEngine()
            .Then(b => b.Segments.Count > 1 ? EngineResult.Failed(new EngineFailure("scripted", FailureKind.TooLarge, "truncated")) : null)
            .Then(b => b.Segments.Count > 1 ? EngineResult.Failed(new EngineFailure("scripted", FailureKind.TooLarge, "truncated")) : null);
        var (translator, _) = Create(engine);
        var result = await translator.TranslateAsync(Request(Article("Un.", "Deux.", "Trois.")), TestContext.Current.CancellationToken);

        Assert.True(result.IsComplete);
        Assert.Equal([4, 2, 1, 1, 2], engine.Calls.Select(c => c.Segments.Count));
    }

    [Fact]
    public async Task TranslateAsync_EngineReturnsWrongSegmentCount_TreatedAsTransient()
    {
        var engine = new ScriptedEngine().Then(b => EngineResult.Success([.. b.Segments.Take(1)], default));
        var (translator, _) = Create(engine);
        var result = await translator.TranslateAsync(Request(Article("Un.", "Deux.")), TestContext.Current.CancellationToken);

        Assert.True(result.IsComplete);
        Assert.Equal(2, engine.Calls.Count);
    }

    [Fact]
    public async Task TranslateAsync_EngineDropsPlaceholderTwice_SegmentAskedAgainThenFailsVisibly()
    {
        var engine = new ScriptedEngine { Translate = html => InlineHtml.Tokenize(html).Where(t => !t.IsTag).Aggregate("", (a, t) => a + t.Value) };
        var (translator, _) = Create(engine);
        var result = await translator.TranslateAsync(Request(Article("SoftBank paie.")), TestContext.Current.CancellationToken);

        Assert.False(result.IsComplete);
        Assert.True(result.HasPermanentFailure);
        Assert.Equal(2, engine.Calls.Count);
        Assert.Equal([engine.Calls[0].Segments[1]], engine.Calls[1].Segments); // only the faulty segment, once more
        Assert.Equal(SegmentProvenance.Engine, result.Segments[0].Provenance);
        Assert.Equal(SegmentProvenance.Failed, result.Segments[1].Provenance);
        var failure = Assert.Single(result.Failures);
        Assert.Contains("\"SoftBank paie.\" is still wrong after a retry", failure.Message, StringComparison.Ordinal);
        Assert.Contains("the protected name 'SoftBank' (placeholder 1) is missing [placeholder-missing]", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.MemoryCandidates, c => c.SourceHtml.Contains("SoftBank", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TranslateAsync_EngineWithGlossary_IgnoresRenderingAndIsFlagged()
    {
        var engine = new ScriptedEngine { Capabilities = new EngineCapabilities { SupportsGlossary = true }, Translate = _ => "Die erste Website." };
        var (translator, _) = Create(engine);
        var glossary = TranslationGlossary.Create([new GlossaryEntry(LanguageTag.Parse("fr"), LanguageTag.Parse("de"), "site", "Standort", ["Website"])]);
        var result = await translator.TranslateAsync(Request(Article("Le premier site.")) with { Glossary = glossary }, TestContext.Current.CancellationToken);

        Assert.Same(glossary, engine.Calls[0].Glossary);
        var codes = result.Segments[1].Issues.Select(i => i.Code).ToList();
        Assert.Contains("glossary-missing", codes);
        Assert.Contains("glossary-avoided", codes);
    }

    [Fact]
    public async Task TranslateAsync_GlossaryTermOnlyInsideALongerWord_IsNeitherProtectedNorChecked()
    {
        // "sites" is not the term "site": the check of the engine's output matches whole words, as protection does.
        var engine = new ScriptedEngine { Translate = _ => "Die Seiten schließen." };
        var (translator, _) = Create(engine);
        var glossary = TranslationGlossary.Create([new GlossaryEntry(LanguageTag.Parse("fr"), LanguageTag.Parse("de"), "site", "Standort")]);
        var result = await translator.TranslateAsync(Request(Article("Les sites ferment.")) with { Glossary = glossary }, TestContext.Current.CancellationToken);

        Assert.DoesNotContain(result.Segments[1].Protected, s => s.Kind == ProtectedSpanKind.GlossaryRendering);
        Assert.Empty(result.Segments[1].Issues);
    }

    [Fact]
    public async Task TranslateAsync_TypographyOfTarget_AppliedToEngineOutput()
    {
        var engine = new ScriptedEngine { Translate = _ => "Er sagte « nein » : gut." };
        var (translator, _) = Create(engine);
        var result = await translator.TranslateAsync(Request(Article("Il a dit « non » : bien.")), TestContext.Current.CancellationToken);

        Assert.Equal("Er sagte „nein“: gut.", result.Article.Blocks[0].Text);
    }

    [Fact]
    public async Task TranslateAsync_UnknownPair_ThrowsListingInstalledPairs()
    {
        var (translator, _) = Create(new ScriptedEngine("apertium", "fr->es", "es->fr"));
        var error = await Assert.ThrowsAsync<TranslationUnavailableException>(() =>
            translator.TranslateAsync(Request(Article("Un."), "ja"), TestContext.Current.CancellationToken));
        Assert.Equal("No engine translates fr->ja. Installed: apertium es->fr, fr->es.", error.Message);
    }

    /// <summary>Issue 20, point 6: a passage in another language (an embedded post) is kept as written, never sent to the engine.</summary>
    [Fact]
    public async Task TranslateAsync_PassageInAnotherLanguage_KeptAsWrittenAndNotSent()
    {
        var engine = new ScriptedEngine();
        var (translator, _) = Create(engine);
        var post = new ArticleBlock(BlockType.Quote, "We never gave up on this one.", "We never gave up on <b>this</b> one.", Language: LanguageTag.Parse("en"));
        var french = new ArticleBlock(BlockType.Paragraph, "Le train revient.", "Le train revient.", Language: LanguageTag.Parse("fr"));
        var article = Article("Premier paragraphe.") with { Blocks = [new ArticleBlock(BlockType.Paragraph, "Premier paragraphe.", "Premier paragraphe."), post, french] };

        var result = await translator.TranslateAsync(Request(article), TestContext.Current.CancellationToken);

        Assert.True(result.IsComplete);
        Assert.DoesNotContain(engine.Calls.SelectMany(c => c.Segments), s => s.Contains("gave up", StringComparison.Ordinal));
        Assert.Equal(post, result.Article.Blocks[1]);
        Assert.Equal("LE TRAIN REVIENT.", result.Article.Blocks[2].Text); // marked as the article's own language: translated
        Assert.Equal("PREMIER PARAGRAPHE.", result.Article.Blocks[0].Text);
        Assert.True(ArticleTranslator.IsKeptPassage(post, LanguageTag.Parse("fr-FR")));
        Assert.False(ArticleTranslator.IsKeptPassage(french, LanguageTag.Parse("fr-FR")));
    }
}
