using Newsdesk.Model;
using Newsdesk.Processing;
using Newsdesk.Quality;
using Newsdesk.Tests.Support;
using Newsdesk.Translation;
using Newsdesk.Translation.Apertium;

namespace Newsdesk.Tests.Engines;

/// <summary>
/// The real `apertium` command with the desk's dictionaries (Hunspell fr/es, FreeDict fra-spa): unknown words reported and
/// mended where one safe rendering exists, names kept as written, the default glossary applied by sense.
/// </summary>
public sealed class ApertiumMendingTests : IDisposable
{
    private readonly QualityServices _services = new(QualityGateOptions.Default);

    public void Dispose() => _services.Dispose();

    private ArticleTranslator Translator(bool dictionaries = true) =>
        new(new TranslationEngineRegistry([new ApertiumCommandEngine(new ApertiumOptions())]), new DictionaryTranslationMemory(), TimeProvider.System,
            unknownWords: dictionaries ? new DictionaryWordResolver(_services) : null,
            names: dictionaries ? new DictionaryNameEvidence(_services) : null);

    /// <summary>Apertium with the given resolvers of unknown words, asked in turn.</summary>
    private static ArticleTranslator TranslatorWith(params IUnknownWordResolver[] resolvers) =>
        new(new TranslationEngineRegistry([new ApertiumCommandEngine(new ApertiumOptions())]), new DictionaryTranslationMemory(), TimeProvider.System,
            unknownWords: new FirstUnknownWordResolver(resolvers));

    private static ArticleTranslationRequest Request(string target, params string[] paragraphs) => new(new ExtractedArticle
    {
        Title = "Un titre",
        Language = LanguageTag.Parse("fr"),
        Blocks = paragraphs.Select(p => new ArticleBlock(BlockType.Paragraph, p, InlineHtml.Encode(p))).ToList(),
    }, LanguageTag.Parse(target));

