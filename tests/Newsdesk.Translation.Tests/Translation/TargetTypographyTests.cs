using Newsdesk.Locales;
using Newsdesk.Model;
using Newsdesk.Translation;

namespace Newsdesk.Tests.Translation;

public sealed class TargetTypographyTests
{
    private static string Apply(string html, string locale) => TargetTypography.Apply(html, Locale.For(LanguageTag.Parse(locale)));

    [Theory]
    [InlineData("de-DE", "Er sagte « Sie haben nicht das Geld » gestern.", "Er sagte „Sie haben nicht das Geld“ gestern.")]
    [InlineData("de-CH", "Er sagte « Sie haben nicht das Geld » gestern.", "Er sagte «Sie haben nicht das Geld» gestern.")]
    [InlineData("fr-FR", "Il a dit \"ils n'ont pas l'argent\" hier.", "Il a dit «\u00A0ils n'ont pas l'argent\u00A0» hier.")]
    [InlineData("en", "He said « they do not have the money » yesterday.", "He said \u201Cthey do not have the money\u201D yesterday.")]
    [InlineData("es", "Dijo « no tienen el dinero » ayer.", "Dijo «no tienen el dinero» ayer.")]
    [InlineData("ca", "Va dir \u201Cno tenen diners\u201D ahir.", "Va dir «no tenen diners» ahir.")]
    public void Apply_OuterQuotes_UseTargetLocaleMarks(string locale, string input, string expected) =>
        Assert.Equal(expected, Apply(input, locale));

    [Theory]
    [InlineData("de-DE", "« Il a dit “non” ce matin »", "„Il a dit ‚non‘ ce matin“")]
    [InlineData("de-CH", "« Il a dit “non” ce matin »", "«Il a dit ‹non› ce matin»")]
    [InlineData("en", "« Il a dit “non” ce matin »", "\u201CIl a dit \u2018non\u2019 ce matin\u201D")]
    [InlineData("es", "\u201CIl a dit « non » ce matin\u201D", "«Il a dit \u201Cnon\u201D ce matin»")]
    public void Apply_NestedQuotes_UseInnerMarks(string locale, string input, string expected) =>
        Assert.Equal(expected, Apply(input, locale));

    [Theory]
    [InlineData("de-DE", "Related News : mehr dazu ; wirklich ? ja !", "Related News: mehr dazu; wirklich? ja!")]
    [InlineData("es", "Dijo : sí", "Dijo: sí")]
    [InlineData("en", "Really ? Yes !", "Really? Yes!")]
    public void Apply_SpaceBeforeHighPunctuation_RemovedOutsideFrench(string locale, string input, string expected) =>
        Assert.Equal(expected, Apply(input, locale));

    [Fact]
    public void Apply_French_PutsNoBreakSpacesBeforeHighPunctuation()
    {
        Assert.Equal("Vraiment\u202F? Oui\u202F! Il a dit\u00A0: non\u202F; voilà.", Apply("Vraiment? Oui ! Il a dit: non ; voilà.", "fr-FR"));
    }

    [Fact]
    public void Apply_TimesAndUrlsWithColons_AreLeftAlone()
    {
        Assert.Equal("Um 14:30 Uhr", Apply("Um 14:30 Uhr", "de-DE"));
        Assert.Equal("à 14:30", Apply("à 14:30", "fr-FR"));
    }

    [Fact]
    public void Apply_QuotesAroundInlineMarkup_PairAcrossTags()
    {
        var result = Apply("Il a dit « <em>non</em> » et <a href=\"https://e.example/a?b=1&amp;c=2\">« oui »</a>.", "de-DE");
        Assert.Equal("Il a dit „<em>non</em>“ et <a href=\"https://e.example/a?b=1&amp;c=2\">„oui“</a>.", result);
    }

    [Fact]
    public void Apply_PlaceholderInsideQuotes_CountsAsWord()
    {
        var result = Apply("Un projet appelé « <x-k i=\"1\"></x-k> » existe.", "de-DE");
        Assert.Equal("Un projet appelé „<x-k i=\"1\"></x-k>“ existe.", result);
    }

    [Fact]
    public void Apply_StrayFrenchClosingGuillemet_BecomesTargetMark()
    {
        // The seed article's defect: a French » left after a German sentence.
        var result = Apply("verkündete Elon Musk am Mittwoch. »", "de-DE");
        Assert.DoesNotContain("»", result);
    }

    [Fact]
    public void Apply_Apostrophes_AreNotQuotes()
    {
        Assert.Equal("L’entreprise d’Elon", Apply("L’entreprise d’Elon", "fr-FR"));
        Assert.Equal("It’s Musk’s company", Apply("It’s Musk’s company", "en"));
    }

    [Fact]
    public void Apply_EscapedText_StaysEscaped()
    {
        Assert.Equal("Pierre &amp; Marie &lt;3", Apply("Pierre &amp; Marie &lt;3", "es"));
    }
}
