using Newsdesk.Model;
using Newsdesk.Translation;

namespace Newsdesk.Tests.Translation;

public sealed class SegmentProtectorTests
{
    private static SegmentProtector Protector(string pair, TranslationGlossary? glossary = null, PlaceholderStyle style = PlaceholderStyle.VoidTag,
        bool names = true, bool engineGlossary = false) =>
        new(LanguagePair.Parse(pair), glossary ?? TranslationGlossary.Empty, new ProtectionOptions { Names = names }, style, engineGlossary);

    private static IReadOnlyList<ProtectedSpan> Spans(string pair, string text, TranslationGlossary? glossary = null) =>
        Protector(pair, glossary).Protect(text).Spans;

    [Theory]
    [InlineData("fr->de", "1 000,5", "1.000,5")]
    [InlineData("fr->en", "1 000,5", "1,000.5")]
    [InlineData("de->en", "1.000,5", "1,000.5")]
    [InlineData("en->de", "1,000.5", "1.000,5")]
    [InlineData("en->fr", "1,000.5", "1\u202F000,5")]
    [InlineData("fr->de-CH", "1 000,5", "1\u2019000.5")]
    [InlineData("fr->es", "10 000,5", "10.000,5")]
    [InlineData("fr->es", "1 000", "1000")]
    [InlineData("fr->ca", "1 000", "1.000")]
    [InlineData("fr->de", "2025", "2025")]
    [InlineData("fr->en", "3,5", "3.5")]
    public void Protect_Number_RenderedInTargetFormat(string pair, string number, string expected)
    {
        var span = Assert.Single(Spans(pair, $"Il y a {number} cas."));
        Assert.Equal(number, span.Source);
        Assert.Equal(expected, span.Rendering);
    }

    [Theory]
    [InlineData("fr->de", "500 milliards", "500 Milliarden")]
    [InlineData("fr->de", "1 milliard", "1 Milliarde")]
    [InlineData("fr->de", "1,5 milliard", "1,5 Milliarden")]
    [InlineData("fr->de", "277 millions", "277 Millionen")]
    [InlineData("fr->de", "3 billions", "3 Billionen")]
    [InlineData("fr->en", "500 milliards", "500 billion")]
    [InlineData("fr->en", "1,5 milliard", "1.5 billion")]
    [InlineData("fr->es", "500 milliards", "500 mil millones")]
    [InlineData("fr->es", "2 millions", "2 millones")]
    [InlineData("fr->ca", "500 milliards", "500 mil milions")]
    [InlineData("en->de", "5 billion", "5 Milliarden")]
    [InlineData("en->fr", "5 billion", "5 milliards")]
    [InlineData("de->fr", "500 Mrd.", "500 milliards")]
    public void Protect_MagnitudeWord_RenderedWithTargetWord(string pair, string amount, string expected)
    {
        var span = Assert.Single(Spans(pair, $"Un total de {amount} investis."));
        Assert.Equal(ProtectedSpanKind.Amount, span.Kind);
        Assert.Equal(expected, span.Rendering);
    }

    [Fact]
    public void Protect_FrenchMilliard_NeverBecomesGermanBillion()
    {
        var spans = Spans("fr->de", "Stargate investira 500 milliards de dollars, puis 100 milliards.");
        Assert.All(spans.Where(s => s.Kind == ProtectedSpanKind.Amount), s => Assert.DoesNotContain("Billion", s.Rendering, StringComparison.Ordinal));
        Assert.Contains(spans, s => s.Rendering == "100 Milliarden");
    }

    [Theory]
    [InlineData("fr->en", "10 €", "€10")]
    [InlineData("fr->de", "10 €", "10\u00A0€")]
    [InlineData("en->de", "$5 billion", "5 Milliarden\u00A0$")]
    [InlineData("en->fr", "$1,200", "1\u202F200\u00A0$")]
    [InlineData("de->en", "3,5 Mio. €", "€3.5 million")]
    public void Protect_CurrencyAmount_SymbolPlacedForTarget(string pair, string amount, string expected)
    {
        var span = Assert.Single(Spans(pair, $"Prix : {amount} environ."));
        Assert.Equal(expected, span.Rendering);
    }

