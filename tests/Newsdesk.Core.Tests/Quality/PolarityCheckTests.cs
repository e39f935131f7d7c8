using Newsdesk.Model;
using Newsdesk.Quality;

namespace Newsdesk.Tests.Quality;

/// <summary>A negation of the original lost in translation (meaning reversed), in several pairs, and negations rephrased.</summary>
public class PolarityCheckTests
{
    private const string Rule = "meaning.negation-dropped";

    private static IReadOnlyList<Finding> Dropped(string source, string target, string from, string to) =>
        QualityFixtures.Gate.Check(new QualityInput(target, LanguageTag.Parse(from), LanguageTag.Parse(to), null, source))
            .Findings.Where(f => f.Rule == Rule).ToList();

    private const string FrenchBudget =
        "Le gouvernement a présenté mardi son projet de budget pour l'année prochaine.\n" +
        "Le ministre a assuré que le déficit ne dépassera pas 3,5 % du produit intérieur brut.\n" +
        "Les syndicats ont annoncé une journée de mobilisation pour le mois de mars.";

    [Theory]
    [InlineData("de",
        "Die Regierung hat am Dienstag ihren Haushaltsentwurf für das kommende Jahr vorgestellt.\n" +
        "Der Minister versicherte, dass das Defizit 3,5 % des Bruttoinlandsprodukts überschreiten wird.\n" +
        "Die Gewerkschaften kündigten für März einen Aktionstag an.")]
    [InlineData("es",
        "El Gobierno presentó el martes su proyecto de presupuesto para el año próximo.\n" +
        "El ministro aseguró que el déficit superará el 3,5 % del producto interior bruto.\n" +
        "Los sindicatos anunciaron una jornada de movilización para el mes de marzo.")]
    [InlineData("ca",
        "El Govern va presentar dimarts el seu projecte de pressupost per a l'any vinent.\n" +
        "El ministre va assegurar que el dèficit superarà el 3,5 % del producte interior brut.\n" +
        "Els sindicats van anunciar una jornada de mobilització per al mes de març.")]
    public void Check_NegationDroppedFromFrench_ReportsTheSentence(string to, string target)
    {
        var finding = Assert.Single(Dropped(FrenchBudget, target, "fr", to));

        Assert.Equal(Severity.Major, finding.Severity);
        Assert.Contains("3,5", finding.At(target), StringComparison.Ordinal);
        Assert.Contains("ne dépassera pas", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de",
        "Die Regierung hat am Dienstag ihren Haushaltsentwurf für das kommende Jahr vorgestellt.\n" +
        "Der Minister versicherte, dass das Defizit 3,5 % des Bruttoinlandsprodukts nicht überschreiten wird.\n" +
        "Die Gewerkschaften kündigten für März einen Aktionstag an.")]
    [InlineData("de",
        "Die Regierung hat am Dienstag ihren Haushaltsentwurf für das kommende Jahr vorgestellt.\n" +
        "Der Minister versicherte, das Defizit werde höchstens 3,5 % des Bruttoinlandsprodukts betragen.\n" +
        "Die Gewerkschaften kündigten für März einen Aktionstag an.")]
    [InlineData("es",
        "El Gobierno presentó el martes su proyecto de presupuesto para el año próximo.\n" +
        "El ministro aseguró que el déficit no superará el 3,5 % del producto interior bruto.\n" +
        "Los sindicatos anunciaron una jornada de movilización para el mes de marzo.")]
    public void Check_NegationKeptOrRephrased_NoFinding(string to, string target) =>
        Assert.Empty(Dropped(FrenchBudget, target, "fr", to));

    [Fact]
    public void Check_RestrictionNeQue_IsNotANegation()
    {
        const string source = "Le musée a rouvert ses portes au public ce week-end après deux ans de travaux.\n" +
            "Il n'accueille que deux cents visiteurs par jour pour l'instant.";
        const string target = "Das Museum hat nach zwei Jahren Bauarbeiten am Wochenende wieder für das Publikum geöffnet.\n" +
            "Es empfängt derzeit täglich zweihundert Besucher.";

        Assert.Empty(Dropped(source, target, "fr", "de"));
    }

    [Fact]
    public void Check_FrenchWordBeginningWithNeBeforePlus_IsNotANegation()
    {
        const string source = "La tempête a touché toute la région dans la nuit de lundi.\n" +
            "Sur la côte, les dégâts sont nettement plus importants que dans la vallée.";
        const string target = "La tormenta afectó a toda la región en la noche del lunes.\n" +
            "En la costa, los daños son claramente más importantes que en el valle.";

        Assert.Empty(Dropped(source, target, "fr", "es"));
    }

    [Fact]
    public void Check_EnglishNegationDroppedInGerman_Reported()
    {
        const string source = "The council met on Thursday evening to discuss the new bus lines.\n" +
            "The mayor said the city would never raise the fares for pupils.";
        const string target = "Der Rat trat am Donnerstagabend zusammen, um über die neuen Buslinien zu beraten.\n" +
            "Der Bürgermeister sagte, die Stadt werde die Fahrpreise für Schüler erhöhen.";

        var finding = Assert.Single(Dropped(source, target, "en", "de"));
        Assert.StartsWith("Der Bürgermeister", finding.At(target), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EnglishNotOnly_IsNotANegation()
    {
        const string source = "The new line serves not only the airport but also the university campus.";
        const string target = "Die neue Linie bedient sowohl den Flughafen als auch den Universitätscampus.";

        Assert.Empty(Dropped(source, target, "en", "de"));
    }

    [Fact]
    public void Check_SentenceLeftInFrench_LeftToTheUntranslatedCheck()
    {
        const string source = "Le maire a parlé.\nLes ouvriers ne sont plus dans les usines depuis des mois.";
        const string target = "Der Bürgermeister hat gesprochen.\nLes ouvriers ne sont plus dans les usines depuis des mois.";

        Assert.Empty(Dropped(source, target, "fr", "de"));
    }
}
