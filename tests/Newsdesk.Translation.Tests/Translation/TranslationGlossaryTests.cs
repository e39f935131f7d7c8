using Newsdesk.Model;
using Newsdesk.Translation;

namespace Newsdesk.Tests.Translation;

public sealed class TranslationGlossaryTests
{
    private static GlossaryEntry Entry(string term, string? rendering) => new(LanguageTag.Parse("fr"), LanguageTag.Parse("de"), term, rendering);

    [Fact]
    public void Create_SameEntriesInAnotherOrder_SameVersion() =>
        Assert.Equal(TranslationGlossary.Create([Entry("site", "Standort"), Entry("Stargate", null)]).Version,
            TranslationGlossary.Create([Entry("Stargate", null), Entry("site", "Standort")]).Version);

    [Fact]
    public void Create_ChangedRendering_NewVersion() =>
        Assert.NotEqual(TranslationGlossary.Create([Entry("site", "Standort")]).Version, TranslationGlossary.Create([Entry("site", "Baustelle")]).Version);

    [Fact]
    public void Create_NoEntries_IsEmpty() => Assert.Same(TranslationGlossary.Empty, TranslationGlossary.Create([]));

    [Theory]
    [InlineData("fr->de", "fr->de-CH", true)]
    [InlineData("fr->de", "fr-FR->de-DE", true)]
    [InlineData("fr->de-CH", "fr->de-DE", false)]
    [InlineData("fr->de", "fr->es", false)]
    [InlineData("en->es", "fr->es", false)]
    public void Covers_LanguageLevelPair_ServesRegionalTargets(string engine, string requested, bool expected) =>
        Assert.Equal(expected, LanguagePair.Parse(engine).Covers(LanguagePair.Parse(requested)));

    [Fact]
    public void Parse_NotAPair_ClearError()
    {
        var error = Assert.Throws<FormatException>(() => LanguagePair.Parse("french"));
        Assert.Contains("SOURCE->TARGET", error.Message, StringComparison.Ordinal);
    }
}
