using Newsdesk.Model;
using Newsdesk.Quality;
using Newsdesk.Quality.Text;

namespace Newsdesk.Tests.Quality;

public class NumberCheckTests
{
    [Fact]
    public void Check_MagnitudeDroppedAndNumberChanged_ReportsBothAgainstSource()
    {
        var target = QualityFixtures.Read("number-changed-and-magnitude-dropped.de.txt");
        var report = QualityFixtures.Check(target, QualityFixtures.Read("clean-article.fr.txt"));
        var numbers = report.Of(FindingCategory.Number).ToList();

        Assert.Contains(numbers, f => f.Rule == "number.magnitude-dropped" && f.At(target).StartsWith("12,5", StringComparison.Ordinal));
        Assert.Contains(numbers, f => f.Rule == "number.mismatch" && f.At(target) == "5.000");
        Assert.Equal(2, numbers.Count);
    }

    [Theory]
    [InlineData("L'État investira 500 milliards de dollars.", "Der Staat wird 500 Milliarden Dollar investieren.", 0)]
    [InlineData("L'État investira 500 milliards de dollars.", "Der Staat wird 500 US-Dollar investieren.", 1)]
    [InlineData("Le projet coûte 1 000,5 euros.", "Das Projekt kostet 1.000,5 Euro.", 0)]
    [InlineData("The project costs 1,000.5 euros.", "Das Projekt kostet 1.000,5 Euro.", 0)]
    [InlineData("Il y a vingt-et-un projets et 2 500 salariés.", "Es gibt 21 Projekte und 2.500 Beschäftigte.", 0)]
    [InlineData("Rendez-vous le 1er mars à 20h.", "Treffen am 1. März um 20 Uhr.", 0)]
    [InlineData("Un milliard d'euros a été versé.", "1 Milliarde Euro wurde gezahlt.", 0)]
    public void Check_SourceAndTargetNumbers_AreComparedLocaleAware(string source, string target, int expected)
    {
        var sourceLanguage = source.StartsWith("The", StringComparison.Ordinal) ? "en" : "fr";
        var report = QualityFixtures.Gate.Check(new QualityInput(target, Newsdesk.Model.LanguageTag.Parse(sourceLanguage),
            Newsdesk.Model.LanguageTag.Parse("de"), null, source));

        Assert.Equal(expected, report.Of(FindingCategory.Number).Count());
    }

    [Theory]
    [InlineData("Un soutien public de 12 millions d'euros.", "ca", "Un suport públic de 12 milions d'euros.", 0)]
    [InlineData("Un soutien public de 12 millions d'euros.", "ca", "Un suport públic de 12 euros.", 1)]
    [InlineData("Le budget atteint 3,9 milliards d'euros.", "ca", "El pressupost arriba a 3,9 mil milions d'euros.", 0)]
    [InlineData("Le budget atteint 3,9 milliards d'euros.", "es", "El presupuesto alcanza 3,9 mil millones de euros.", 0)]
    [InlineData("Un parc de 1,6 milliard d'euros.", "pt", "Um parque de 1,6 mil milhões de euros.", 0)]
    public void Check_MagnitudeWordsOfTheTargetLanguage_AreRead(string source, string language, string target, int expected)
    {
        var report = QualityFixtures.Gate.Check(new QualityInput(target, Newsdesk.Model.LanguageTag.Parse("fr"),
            Newsdesk.Model.LanguageTag.Parse(language), null, source));

        Assert.Equal(expected, report.Of(FindingCategory.Number).Count());
    }

    [Fact]
    public void Check_TargetOnlySameAmountWithoutMagnitude_ReportsTheBareOne()
    {
        var target = "Das Programm umfasst 500 Milliarden US-Dollar. Bis 2030 sollen 500 US-Dollar investiert werden.";
        var report = QualityFixtures.Check(target);

        var finding = Assert.Single(report.Of(FindingCategory.Number));
        Assert.Equal("500 US-Dollar", finding.At(target));
        Assert.Equal("number.magnitude-dropped", finding.Rule);
    }

