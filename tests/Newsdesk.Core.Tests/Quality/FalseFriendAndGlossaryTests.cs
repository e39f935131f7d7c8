using Newsdesk.Model;
using Newsdesk.Quality;

namespace Newsdesk.Tests.Quality;

public class FalseFriendAndGlossaryTests
{
    [Fact]
    public void Check_WebsiteAboutAConstructionSite_IsAFalseFriend()
    {
        var target = "Der Chef lud den Minister ein, die erste im Bau befindliche Website zu besichtigen.";
        var report = QualityFixtures.Check(target);

        var finding = Assert.Single(report.Of(FindingCategory.FalseFriend));
        Assert.Equal("Website", finding.At(target));
        Assert.Contains("Standort", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SpanishWebsiteAboutAConstructionSite_IsAFalseFriend()
    {
        var target = "Invitó a su rival a visitar el primer website en construcción cerca del puerto.";
        var report = QualityFixtures.Gate.Check(new QualityInput(target, LanguageTag.Parse("fr"), LanguageTag.Parse("es"), LanguageTag.Parse("es-ES")));

        var finding = Assert.Single(report.Of(FindingCategory.FalseFriend));
        Assert.Equal("website", finding.At(target));
        Assert.Contains("obra", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WebsiteAboutTheInternet_IsFine()
    {
        var report = QualityFixtures.Check(QualityFixtures.Read("website-about-internet.de.txt"));

        Assert.Empty(report.Of(FindingCategory.FalseFriend));
    }

    [Fact]
    public void Check_ActuellementRenderedAktuell_NeedsTheSourceTerm()
    {
        var target = "Die Regierung prüft aktuell mehrere Möglichkeiten.";
        var withSource = QualityFixtures.Check(target, "Le gouvernement étudie actuellement plusieurs options.");
        var withoutSource = QualityFixtures.Check(target);

        Assert.Single(withSource.Of(FindingCategory.FalseFriend));
        Assert.Empty(withoutSource.Of(FindingCategory.FalseFriend));
    }

    // The look-alike where its sense fits the original's: not a false friend (issue 14, correct uses).
    [Theory]
    [InlineData("Le gouvernement mène enfin une politique conséquente en matière de climat.", "Die Regierung verfolgt endlich eine konsequente Klimapolitik.")]
    [InlineData("Il faut rester conséquent avec ses promesses électorales.", "Man muss mit seinen Wahlversprechen konsequent bleiben.")]
    [InlineData("Les données sensibles des patients ont été volées en mai.", "Die sensiblen Daten der Patienten wurden im Mai gestohlen.")]
    [InlineData("La hausse touche surtout les quartiers sensibles de la ville.", "Der Anstieg betrifft vor allem die sensiblen Viertel der Stadt.")]
    [InlineData("Le nombre d'heures effectivement travaillées a baissé.", "Die Zahl der effektiv gearbeiteten Stunden ist gesunken.")]
    [InlineData("Des militants islamistes ont attaqué le poste frontière.", "Militante Islamisten griffen den Grenzposten an.")]
    [InlineData("Le débat télévisé a offert un triste spectacle.", "Die Fernsehdebatte bot ein trauriges Spektakel.")]
    public void Check_LookAlikeInASenseThatFits_IsNotAFalseFriend(string source, string target)
    {
        var report = QualityFixtures.Check(target, source);

        Assert.Empty(report.Of(FindingCategory.FalseFriend));
    }

    // Each French term of the fr->de list with its false friend in the translation, then with the right word.
    [Theory]
    [InlineData("L'entreprise a réalisé un bénéfice conséquent.", "Das Unternehmen erzielte einen konsequenten Gewinn.", "konsequenten", "Das Unternehmen erzielte einen beträchtlichen Gewinn.")]
    [InlineData("Le club pourrait éventuellement vendre son attaquant.", "Der Verein könnte eventuell seinen Stürmer verkaufen.", "eventuell", "Der Verein könnte gegebenenfalls seinen Stürmer verkaufen.")]
    [InlineData("Les prix ont connu une hausse sensible en mai.", "Die Preise erlebten im Mai einen sensiblen Anstieg.", "sensiblen", "Die Preise erlebten im Mai einen spürbaren Anstieg.")]
    [InlineData("La location de vélos augmente à Paris.", "Die Lokation von Fahrrädern nimmt in Paris zu.", "Lokation", "Die Vermietung von Fahrrädern nimmt in Paris zu.")]
    [InlineData("La librairie du quartier a fermé.", "Die Bibliothek des Viertels hat geschlossen.", "Bibliothek", "Die Buchhandlung des Viertels hat geschlossen.")]
    [InlineData("La manifestation a réuni des milliers de personnes dans la rue.", "Die Manifestation versammelte Tausende Menschen auf der Straße.", "Manifestation", "Die Demonstration versammelte Tausende Menschen auf der Straße.")]
    [InlineData("Une militante écologiste a été arrêtée.", "Eine Umwelt-Militante wurde festgenommen.", "Militante", "Eine Umweltaktivistin wurde festgenommen.")]
    [InlineData("Le lycée Victor-Hugo accueille 900 élèves.", "Das Lyzeum Victor-Hugo hat 900 Schüler.", "Lyzeum", "Das Gymnasium Victor-Hugo hat 900 Schüler.")]
    [InlineData("Le spectacle a lieu samedi soir.", "Das Spektakel findet am Samstagabend statt.", "Spektakel", "Die Vorstellung findet am Samstagabend statt.")]
    [InlineData("Le ministre a effectivement démissionné.", "Der Minister ist effektiv zurückgetreten.", "effektiv", "Der Minister ist tatsächlich zurückgetreten.")]
    [InlineData("La formation des apprentis sera financée par la région.", "Die Formation der Lehrlinge wird von der Region finanziert.", "Formation", "Die Ausbildung der Lehrlinge wird von der Region finanziert.")]
    [InlineData("L'exposition du musée attire de nombreux visiteurs.", "Die Exposition des Museums zieht viele Besucher an.", "Exposition", "Die Ausstellung des Museums zieht viele Besucher an.")]
    [InlineData("Le gouvernement a publié une ordonnance sur le télétravail.", "Die Regierung veröffentlichte eine Ordonnanz zur Telearbeit.", "Ordonnanz", "Die Regierung veröffentlichte eine Verordnung zur Telearbeit.")]
    public void Check_FrenchTermRenderedByItsGermanFalseFriend_IsReportedAndTheRightWordIsNot(string source, string wrong, string word, string right)
    {
        var finding = Assert.Single(QualityFixtures.Check(wrong, source).Of(FindingCategory.FalseFriend));
        Assert.Equal(word, finding.At(wrong));

        Assert.Empty(QualityFixtures.Check(right, source).Of(FindingCategory.FalseFriend));
    }

    [Theory]
    [InlineData("L'exposition au soleil augmente le risque.", "Die Exposition gegenüber der Sonne erhöht das Risiko.")]
    [InlineData("La formation du gouvernement prendra des semaines.", "Die Formation der Regierung wird Wochen dauern.")]
    [InlineData("La formation d'extrême droite promet des emplois.", "Die rechtsextreme Formation verspricht Arbeitsplätze.")]
    [InlineData("Le lycée Victor-Hugo sera agrandi. Un nouveau gymnase sera construit.", "Das Gymnasium Victor-Hugo wird erweitert. Eine neue Sporthalle wird gebaut.")]
    public void Check_FalseFriendWordInItsOwnSense_IsFine(string source, string target)
    {
        Assert.Empty(QualityFixtures.Check(target, source).Of(FindingCategory.FalseFriend));
    }

    [Fact]
    public void Check_GlossaryAvoidedRenderingAndDoNotTranslate_AreReported()
    {
        var fr = LanguageTag.Parse("fr");
        var de = LanguageTag.Parse("de");
        var glossary = new[]
        {
            new GlossaryEntry(fr, de, "site", "Standort", ["Website"], "a physical site"),
            new GlossaryEntry(fr, de, "Stargate", null),
        };
        var input = new QualityInput("Der Konzern baut seine Website in Texas aus. Das Projekt Sternentor wächst.", fr, de, null,
            "Le groupe agrandit son site au Texas. Le projet Stargate grandit.", glossary);

        var report = QualityFixtures.Gate.Check(input);
        var rules = report.Of(FindingCategory.Glossary).Select(f => f.Rule).ToList();

        Assert.Contains("glossary.avoided-rendering", rules);
        Assert.Contains("glossary.do-not-translate", rules);
    }

    [Fact]
    public void Check_LiteralIdioms_AreMinorFluencyFindings()
    {
        var target = QualityFixtures.Read("literal-idiom.de.txt");
        var report = QualityFixtures.Check(target);

        var found = report.Of(FindingCategory.Fluency).Select(f => f.At(target)).ToList();
        Assert.Equal(["aus guter Quelle", "Der erste äußerte"], found);
        Assert.All(report.Of(FindingCategory.Fluency), f => Assert.Equal(Severity.Minor, f.Severity));
    }

    [Theory]
    [InlineData("ca", "Marsella, Gènova i Barcelona es lliuren una batalla sense gràcies pel trànsit.", "sense gràcies")]
    [InlineData("ca", "El govern dona un cop de polze als municipis.", "cop de polze")]
    [InlineData("es", "Marsella, Génova y Barcelona libran una batalla sin gracias por el tráfico.", "sin gracias")]
    [InlineData("es", "El plan será puesto en obra el próximo año.", "puesto en obra")]
    public void Check_LiteralFrenchIdiomInCatalanOrSpanish_IsAMinorFluencyFinding(string language, string target, string idiom)
    {
        var report = QualityFixtures.Gate.Check(new QualityInput(target, LanguageTag.Parse("fr"), LanguageTag.Parse(language)));

        var finding = Assert.Single(report.Of(FindingCategory.Fluency));
        Assert.Equal(idiom, finding.At(target));
        Assert.Equal(Severity.Minor, finding.Severity);
    }

    [Fact]
    public void Check_NameOfSourceMissingFromTarget_IsReported()
    {
        var source = "Le ministre a rencontré Sophie Marchand et Arnaud Lefebvre à Lyon.";
        var target = "Der Minister traf Sophie Marchand und einen Berater in Lyon.";
        var report = QualityFixtures.Check(target, source);

        var finding = Assert.Single(report.Of(FindingCategory.Names));
        Assert.Contains("Arnaud Lefebvre", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoDictionaryForTheOriginal_SkipsNamesWithANoticeInsteadOfTakingTitleWordsForNames()
    {
        using var gate = QualityGate.CreateDefault(QualityGateOptions.Default with { HunspellDirectory = "/nonexistent/hunspell" });
        var source = "The World Indoor Championships open in Belgrade on Friday.";
        var target = "Die Hallenweltmeisterschaften beginnen am Freitag in Belgrad.";
        var report = gate.Check(new QualityInput(target, LanguageTag.Parse("en"), LanguageTag.Parse("de"), Source: source));

        Assert.Empty(report.Of(FindingCategory.Names));
        Assert.Contains(report.Notices, n => n.StartsWith("names check skipped: no Hunspell dictionary for 'en'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("die indischen Meisterschaften und die Leichtathletik-Hallenasienmeisterschaften")]
    [InlineData("die indischen und die asiatischen Meisterschaften")]
    public void Check_NamesTransliteratedOrMadeAdjectives_AreStillPresent(string championships)
    {
        var source = "President Kassym-Jomart Tokayev and the Kazakh Prime Minister Alikhan Smailov opened the Indian and Asian Championships near the Dnieper River.";
        var target = $"Präsident Qassym-Schomart Toqajew und der kasachische Premierminister Alichan Smailow eröffneten {championships} am Dnjepr.";
        var report = QualityFixtures.CheckFromEnglish(target, source);

        Assert.Empty(report.Of(FindingCategory.Names));
    }

    [Theory]
    [InlineData("Labour leader Keir Starmer met Sadiq Khan in London.", "Der Labour-Chef traf Sadiq in London, es war ein starker Start.", "Keir Starmer")]
    [InlineData("Fighting broke out again in South Sudan on Monday.", "Im Süden brachen am Montag erneut Kämpfe aus.", "South Sudan")]
    [InlineData("The law was signed on Tuesday by Governor Brian Kemp in Atlanta.", "Das Gesetz zur Briefwahl wurde am Dienstag vom Gouverneur in Atlanta unterzeichnet.", "Brian Kemp")]
    public void Check_NameMissing_IsNotHiddenByACommonWordStartingLikeIt(string source, string target, string name)
    {
        var report = QualityFixtures.CheckFromEnglish(target, source);

        Assert.Contains(report.Of(FindingCategory.Names), f => f.Message.Contains(name, StringComparison.Ordinal));
    }
}