    [Theory]
    [InlineData("fr->en", "5,5 %", "5.5%")]
    [InlineData("en->de", "5.5%", "5,5\u00A0%")]
    [InlineData("en->fr", "5.5%", "5,5\u202F%")]
    public void Protect_Percentage_RenderedForTarget(string pair, string percent, string expected)
    {
        var span = Assert.Single(Spans(pair, $"Une hausse de {percent} cette année."));
        Assert.Equal(ProtectedSpanKind.Percent, span.Kind);
        Assert.Equal(expected, span.Rendering);
    }

    [Theory]
    [InlineData("fr->de", "le 23 janvier 2025", "am 23. Januar 2025")]
    [InlineData("fr->en", "le 1er mars", "on March 1")]
    [InlineData("fr->en-GB", "le 23 janvier 2025", "on 23 January 2025")]
    [InlineData("fr->es", "Le 23 janvier 2025", "El 23 de enero de 2025")]
    [InlineData("fr->ca", "le 2 avril 2025", "el 2 d'abril de 2025")]
    [InlineData("fr->de", "depuis 23 janvier 2025", "23. Januar 2025")]
    [InlineData("en->fr", "on January 23, 2025", "le 23 janvier 2025")]
    [InlineData("de->fr", "am 1. Mai 2024", "le 1er mai 2024")]
    public void Protect_Date_RenderedInTargetLanguage(string pair, string text, string expected)
    {
        var span = Assert.Single(Spans(pair, text), s => s.Kind == ProtectedSpanKind.Date);
        Assert.Equal(expected, span.Rendering);
    }

    [Fact]
    public void Protect_UrlsAndEmails_KeptVerbatimWithoutTrailingPunctuation()
    {
        var spans = Spans("fr->es", "Voir https://example.org/a?b=1&c=2. Écrire à redaction@example.fr, merci.");
        Assert.Contains(spans, s => s.Kind == ProtectedSpanKind.Url && s.Rendering == "https://example.org/a?b=1&c=2");
        Assert.Contains(spans, s => s.Kind == ProtectedSpanKind.Email && s.Rendering == "redaction@example.fr");
    }

    [Fact]
    public void Protect_GlossaryTerms_DoNotTranslateAndPreferredRendering()
    {
        var glossary = TranslationGlossary.Create([
            new GlossaryEntry(LanguageTag.Parse("fr"), LanguageTag.Parse("de"), "Stargate", null),
            new GlossaryEntry(LanguageTag.Parse("fr"), LanguageTag.Parse("de"), "site", "Standort", ["Website"]),
        ]);
        var spans = Spans("fr->de", "Visiter le premier site de Stargate.", glossary);
        Assert.Contains(spans, s => s.Kind == ProtectedSpanKind.GlossaryRendering && s.Source == "site" && s.Rendering == "Standort");
        Assert.Contains(spans, s => s.Kind == ProtectedSpanKind.DoNotTranslate && s.Rendering == "Stargate");
    }

    [Fact]
    public void Protect_EngineWithGlossary_LeavesPreferredRenderingsToEngine()
    {
        var glossary = TranslationGlossary.Create([new GlossaryEntry(LanguageTag.Parse("fr"), LanguageTag.Parse("de"), "site", "Standort")]);
        var protector = Protector("fr->de", glossary, engineGlossary: true);
        Assert.Empty(protector.Protect("Visiter le site.").Spans);
    }

    [Theory]
    [InlineData("Le patron de SoftBank, Masayoshi Son, a parlé.", "SoftBank", "Masayoshi Son")]
    [InlineData("Selon Elon Musk, OpenAI manque d'argent.", "Elon Musk", "OpenAI")]
    [InlineData("Sam Altman a répondu à Jean-Luc Mélenchon.", "Sam Altman", "Jean-Luc Mélenchon")]
    public void Protect_Names_Detected(string text, string first, string second)
    {
        var names = Spans("fr->es", text).Where(s => s.Kind == ProtectedSpanKind.Name).Select(s => s.Source).ToList();
        Assert.Contains(first, names);
        Assert.Contains(second, names);
    }