    [Fact]
    public async Task TranslateAsync_UnknownWords_ReportedAndNoMarkLeft()
    {
        var engine = new ApertiumCommandEngine(new ApertiumOptions());
        var result = await engine.TranslateAsync(new TranslationBatch(LanguagePair.Parse("fr->es"),
            ["Les herbiers de posidonie reculent.", "<i>Les</i> galets roulent."]), TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.Contains("herbiers", result.Unknown[0]);
        Assert.Contains("posidonie", result.Unknown[0]);
        Assert.Contains("galets", result.Unknown[1]);
        Assert.DoesNotContain(result.Segments, s => s.Contains('*', StringComparison.Ordinal) || s.Contains('#', StringComparison.Ordinal));
    }

    [Fact]
    public async Task TranslateAsync_SourceAsteriskHashAndAt_KeptAsWritten()
    {
        var engine = new ApertiumCommandEngine(new ApertiumOptions());
        var result = await engine.TranslateAsync(new TranslationBatch(LanguagePair.Parse("fr->es"),
            ["Le mot-clé #PlanEau et la note *Kerbrat de @Lyonmetro."]), TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.Contains("#PlanEau", result.Segments[0], StringComparison.Ordinal);
        Assert.Contains("*Kerbrat", result.Segments[0], StringComparison.Ordinal);
        Assert.Contains("@Lyonmetro", result.Segments[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslateAsync_UnknownNounWithOneRendering_MendedInflectedAndRecorded()
    {
        var result = await Translator().TranslateAsync(Request("es", "Les réservations ouvrent lundi pour la vigilance."), TestContext.Current.CancellationToken);

        var block = result.Segments[^1];
        Assert.Contains("reservas", block.TargetText, StringComparison.Ordinal);
        Assert.Contains("vigilancia", block.TargetText, StringComparison.Ordinal);
        Assert.Contains(block.Issues, i => i is { Code: "unknown-word-mended", Before: "réservations", After: "reservas" });
    }

    [Fact]
    public async Task TranslateAsync_UnknownWordsKnownThroughCatalan_MendedFromApertiumsDictionariesAndRecorded()
    {
        // fr-es does not know "flotteurs" nor "longeait"; fra-cat and spa-cat do (the desk's order: Apertium's own
        // dictionaries first, then FreeDict).
        using var apertiumWords = new ApertiumWordResolver();
        var translator = TranslatorWith(apertiumWords, new DictionaryWordResolver(_services));

        var result = await translator.TranslateAsync(Request("es", "Les flotteurs sont arrivés au port.", "Le bateau longeait la digue."),
            TestContext.Current.CancellationToken);

        Assert.Contains("flotadores", result.Article.Blocks[0].Text, StringComparison.Ordinal);
        Assert.Contains("bordeaba", result.Article.Blocks[1].Text, StringComparison.Ordinal);
        var issues = result.Segments.SelectMany(s => s.Issues).ToList();
        Assert.Contains(issues, i => i is { Code: "unknown-word-mended", Before: "flotteurs", After: "flotadores" } && i.Message.Contains("fra-cat", StringComparison.Ordinal));
        Assert.Contains(issues, i => i is { Code: "unknown-word-mended", Before: "longeait", After: "bordeaba" });
    }

    [Fact]
    public async Task TranslateAsync_UnknownAdjectiveOfEitherGender_AgreesWithTheNounBeforeIt()
    {
        using var apertiumWords = new ApertiumWordResolver();
        var translator = TranslatorWith(apertiumWords);

        var result = await translator.TranslateAsync(Request("es", "Les centrales hydroélectriques manquent d'eau cet été."),
            TestContext.Current.CancellationToken);

        Assert.Contains("centrales hidroeléctricas", result.Article.Blocks[0].Text, StringComparison.Ordinal);
        Assert.Contains(result.Segments.SelectMany(s => s.Issues), i => i is { Code: "unknown-word-mended", Before: "hydroélectriques", After: "hidroeléctricas" });
    }

    [Fact]
    public async Task TranslateAsync_UnknownAdjectiveAfterANounThatChangedGender_AgreesWithTheTranslatedNoun()
    {
        // "sommet" is masculine, the engine's "cumbre" feminine: "enneigé" alone is "nevado".
        using var apertiumWords = new ApertiumWordResolver();
        var translator = TranslatorWith(apertiumWords);

        var result = await translator.TranslateAsync(Request("es", "Les alpinistes ont atteint le sommet enneigé avant midi."),
            TestContext.Current.CancellationToken);

        Assert.Contains("cumbre nevada", result.Article.Blocks[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslateAsync_DictionaryAdjectiveThatCannotAgreeWithTheTranslatedNoun_LeftForTheGate()
    {
        // FreeDict renders "ferré" as "ferrado", inflected like the original; after the engine's feminine "cobertura"
        // it would not agree, and Apertium's dictionaries give no single form: the word stays, and the gate holds it.
        using var apertiumWords = new ApertiumWordResolver();
        var translator = TranslatorWith(apertiumWords, new DictionaryWordResolver(_services));

        var result = await translator.TranslateAsync(Request("es", "Selon le gestionnaire du réseau ferré, les travaux sont finis."),
            TestContext.Current.CancellationToken);

        Assert.DoesNotContain("ferrado", result.Article.Blocks[0].Text, StringComparison.Ordinal);
        var issues = result.Segments.SelectMany(s => s.Issues).ToList();
        Assert.DoesNotContain(issues, i => i is { Code: "unknown-word-mended", Before: "ferré" });
        // Left as it was, and recorded, so that the check reports it though Spanish Hunspell knows "ferré" (a verb form).
        Assert.Contains(issues, i => i is { Code: "unknown-word-left", Before: "ferré" });
    }

    [Theory]
    [InlineData("Les turbines tournent depuis lundi.", "Las turbinas", "Los turbinas")]
    [InlineData("Le bruit des turbines inquiète.", "de las turbinas", "de los turbinas")]
    [InlineData("Ces turbines tournent depuis lundi.", "Estas turbinas", "Estos turbinas")]
    [InlineData("Plusieurs turbines tournent depuis lundi.", "Varias turbinas", "Varios turbinas")]
    [InlineData("Quelques turbines tournent depuis lundi.", "Algunas turbinas", "Algunos turbinas")]
    [InlineData("Les turbines hydrauliques tournent depuis lundi.", "Las turbinas hidráulicas", "hidráulicos")] // and the adjective after it
    public async Task TranslateAsync_MendedFeminineNounAfterAPluralArticle_ArticleMadeFeminine(string source, string expected, string wrong)
    {
        // The engine gives a word it does not know a masculine plural article or determiner ("Los *turbines", "Estos
        // *turbines": French plural determiners show no gender); the mended noun is feminine, and so is the word before it.
        using var apertiumWords = new ApertiumWordResolver();
        var result = await TranslatorWith(apertiumWords).TranslateAsync(Request("es", source), TestContext.Current.CancellationToken);

        Assert.Contains(expected, result.Article.Blocks[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, result.Article.Blocks[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslateAsync_MendedFeminineNounAfterElidedArticle_ArticleMadeFeminine()
    {
        // The engine does not know "érosion", so it cannot know its gender: "l’érosion" came out as "el érosion".
        var result = await Translator().TranslateAsync(Request("es", "Le littoral est menacé par l’érosion."), TestContext.Current.CancellationToken);

        Assert.Contains("la erosión", result.Article.Blocks[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("el erosión", result.Article.Blocks[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("calcaires")] // adjective "calcáreo, calizo" or noun "caliza": no single rendering
    [InlineData("galets")] // "canto rodado, guija": two renderings
    [InlineData("marseillais")] // singular or plural in French, not in Spanish
    [InlineData("endémique")] // either gender in French, not in Spanish
    [InlineData("plafonnée")] // a verb form: not conjugated by rule
    [InlineData("posidonie")] // not in the dictionary
    public void Resolve_NoSafeRendering_Null(string word) =>
        Assert.Null(new DictionaryWordResolver(_services).Resolve(LanguagePair.Parse("fr->es"), word));

    [Theory]
    [InlineData("réservations", "reservas")]
    [InlineData("infondée", "infundada")]
    [InlineData("infliger", "infligir")]
    [InlineData("Érosion", "Erosión")]
    public void Resolve_OneRendering_Inflected(string word, string expected) =>
        Assert.Equal(expected, new DictionaryWordResolver(_services).Resolve(LanguagePair.Parse("fr->es"), word)?.Rendering);

    [Theory]
    [InlineData("es")]
    [InlineData("ca")]
    public async Task TranslateAsync_InitialsHyphenatedNamesAndPlaces_KeptAsWritten(string target)
    {
        var result = await Translator().TranslateAsync(Request(target,
            "Elle est venue de Lorient et de Douarnenez avec P-A. Rivoal et T.Quéméner.",
            "Le maire a reçu Y.-L. Kerhervé, puis Anne-Sophie a parlé."), TestContext.Current.CancellationToken);

        var text = string.Join("\n", result.Article.Blocks.Select(b => b.Text));
        foreach (var name in new[] { "Lorient", "Douarnenez", "P-A. Rivoal", "T.Quéméner", "Y.-L. Kerhervé", "Anne-Sophie" })
        {
            Assert.True(text.Contains(name, StringComparison.Ordinal), $"'{name}' is not in: {text}");
        }
    }

    /// <summary>
    /// Two capitalised words opening a sentence or a heading are a name only when the first is not just a common word:
    /// "Tempête Ombeline" is a storm named Ombeline ("tempête" is translated), "Pierre Martin" and "Olivier Dupont" are
    /// people (the dictionary lists "Pierre" and "Olivier" as first names, beside the common words).
    /// </summary>
    [Fact]
    public async Task TranslateAsync_CommonWordBeforeANameAtASentenceStart_Translated()
    {
        var result = await Translator().TranslateAsync(Request("es",
            "Tempête Ombeline : les trains sont supprimés.",
            "Pierre Martin a parlé. Olivier Dupont a répondu."), TestContext.Current.CancellationToken);

        var text = string.Join("\n", result.Article.Blocks.Select(b => b.Text));
        Assert.StartsWith("Tormenta Ombeline", text, StringComparison.Ordinal);
        Assert.Contains("Pierre Martin", text, StringComparison.Ordinal);
        Assert.Contains("Olivier Dupont", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Towns whose names are also common words ("vannes", "tours", "orange") stay as written after "à" or "près de"; the
    /// same words elsewhere, and feasts ("à Noël"), are translated.
    /// </summary>
    [Theory]
    [InlineData("es")]
    [InlineData("ca")]
    public async Task TranslateAsync_TownNamedLikeACommonWord_KeptAfterAPlacePreposition(string target)
    {
        var result = await Translator().TranslateAsync(Request(target,
            "Ils ont joué à Lorient, près de Vannes, puis à Tours.",
            "Les tours de la cathédrale ont été illuminées à Noël."), TestContext.Current.CancellationToken);

        var text = string.Join("\n", result.Article.Blocks.Select(b => b.Text));
        foreach (var name in new[] { "Lorient", "Vannes", "Tours" })
        {
            Assert.True(text.Contains(name, StringComparison.Ordinal), $"'{name}' is not in: {text}");
        }
        Assert.DoesNotContain("tours", text, StringComparison.Ordinal); // the common word, inside a sentence, is translated
        Assert.DoesNotContain("Noël", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslateAsync_NameWithExonym_LeftToTheEngine()
    {
        var result = await Translator().TranslateAsync(Request("es", "Le train relie Lannion et Bruxelles."), TestContext.Current.CancellationToken);

        Assert.Contains("Bruselas", result.Article.Blocks[0].Text, StringComparison.Ordinal);
        Assert.Contains("Lannion", result.Article.Blocks[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslateAsync_DefaultGlossary_SiteBySense()
    {
        var request = Request("es", "Il a visité le premier site en construction du campus.", "Le programme est sur son site internet.");
        var glossary = DefaultGlossary.Merge(LanguagePair.Parse("fr->es"), TranslationGlossary.Empty);
        var result = await Translator().TranslateAsync(request with { Glossary = glossary }, TestContext.Current.CancellationToken);

        var blocks = result.Article.Blocks.Select(b => b.Text).ToList();
        Assert.Contains("emplazamiento", blocks[0], StringComparison.Ordinal);
        Assert.Contains("sitio web", blocks[1], StringComparison.Ordinal);
        Assert.DoesNotContain(blocks, b => b.Contains("website", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task TranslateAsync_EngineWithGlossaryWritesAvoidedRendering_CheckedReplacementRecorded()
    {
        var engine = new ScriptedEngine { Capabilities = new EngineCapabilities { SupportsGlossary = true }, Translate = _ => "Visitó el primer website en obras." };
        var translator = new ArticleTranslator(new TranslationEngineRegistry([engine]), new DictionaryTranslationMemory(), TimeProvider.System);
        var request = Request("es", "Il a visité le premier site en construction.");
        var result = await translator.TranslateAsync(request with { Glossary = DefaultGlossary.Merge(LanguagePair.Parse("fr->es"), TranslationGlossary.Empty) },
            TestContext.Current.CancellationToken);

        var block = result.Segments[^1];
        Assert.Equal("Visitó el primer emplazamiento en obras.", block.TargetText);
        Assert.Contains(block.Issues, i => i is { Code: "glossary-replaced", Before: "website", After: "emplazamiento" });
        Assert.DoesNotContain(block.Issues, i => i.Code == "glossary-missing");
    }

    [Fact]
    public void DefaultGlossary_EditorEntryForSameTerm_ReplacesShipped()
    {
        var own = TranslationGlossary.Create([new GlossaryEntry(LanguageTag.Parse("fr"), LanguageTag.Parse("es"), "site", "solar")]);
        var merged = DefaultGlossary.Merge(LanguagePair.Parse("fr->es"), own);

        Assert.Equal(["solar"], merged.Entries.Where(e => e.Term == "site").Select(e => e.Rendering));
        Assert.Contains(merged.Entries, e => e.Term == "site internet");
    }
}
