using Newsdesk.Model;
using Newsdesk.Translation;

namespace Newsdesk.Tests.Translation;

/// <summary>
/// The check every engine answer meets before it is used, on plain input (no engine): the protected segment as the
/// protector makes it, an answer written by hand the way engines break it, in each placeholder style.
/// </summary>
public sealed class PlaceholderAuditTests
{
    private static ProtectedSegment Protect(string pair, string html, PlaceholderStyle style = PlaceholderStyle.VoidTag) =>
        new SegmentProtector(LanguagePair.Parse(pair), TranslationGlossary.Empty, new ProtectionOptions(), style, engineAppliesGlossary: false).Protect(html);

    private static string? Code(ProtectedSegment segment, string answer) => PlaceholderAudit.Check(segment, answer)?.Code;

    [Fact]
    public void Check_TwoAmountsSwappedInsideOneElement_PlaceholderOrder()
    {
        var segment = Protect("fr->de", "Le budget passe <b>de 3,5 % à 5 %</b> cette année.");
        Assert.Equal("Le budget passe <b>de <x-k i=\"1\"/> à <x-k i=\"2\"/></b> cette année.", segment.Html);

        var issue = PlaceholderAudit.Check(segment, "Das Budget steigt dieses Jahr <b>von <x-k i=\"2\"/> auf <x-k i=\"1\"/></b>.");

        Assert.Equal("placeholder-order", issue?.Code);
        Assert.Equal("the protected percent '3,5 %' (placeholder 1) and percent '5 %' (placeholder 2) come out in the opposite order (swapped)", issue?.Message);
    }

    [Theory]
    [InlineData("fr->es", PlaceholderStyle.Token, "Le club de Jean Dupont a battu celui de Paul Martin.", "El club de zq2z ha batido el de zq1z.")]
    [InlineData("fr->ca", PlaceholderStyle.Token, "Les ventes passent de 12 millions à 15 millions d'euros.", "Les vendes passen de zq2z a zq1z d'euros.")]
    [InlineData("fr->de", PlaceholderStyle.NoTranslateSpan, "Marie Curie a précédé Pierre Curie.",
        "<span translate=\"no\" data-k=\"2\">Pierre Curie</span> ging <span translate=\"no\" data-k=\"1\">Marie Curie</span> voraus.")]
    public void Check_SameKindSwappedInEachStyle_PlaceholderOrder(string pair, PlaceholderStyle style, string source, string answer) =>
        Assert.Equal("placeholder-order", Code(Protect(pair, source, style), answer));

    [Fact]
    public void Check_TimeMovedBeforeDate_Accepted()
    {
        // A date and a figure are of different kinds: a translation may put the time first.
        var segment = Protect("fr->de", "Il est arrivé le 5 mai à 8 heures.");
        var date = Assert.Single(segment.Spans, s => s.Kind == ProtectedSpanKind.Date).Index;
        var hour = Assert.Single(segment.Spans, s => s.Kind == ProtectedSpanKind.Number).Index;
        Assert.True(date < hour);
        Assert.Null(PlaceholderAudit.Check(segment, $"Er kam um <x-k i=\"{hour}\"/> Uhr <x-k i=\"{date}\"/> an."));
    }

    [Fact]
    public void Check_SameKindInDifferentElementsReordered_Accepted()
    {
        var segment = Protect("fr->de", "<em>Il a payé 300 €</em> puis <b>500 €</b>.");
        Assert.Null(PlaceholderAudit.Check(segment, "Dann <b><x-k i=\"2\"/></b>, <em>nachdem er <x-k i=\"1\"/> bezahlt hatte</em>."));
    }

    [Fact]
    public void Check_EmphasisEmptiedOrMovedByAContraction_Accepted()
    {
        // Apertium fr->ca: "du <b>X</b>" became "del X <b></b>": the emphasis is lost, nothing moved into another element.
        var segment = Protect("fr->ca", "Il parle du <b>SoftBank</b> demain.", PlaceholderStyle.Token);
        Assert.Null(PlaceholderAudit.Check(segment, "Parla del zq1z <b></b> demà."));
        Assert.Null(PlaceholderAudit.Check(segment, "Parla <b>del</b> zq1z demà."));
    }

    [Fact]
    public void Check_NameMovedOutOfItsLinkByApertium_PlaceholderNesting()
    {
        var segment = Protect("fr->es", "Il parle du <a href=\"https://e.example/p\">SoftBank</a> demain.", PlaceholderStyle.Token);
        Assert.Equal("placeholder-nesting", Code(segment, "Habla <a href=\"https://e.example/p\">del</a> zq1z mañana."));
    }

    [Fact]
    public void Check_SameRenderingTwiceInEitherOrder_Accepted()
    {
        var segment = Protect("fr->de", "Entre 10 % et 10 % des votes.");
        Assert.Null(PlaceholderAudit.Check(segment, "Zwischen <x-k i=\"2\"/> und <x-k i=\"1\"/> der Stimmen."));
    }