    [Theory]
    [InlineData("1.000,5", "de", 1000.5)]
    [InlineData("1 000,5", "fr", 1000.5)]
    [InlineData("1,000.5", "en", 1000.5)]
    [InlineData("1.500", "de", 1500)]
    [InlineData("1.500", "en", 1.5)]
    [InlineData("10h30", "fr", 10.3)]
    [InlineData("2.500.000", "de", 2500000)]
    public void ReadDigits_LocaleConventions_FirstReadingIsTheLocalOne(string digits, string language, double expected)
    {
        Assert.Equal(expected, NumberParser.ReadDigits(digits, language)[0], 6);
    }

    [Fact]
    public void Check_MagnitudeDroppedNextToANumberWordOfTheSameValue_IsStillReported()
    {
        // "première" reads as 1; it must not stand in for the "1 milliard d'euros" that became "1 Euro".
        var target = "Nach dieser ersten Kapitalaufnahme strebt der Fonds ein Vermögen von 1 Euro an.";
        var report = QualityFixtures.Check(target, "Après cette première levée de fonds, le fonds vise un encours de 1 milliard d'euros.");

        var finding = Assert.Single(report.Of(FindingCategory.Number));
        Assert.Equal("number.magnitude-dropped", finding.Rule);
        Assert.Equal("1 Euro", finding.At(target));
    }

    [Theory]
    [InlineData("100 milliards d'euros", "fr", "EUR", 1e9)]
    [InlineData("20 millones de dólares", "es", "USD", 1e6)]
    [InlineData("5 billion of dollars", "en", "USD", 1e9)]
    public void Parse_CurrencyAfterDeOrOf_IsTheUnit(string text, string language, string unit, double magnitude)
    {
        var mention = Assert.Single(NumberParser.Parse(text, language));

        Assert.Equal(unit, mention.Unit);
        Assert.Equal(magnitude, mention.Magnitude);
        Assert.Equal(text.Length, mention.Span.End);
    }

    [Theory]
    [InlineData("about 1000MW", "en", 1000)]
    [InlineData("a queue of 18km", "en", 18)]
    [InlineData("eine 16-Millionen-Stadt", "de", 16e6)]
    [InlineData("zehnmal so groß", "de", 10)]
    [InlineData("das Dreifache", "de", 3)]
    [InlineData("der zehnten Meisterschaft", "de", 10)]
    [InlineData("a tenfold rise", "en", 10)]
    [InlineData("300 Bio-Betriebe", "de", 300)]
    [InlineData("un plan de 100 milliards.", "fr", 100e9)]
    [InlineData("a rise of 10 per cent.", "en", 10)]
    public void Parse_NumbersAsWritten_ReadTheirAmount(string text, string language, double amount)
    {
        var mention = Assert.Single(NumberParser.Parse(text, language));

        Assert.Equal(amount, mention.Values[0] * mention.Magnitude);
    }

    [Fact]
    public void Check_SmallAmountWrittenOutNextToTheSameDigitsWithMagnitude_IsNotAMagnitudeDrop()
    {
        var target = "Das Ticket kostet 2 Euro, das Programm 2 Millionen Euro.";
        var report = QualityFixtures.Check(target, "Le billet coûte deux euros, le programme 2 millions d'euros.");

        Assert.Empty(report.Of(FindingCategory.Number));
    }

    [Theory]
    [InlineData("CO2 emissions")]
    [InlineData("the A380 fleet")]
    [InlineData("5m people")]
    public void Parse_CodesAndAmbiguousLetters_AreNotAmounts(string text)
    {
        Assert.Empty(NumberParser.Parse(text, "en"));
    }

    [Theory]
    [InlineData("The water was so clear in the 1960s.", "Das Wasser war in den 60er Jahren so klar.")]
    [InlineData("The bear weighed between 375 and 400 pounds.", "Der Bär wog zwischen 170 und 180 Kilogramm.")]
    [InlineData("Each one is 10 times the mass of the Sun.", "Jedes ist zehnmal so schwer wie die Sonne.")]
    [InlineData("The plant generates about 1000MW.", "Das Kraftwerk erzeugt etwa 1000 MW.")]
    public void Check_FaithfulRenderingsOfNumbers_AreNotReported(string source, string target)
    {
        var report = QualityFixtures.CheckFromEnglish(target, source);

        Assert.Empty(report.Of(FindingCategory.Number));
    }

