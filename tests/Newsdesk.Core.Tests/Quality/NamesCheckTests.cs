using Newsdesk.Model;
using Newsdesk.Quality;

namespace Newsdesk.Tests.Quality;

/// <summary>Names of the original written in the target language's own form (issue 14: exonyms).</summary>
public class NamesCheckTests
{
    [Theory]
    [InlineData("Des milliers de pèlerins sont arrivés samedi à La Mecque pour le pèlerinage.", "Tausende Pilger trafen am Samstag zur Pilgerfahrt in Mekka ein.")]
    [InlineData("Le tribunal siégeant à La Haye rendra son avis jeudi.", "Das Gericht in Den Haag wird am Donnerstag sein Gutachten vorlegen.")]
    [InlineData("Les habitants de La Nouvelle-Orléans ont été évacués.", "Die Einwohner von New Orleans wurden evakuiert.")]
    [InlineData("Le président a reçu les dirigeants du Royaume-Uni et des Pays-Bas à Paris.", "Der Präsident empfing die Regierungschefs Großbritanniens und der Niederlande in Paris.")]
    public void Check_NameInItsGermanForm_IsPresent(string source, string target)
    {
        var report = QualityFixtures.Check(target, source);

        Assert.Empty(report.Of(FindingCategory.Names));
    }

    [Theory]
    [InlineData("es", "Miles de peregrinos llegaron el sábado a La Meca para la peregrinación.")]
    [InlineData("ca", "Milers de pelegrins van arribar dissabte a la Meca per al pelegrinatge.")]
    public void Check_NameInItsSpanishOrCatalanForm_IsPresent(string language, string target)
    {
        var source = "Des milliers de pèlerins sont arrivés samedi à La Mecque pour le pèlerinage.";
        var report = QualityFixtures.Gate.Check(new QualityInput(target, LanguageTag.Parse("fr"), LanguageTag.Parse(language), Source: source));

        Assert.Empty(report.Of(FindingCategory.Names));
    }

    [Fact]
    public void Check_HolyPlaceNameTransliteratedDifferently_IsPresent()
    {
        var source = "La police a fermé samedi l'accès à l'esplanade des Mosquées, le Haram Al-Charif, à Jérusalem.";
        var target = "Die Polizei sperrte am Samstag den Zugang zum Al-Scharif-Plateau in Jerusalem.";
        var report = QualityFixtures.Check(target, source);

        Assert.Empty(report.Of(FindingCategory.Names));
    }

    [Theory]
    [InlineData("Des milliers de pèlerins sont arrivés samedi à La Mecque pour le pèlerinage.", "Tausende Pilger trafen am Samstag zur Pilgerfahrt ein.", "La Mecque")]
    [InlineData("Le tribunal siégeant à La Haye rendra son avis jeudi.", "Das Gericht in der Hauptstadt wird am Donnerstag sein Gutachten vorlegen.", "La Haye")]
    public void Check_NameWithoutAnyFormInTheTranslation_IsStillReported(string source, string target, string name)
    {
        var report = QualityFixtures.Check(target, source);

        Assert.Contains(report.Of(FindingCategory.Names), f => f.Message.Contains(name, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_CapitalisedNameAfterAPreposition_IsNotAHeadingRunIntoTheSentence()
    {
        // "… puis à La Haye …": a heading does not end with a preposition, so "La" does not start a new sentence here.
        var source = "Le ministre a rencontré son homologue au Caire puis à La Haye la semaine dernière.";
        var target = "Der Minister traf seinen Amtskollegen letzte Woche in Kairo und dann in Den Haag.";
        var report = QualityFixtures.Check(target, source);

        Assert.Empty(report.Findings);
    }
}