    [Theory]
    [InlineData("Das Budget <x-k i=\"1\"/> und <x-k i=\"1\"/> steigt, <x-k i=\"2\"/>.", "placeholder-doubled", "the protected percent '3,5 %' (placeholder 1) appears 2 times")]
    [InlineData("Das Budget steigt auf <x-k i=\"2\"/>.", "placeholder-missing", "the protected percent '3,5 %' (placeholder 1) is missing")]
    [InlineData("Das Budget <x-k i=\"1\"/> steigt auf <x-k i=\"2\"/> <x-k i=\"7\"/>.", "placeholder-unknown", "it has a placeholder 7 that the original does not have")]
    [InlineData("Das Budget steigt <a href=\"https://e.example/b\">von <x-k i=\"1\"/> auf</a> <x-k i=\"2\"/>.", "placeholder-nesting", "the protected percent '5 %' (placeholder 2) was moved out of the element <a href=\"https://e.example/b\">")]
    [InlineData("Das Budget steigt <a href=\"https://e.example/b\">von</a> <x-k i=\"1\"/> <a href=\"https://e.example/b\">auf <x-k i=\"2\"/></a>.", "placeholder-nesting", "the protected percent '3,5 %' (placeholder 1) was moved out of the element <a href=\"https://e.example/b\">")]
    [InlineData("Das Budget steigt <b>von <x-k i=\"1\"/> auf <x-k/></b>.", "mask-remnant", "it contains '<x-k/>', a broken or stray placeholder")]
    [InlineData("Das Budget steigt <b>von <x-k i=\"1\"/> auf &lt;x-k i=\"2\"/&gt;</b>.", "mask-remnant", "it contains 'x-k', a broken or stray placeholder")]
    public void Check_BrokenVoidTags_NamedFault(string answer, string code, string message)
    {
        var segment = Protect("fr->de", "Le budget passe <a href=\"https://e.example/b\">de 3,5 % à 5 %</a>.");
        var issue = PlaceholderAudit.Check(segment, answer.Replace("<b>", "<a href=\"https://e.example/b\">", StringComparison.Ordinal).Replace("</b>", "</a>", StringComparison.Ordinal));
        Assert.Equal(code, issue?.Code);
        Assert.Equal(message, issue?.Message);
    }

    [Theory]
    [InlineData("El presupuesto pasa de zq1 a zq2z.", "mask-remnant")]
    [InlineData("El presupuesto pasa de ZQ 1 Z a zq2z.", "mask-remnant")]
    [InlineData("El presupuesto pasa de zq1z a zq1z.", "placeholder-doubled")]
    [InlineData("El presupuesto pasa de zq1zzq2z.", null)] // glued, but both there once and in order
    [InlineData("El presupuesto pasa de ZQ1Z a Zq2Z.", null)] // case changed: still read
    [InlineData("El web nrco.zq1z.content pasa a zq2z.", null)]
    public void Check_TokensAsApertiumMightReturnThem(string answer, string? code)
    {
        var segment = Protect("fr->es", "Le budget passe de 3,5 % à 5 %.", PlaceholderStyle.Token);
        Assert.Equal("Le budget passe de zq1z à zq2z.", segment.Html);
        Assert.Equal(code, Code(segment, answer));
    }

    [Theory]
    [InlineData("Le code nrco.ZQ1Z.content est cassé.", "nrco.ZQ1Z.content")]
    [InlineData("Le gabarit {{rubedo.zq5z.page.title}} est vide.", "{{rubedo.zq5z.page.title}}")]
    [InlineData("Écrire <x-k i=\"2\"/> dans la page.", "<x-k i=\"2\"/>")]
    [InlineData("Le balisage <span class=\"a\" data-k=\"1\"> reste.", "<span class=\"a\" data-k=\"1\">")]
    [InlineData("L'attribut data-k=\"3\" sert.", "data-k=\"3\"")]
    public void Protect_TextThatLooksLikeAMarker_KeptWholeAndNeverSeenByTheEngine(string text, string kept)
    {
        foreach (var style in Enum.GetValues<PlaceholderStyle>())
        {
            var segment = Protect("fr->es", InlineHtml.Encode(text), style);
            var span = Assert.Single(segment.Spans, s => s.Kind == ProtectedSpanKind.DoNotTranslate);
            Assert.Equal(kept, span.Source);
            // Nothing the engine sees looks like a marker besides the placeholders themselves (the audit finds no remnant).
            Assert.Null(PlaceholderAudit.Check(segment, segment.Html));
            Assert.Equal(text, InlineHtml.Decode(SegmentProtector.Restore(segment.Html, segment.Spans, out var lost)));
            Assert.Empty(lost);
        }
    }

    [Fact]
    public void ExtraMarker_RememberedTranslationWithStrayToken_Found()
    {
        Assert.Equal("zq1z", PlaceholderAudit.ExtraMarker("Le site nrco.current.content.", "El sitio nrco.zq1z.content."));
        Assert.Null(PlaceholderAudit.ExtraMarker("Le code nrco.ZQ1Z.content.", "El código nrco.ZQ1Z.content."));
    }
}