    [Fact]
    public void Check_DigitOfADesignationChanged_IsReported()
    {
        var target = "Das Ziel, die CO9-Emissionen zu senken, sei außer Reichweite.";
        var report = QualityFixtures.Check(target, "L'objectif de baisse des émissions de CO2 est hors de portée.");

        var finding = Assert.Single(report.Of(FindingCategory.Number));
        Assert.Equal("number.code-changed", finding.Rule);
        Assert.Equal("CO9", finding.At(target));
    }

    [Fact]
    public void Parse_UnitAtTheEndOfASentence_LeavesTheFullStopOut()
    {
        var mention = Assert.Single(NumberParser.Parse("Er verfügt über 5 Euro.", "de"));

        Assert.Equal("5 Euro", "Er verfügt über 5 Euro."[mention.Span.Start..mention.Span.End]);
    }

    [Fact]
    public void Parse_AmountWithMagnitudeAndCurrency_ReadsAllParts()
    {
        var mention = Assert.Single(NumberParser.Parse("mindestens 500 Milliarden US-Dollar", "de"));

        Assert.Equal(1e9, mention.Magnitude);
        Assert.Equal("USD", mention.Unit);
        Assert.Equal(500, mention.Values[0]);
    }

    /// <summary>Dates, times, scores and ages are compared by value: each language writes them its own way.</summary>
    [Theory]
    [InlineData("fr", "Le contrat a été signé le 05/05/2016 à Lyon.", "de", "Der Vertrag wurde am 05.05.2016 in Lyon unterzeichnet.", 0)]
    [InlineData("fr", "Le contrat a été signé le 05/05/2016 à Lyon.", "de", "Der Vertrag wurde am 2016-05-05 in Lyon unterzeichnet.", 0)]
    [InlineData("fr", "Le contrat a été signé le 05/05/2016 à Lyon.", "de", "Der Vertrag wurde am 05.06.2016 in Lyon unterzeichnet.", 1)]
    [InlineData("fr", "Le contrat a été signé le 12/03/2021 à Lyon.", "es", "El contrato se firmó el 12/03/2021 en Lyon.", 0)]
    [InlineData("en", "The contract was signed on 3/12/2021 in Lyon.", "de", "Der Vertrag wurde am 12.03.2021 in Lyon unterzeichnet.", 0)]
    [InlineData("fr", "La réunion commence à 8 h 30 à la mairie.", "de", "Die Sitzung beginnt um 8.30 Uhr im Rathaus.", 0)]
    [InlineData("fr", "La réunion commence à 0h30 à la mairie.", "de", "Die Sitzung beginnt um 0.30 Uhr im Rathaus.", 0)]
    [InlineData("fr", "La réunion commence à 20 h à la mairie.", "de", "Die Sitzung beginnt um 20 Uhr im Rathaus.", 0)]
    [InlineData("fr", "La réunion commence à 8 h 30 à la mairie.", "de", "Die Sitzung beginnt um 9.30 Uhr im Rathaus.", 1)]
    [InlineData("fr", "Lyon a battu Lille 2-1 samedi soir.", "de", "Lille unterlag Lyon am Samstagabend 1:2.", 0)]
    [InlineData("fr", "Lyon a battu Lille 2-1 samedi soir.", "de", "Lille unterlag Lyon am Samstagabend 1:3.", 1)]
    [InlineData("fr", "Le match s'est terminé sur le score de 2-0 pour Nantes.", "de", "Das Spiel endete 2:1 für Nantes.", 1)]
    [InlineData("fr", "Le chantier durera 2-3 ans selon la mairie.", "de", "Die Bauarbeiten dauern laut Rathaus 2 bis 3 Jahre.", 0)]
    [InlineData("fr", "Un trentenaire a été interpellé.", "de", "Ein 30-Jähriger wurde festgenommen.", 0)]
    [InlineData("fr", "Une octogénaire a été secourue.", "es", "Una mujer de 80 años fue rescatada.", 0)]
    public void Check_WrittenFormsOfOneValue_ComparedByValue(string from, string source, string to, string target, int expected)
    {
        var report = QualityFixtures.Gate.Check(new QualityInput(target, LanguageTag.Parse(from), LanguageTag.Parse(to), null, source));

        Assert.Equal(expected, report.Of(FindingCategory.Number).Count());
    }