    [Theory]
    [InlineData("Une réunion à la Maison Blanche hier.")]
    [InlineData("Les États-Unis et le Royaume-Uni.")]
    [InlineData("La Banque Centrale Européenne a parlé.")]
    public void Protect_PlaceAndInstitutionNames_LeftForTheEngine(string text) =>
        Assert.DoesNotContain(Spans("fr->es", text), s => s.Kind == ProtectedSpanKind.Name);

    [Fact]
    public void Protect_TagsAndAttributes_NeverTouched()
    {
        var protector = Protector("fr->de");
        var segment = protector.Protect("Lire <a href=\"https://example.org/2025/500\">le rapport de 2025</a> sur 500 sites.");
        Assert.Contains("href=\"https://example.org/2025/500\"", segment.Html, StringComparison.Ordinal);
        Assert.Equal(["2025", "500"], segment.Spans.Select(s => s.Source));
    }

    [Fact]
    public void Restore_VoidTagsInApertiumForm_PutsRenderingsBack()
    {
        var protector = Protector("fr->de");
        var segment = protector.Protect("Coût : 500 milliards pour SoftBank.");
        var engineOutput = segment.Html.Replace("<x-k i=\"1\"/>", "<x-k i=\"1\"></x-k>", StringComparison.Ordinal)
            .Replace("<x-k i=\"2\"/>", "<x-k i=\"2\" />", StringComparison.Ordinal);
        var restored = SegmentProtector.Restore(engineOutput, segment.Spans, out var lost);
        Assert.Empty(lost);
        Assert.Equal("Coût : 500 Milliarden pour SoftBank.", restored);
    }

    [Fact]
    public void Restore_NoTranslateSpans_ReplacedWholeEvenIfEngineTouchedContent()
    {
        var protector = Protector("fr->de", style: PlaceholderStyle.NoTranslateSpan);
        var segment = protector.Protect("SoftBank investit 100 milliards.");
        Assert.Contains("<span translate=\"no\" data-k=\"2\">100 Milliarden</span>", segment.Html, StringComparison.Ordinal);
        var engineOutput = "<span translate=\"no\" data-k=\"1\">SoftBank</span> investiert <span translate=\"no\" data-k=\"2\">100 Billionen</span>.";
        Assert.Equal("SoftBank investiert 100 Milliarden.", SegmentProtector.Restore(engineOutput, segment.Spans, out _));
    }

    [Fact]
    public void Restore_TokenPlaceholders_PutsRenderingsBackAndUndoesCapitalisation()
    {
        var segment = Protector("en->es", style: PlaceholderStyle.Token).Protect("He said that it had raised $6.6 billion from investors.");
        Assert.Equal("He said that it had raised zq1z from investors.", segment.Html);
        var restored = SegmentProtector.Restore("Dijo que había criado zq1z De los inversores.", segment.Spans, out var lost);
        Assert.Empty(lost);
        Assert.Equal("Dijo que había criado 6,6 mil millones\u00A0$ de los inversores.", restored);
    }

    [Fact]
    public void Restore_GermanTarget_KeepsCapitalisedNounAfterPlaceholder()
    {
        var segment = Protector("fr->de", style: PlaceholderStyle.Token).Protect("Il paie 500 dollars.");
        Assert.Equal("Er zahlt 500 Dollar.", SegmentProtector.Restore("Er zahlt ZQ1Z Dollar.", segment.Spans, out _, undoCapitalisation: false));
    }

    [Fact]
    public void Restore_MissingPlaceholder_ReportedAsLost()
    {
        var segment = Protector("fr->de").Protect("SoftBank paie 10 €.");
        SegmentProtector.Restore("SoftBank zahlt.", segment.Spans, out var lost);
        Assert.Equal(2, lost.Count);
    }
}