    /// <summary>
    /// A change from one value to another given the other way round (an engine that swapped two placeholders does this):
    /// the numbers all match, the meaning is reversed. A range given in the same order, or told another way, is fine.
    /// </summary>
    [Theory]
    [InlineData("fr", "Le chômage est passé de 7,1 % à 8,3 % en un an.", "de", "Die Arbeitslosigkeit stieg in einem Jahr von 8,3 % auf 7,1 %.", 1)]
    [InlineData("fr", "Le chômage est passé de 7,1 % à 8,3 % en un an.", "de", "Die Arbeitslosigkeit stieg in einem Jahr von 7,1 % auf 8,3 %.", 0)]
    [InlineData("fr", "Le chômage est passé de 7,1 % à 8,3 % en un an.", "es", "El paro pasó del 8,3 % al 7,1 % en un año.", 1)]
    [InlineData("fr", "Le chômage est passé de 7,1 % à 8,3 % en un an.", "es", "El paro pasó del 7,1 % al 8,3 % en un año.", 0)]
    [InlineData("fr", "Le prix passe de 12 euros à 15 euros.", "ca", "El preu passa de 15 euros a 12 euros.", 1)]
    [InlineData("fr", "Le prix passe de 12 euros à 15 euros.", "ca", "El preu, que era de 12 euros, ara és de 15 euros.", 0)]
    [InlineData("fr", "Les effectifs passent de 300 à 250 agents.", "en", "Staff numbers fall from 300 to 250.", 0)]
    [InlineData("fr", "Les effectifs passent de 300 à 250 agents.", "en", "Staff numbers fall from 250 to 300.", 1)]
    public void Check_ChangeFromOneValueToAnother_ReversedIsReported(string from, string source, string to, string target, int expected)
    {
        var report = QualityFixtures.Gate.Check(new QualityInput(target, LanguageTag.Parse(from), LanguageTag.Parse(to), null, source));

        Assert.Equal(expected, report.Findings.Count(f => f.Rule == "number.swapped"));
        if (expected > 0)
        {
            Assert.NotEqual(Verdict.Publish, report.Verdict);
        }
    }

    /// <summary>An amount written twice where the original has it once (a placeholder written twice by an engine).</summary>
    [Theory]
    [InlineData("Das Rathaus hat einen Haushalt von 1.250.000 Euro 1.250.000 Euro für die Renovierung beschlossen.", 1)]
    [InlineData("Das Rathaus hat einen Haushalt von 1.250.000 Euro für die Renovierung beschlossen, 1.250.000 Euro.", 1)]
    [InlineData("Das Rathaus hat einen Haushalt von 1.250.000 Euro für die Renovierung beschlossen.", 0)]
    public void Check_AmountRepeatedInItsSentence_Reported(string sentence, int expected)
    {
        const string source = "La mairie a voté un budget de 1 250 000 euros pour la rénovation.\nLes travaux commenceront en septembre.";
        var target = sentence + "\nDie Arbeiten beginnen im September.";

        var report = QualityFixtures.Gate.Check(new QualityInput(target, LanguageTag.Parse("fr"), LanguageTag.Parse("de"), null, source));

        Assert.Equal(expected, report.Findings.Count(f => f.Rule == "number.repeated"));
    }

    [Fact]
    public void Check_AmountTwiceInBothOriginalAndTranslation_NotReported()
    {
        const string source = "Le loyer passe de 500 euros à 600 euros, puis à 600 euros encore l'an prochain.";
        const string target = "Die Miete steigt von 500 Euro auf 600 Euro und bleibt im nächsten Jahr bei 600 Euro.";

        var report = QualityFixtures.Gate.Check(new QualityInput(target, LanguageTag.Parse("fr"), LanguageTag.Parse("de"), null, source));

        Assert.DoesNotContain(report.Findings, f => f.Rule == "number.repeated");
    }
}
