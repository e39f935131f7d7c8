using Newsdesk.Model;
using Newsdesk.Quality;

namespace Newsdesk.Tests.Quality;

public class UntranslatedCheckTests
{
    // "ferré" is also a Spanish verb form ("yo ferré"), so Spanish Hunspell knows it; the engine marked it as unknown.
    private const string StormSource = "Trois arbres sont tombés sur les caténaires, selon le gestionnaire du réseau ferré.";
    private const string StormTarget = "Tres árboles han caído sobre la catenaria, según el gestor de la red ferré.";

    [Fact]
    public void Check_WordTheEngineLeftUnknownThatTheTargetDictionaryKnows_Reported()
    {
        var input = new QualityInput(StormTarget, LanguageTag.Parse("fr"), LanguageTag.Parse("es"), null, StormSource) { EngineUnknownWords = ["ferré"] };

        var finding = Assert.Single(QualityFixtures.Gate.Check(input).Findings, f => f.Category == FindingCategory.Untranslated);

        Assert.Equal("untranslated.word", finding.Rule);
        Assert.Equal("ferré", finding.At(StormTarget));
        Assert.Equal(Severity.Minor, finding.Severity);
        Assert.Contains("the engine did not know the word", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WordOfTheOriginalKeptWithoutTheEnginesMark_SaysItWasKeptNotUnknown()
    {
        // Apertium translates "premier" as "premier" (no unknown-word mark): the gate reports the French word, but must not
        // tell the editor the engine did not know it.
        const string source = "Le premier a dépensé plus de 250 millions de dollars pour la campagne.";
        const string target = "El premier ha gastado más de 250 millones de dólares para la campaña.";
        var input = new QualityInput(target, LanguageTag.Parse("fr"), LanguageTag.Parse("es"), null, source);

        var finding = Assert.Single(QualityFixtures.Gate.Check(input).Findings, f => f.Rule == "untranslated.word");

        Assert.Equal("premier", finding.At(target));
        Assert.Contains("the word of the original was left as it was", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("did not know", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SameWordWithoutTheEnginesMark_NotReported() =>
        Assert.DoesNotContain(QualityFixtures.Gate.Check(new QualityInput(StormTarget, LanguageTag.Parse("fr"), LanguageTag.Parse("es"), null, StormSource)).Findings,
            f => f.Category == FindingCategory.Untranslated);

    [Fact]
    public void Check_CapitalisedWordTheEngineLeftUnknown_IsANameNotReported()
    {
        const string source = "Le skipper Paul Ferré a gagné la course.";
        const string target = "El patrón Paul Ferré ha ganado la carrera.";
        var input = new QualityInput(target, LanguageTag.Parse("fr"), LanguageTag.Parse("es"), null, source) { EngineUnknownWords = ["Ferré"] };

        Assert.DoesNotContain(QualityFixtures.Gate.Check(input).Findings, f => f.Category == FindingCategory.Untranslated);
    }

    [Fact]
    public void Check_SentenceLeftInFrench_ReportsItWithSourceSpan()
    {
        var target = QualityFixtures.Read("sentence-left-in-french.de.txt");
        var report = QualityFixtures.Check(target, QualityFixtures.Read("clean-article.fr.txt"));

        var finding = Assert.Single(report.Of(FindingCategory.Untranslated));
        Assert.StartsWith("Selon l'adjointe", finding.At(target), StringComparison.Ordinal);
        Assert.NotNull(finding.SourceSpan);
        Assert.Equal(Severity.Major, finding.Severity);
    }

    [Fact]
    public void Check_ShortFrenchHeadingFullOfNames_IsCaughtWithoutSource()
    {
        var target = "Die Gespräche gingen am Abend weiter.\nCoup d’éclat Moreau-Lindqvist\nDie Ministerin reagierte nicht auf die Vorwürfe des Unternehmens.";
        var report = QualityFixtures.Check(target);

        var finding = Assert.Single(report.Of(FindingCategory.Untranslated));
        Assert.Equal("Coup d’éclat Moreau-Lindqvist", finding.At(target));
    }

    [Fact]
    public void Check_GermanTextFullOfNames_ReportsNothing()
    {
        var target = "Musk im KI-Rennen\nOpenAI, Oracle und SoftBank gründen Stargate in Texas.";
        var report = QualityFixtures.Check(target);

        Assert.Empty(report.Of(FindingCategory.Untranslated));
    }

    [Fact]
    public void Check_TargetIdenticalToSource_IsCritical()
    {
        var source = QualityFixtures.Read("clean-article.fr.txt");
        var report = QualityFixtures.Check(source, source);

        Assert.Contains(report.Findings, f => f.Rule == "untranslated.identical" && f.Severity == Severity.Critical);
        Assert.Equal(Verdict.Reject, report.Verdict);
    }

    [Fact]
    public void Check_WholeTextInAnotherLanguageThanDeclared_RejectsWithWrongLanguage()
    {
        var french = QualityFixtures.Read("clean-article.fr.txt");
        var report = QualityFixtures.Gate.Check(new QualityInput(french, LanguageTag.Parse("en"), LanguageTag.Parse("de")));

        Assert.Contains(report.Findings, f => f.Rule == "untranslated.wrong-language");
        Assert.Equal(Verdict.Reject, report.Verdict);
    }

    [Fact]
    public void Check_CleanTranslation_ReportsNothing()
    {
        var report = QualityFixtures.Check(QualityFixtures.Read("clean-article.de.txt"), QualityFixtures.Read("clean-article.fr.txt"));

        Assert.Empty(report.Findings);
        Assert.Equal(Verdict.Publish, report.Verdict);
    }

    [Fact]
    public void Check_FrenchHeadingGluedIntoGermanSentence_ReportsTheFrenchRun()
    {
        var target = QualityFixtures.Read("heading-glued-left-in-french.de.txt");
        var report = QualityFixtures.Check(target);

        var finding = Assert.Single(report.Of(FindingCategory.Untranslated));
        Assert.Equal("untranslated.fragment", finding.Rule);
        Assert.StartsWith("La piscine sera ouverte", finding.At(target), StringComparison.Ordinal);
        Assert.DoesNotContain("Arbeiten", finding.At(target), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FrenchHeadingGluedWhoseFunctionWordsAreGermanToo_ReportsTheFrenchRun()
    {
        // "de" and "à" are words of the German dictionary, so only the content words ("défaite", "historique",
        // "domicile") show that the run is French.
        var source = "Le club a perdu samedi soir.\nPremière défaite historique de Rennes à domicile\n"
            + "Les supporters attendaient une autre issue.";
        var target = "Der Verein hat am Samstagabend verloren. Im Stadion herrschte danach lange Stille "
            + "Première défaite historique de Rennes à domicile Die Anhänger hatten sich einen anderen Ausgang erhofft.";

        var report = QualityFixtures.Check(target, source);

        var finding = Assert.Single(report.Of(FindingCategory.Untranslated));
        Assert.Equal("untranslated.fragment", finding.Rule);
        Assert.Contains("défaite historique de Rennes à domicile", finding.At(target), StringComparison.Ordinal);
        Assert.DoesNotContain("Anhänger", finding.At(target), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LowerCaseFrenchNameBeforeMixedCaseAcronym_IsNotAFragment()
    {
        var source = "Selon le Syndicat des producteurs indépendants de cidre (Spic), la récolte a baissé.";
        var target = "Nach Angaben des Syndicat des producteurs indépendants de cidre (Spic) ist die Ernte zurückgegangen.";

        var report = QualityFixtures.Check(target, source);

        Assert.DoesNotContain(report.Of(FindingCategory.Untranslated), f => f.Rule == "untranslated.fragment");
    }

    [Fact]
    public void Check_FrenchNameOfThreeWordsInGermanSentence_IsNotAFragment()
    {
        var target = "Die Banque de France hat am Dienstag ihre Prognose für das Wachstum leicht angehoben.";
        var report = QualityFixtures.Check(target);

        Assert.Empty(report.Of(FindingCategory.Untranslated));
    }

    [Fact]
    public void Check_FrenchPlaceNamesJoinedBySpanishPrepositions_AreNotAFragment()
    {
        // "de" and "a" are French function words but also Spanish words: the run between the names is Spanish.
        var target = "La ruta de Sète a Marseillan sigue cerrada desde el lunes por las obras del puerto.\n"
            + "El ayuntamiento espera abrirla de nuevo antes del verano.";
        var report = QualityFixtures.Gate.Check(new QualityInput(target, LanguageTag.Parse("fr"), LanguageTag.Parse("es"), LanguageTag.Parse("es-ES")));

        Assert.Empty(report.Of(FindingCategory.Untranslated));
    }

    private static QualityReport CheckFrEs(string target, string? source) =>
        QualityFixtures.Gate.Check(new QualityInput(target, LanguageTag.Parse("fr"), LanguageTag.Parse("es"), LanguageTag.Parse("es-ES"), source));

    [Fact]
    public void Check_FrenchWordsPassedThroughByTheEngine_AreReportedEachAsMinor()
    {
        var source = "Les pelleteuses tournent depuis l'automne sur le chantier du port.";
        var target = "Las pelleteuses giran desde el otoño en la obra del puerto.";

        var findings = CheckFrEs(target, source).Of(FindingCategory.Untranslated).ToList();

        var finding = Assert.Single(findings);
        Assert.Equal("untranslated.word", finding.Rule);
        Assert.Equal("pelleteuses", finding.At(target));
        Assert.Equal(Severity.Minor, finding.Severity);
    }

    [Fact]
    public void Check_LowerCaseWordsOfAFrenchName_AreNotLeftWords()
    {
        var source = "Elle a fondé l'Institut des hautes recherches maritimes en 2019.";
        var target = "Gründete sie 2019 das Institut des hautes recherches maritimes in Brest.";

        var findings = QualityFixtures.Check(target, source).Of(FindingCategory.Untranslated);

        Assert.DoesNotContain(findings, f => f.Rule == "untranslated.word");
    }

    [Fact]
    public void Check_FrenchWordTheSourceDoesNotHave_IsNotALeftWord()
    {
        var source = "Les grues tournent depuis l'automne sur le chantier du port.";
        var target = "Las pelleteuses giran desde el otoño en la obra del puerto.";

        Assert.Empty(CheckFrEs(target, source).Of(FindingCategory.Untranslated));
    }

    [Theory]
    [InlineData("en", "In a statement shared with The Times on Friday, a spokesman said the case was closed.", "In einer Erklärung, die am Friday mit der Times geteilt wurde, sagte ein Sprecher, der Fall sei abgeschlossen.", "Friday", "Freitag")]
    [InlineData("fr", "Le marché rouvrira lundi matin, selon la mairie.", "El mercado reabrirá el lundi por la mañana, según el ayuntamiento.", "lundi", "lunes")]
    public void Check_WeekdayOfTheOriginalLeftInTheTranslation_IsReportedWithTheRightName(string sourceLanguage, string source, string target, string word, string suggestion)
    {
        var targetLanguage = sourceLanguage == "en" ? "de" : "es";
        var report = QualityFixtures.Gate.Check(new QualityInput(target, LanguageTag.Parse(sourceLanguage), LanguageTag.Parse(targetLanguage), Source: source));

        var finding = Assert.Single(report.Of(FindingCategory.Untranslated));
        Assert.Equal("untranslated.calendar-word", finding.Rule);
        Assert.Equal(word, finding.At(target));
        Assert.Equal(suggestion, finding.Suggestion);
        Assert.Equal(Severity.Minor, finding.Severity);
    }

    [Theory]
    [InlineData("Le ministre s'est confié au Journal du dimanche.", "Der Minister vertraute sich dem Journal du dimanche an.")]
    [InlineData("Les soldes du Black Friday commencent.", "Der Ausverkauf zum Black Friday beginnt.")]
    [InlineData("Il a lu le Sunday Times.", "Er hat die Sunday Times gelesen.")]
    [InlineData("Black Friday : les commerçants affichent des records.", "Black Friday: Händler melden Rekorde.")]
    [InlineData("Le ténor, a dit Domingo, chantera encore.", "Der Tenor, sagte Domingo, werde wieder singen.")]
    public void Check_WeekdayInsideAName_IsNotUntranslated(string source, string target)
    {
        Assert.DoesNotContain(QualityFixtures.Check(target, source).Of(FindingCategory.Untranslated), f => f.Rule == "untranslated.calendar-word");
    }

    [Fact]
    public void Check_FrenchNameWithAWeekdayFromAnEnglishOriginal_IsNotUntranslated()
    {
        const string source = "The minister told the Journal du dimanche he would stay.";
        const string target = "Der Minister sagte dem Journal du dimanche, er werde bleiben.";
        var report = QualityFixtures.CheckFromEnglish(target, source);

        Assert.DoesNotContain(report.Of(FindingCategory.Untranslated), f => f.Rule == "untranslated.calendar-word");
    }

    [Fact]
    public void Check_WordSpelledLikeAForeignMonthWithoutTheTargetsDictionary_IsNotReported()
    {
        // Italian "mai" (never) is the French and German month: only a dictionary of the target tells them apart.
        using var gate = QualityGate.CreateDefault(QualityGateOptions.Default with { HunspellDirectory = "/nonexistent/hunspell" });
        var report = gate.Check(new QualityInput("Non ha mai detto nulla al ministro.", LanguageTag.Parse("fr"), LanguageTag.Parse("it")));

        Assert.DoesNotContain(report.Of(FindingCategory.Untranslated), f => f.Rule == "untranslated.calendar-word");
    }

    [Fact]
    public void Check_WeekdayOfAnotherLanguageWithoutSource_IsStillReported()
    {
        const string target = "Die Sitzung wurde auf Friday verschoben, teilte das Ministerium mit.";

        var finding = Assert.Single(QualityFixtures.Check(target).Of(FindingCategory.Untranslated));
        Assert.Equal("Friday", finding.At(target));
    }

    /// <summary>Names of organisations kept as the original writes them, and addresses, are not untranslated text.</summary>
    [Theory]
    [InlineData("Le Groupement national des indépendants de l'hôtellerie et de la restauration (GNI-HCR) demande des aides d'urgence pour les bars.",
        "Der Groupement national des indépendants de l'hôtellerie et de la restauration (GNI-HCR) fordert Soforthilfen für die Bars.")]
    [InlineData("Selon la Fédération de l'e-commerce et de la vente à distance, les ventes en ligne ont progressé de 8 % cette année.",
        "Nach Angaben der Fédération de l'e-commerce et de la vente à distance sind die Online-Verkäufe in diesem Jahr um 8 % gestiegen.")]
    [InlineData("Pour toute question, les viticulteurs peuvent écrire à viticulture@chambre-agriculture.fr avant la fin du mois.",
        "Bei Fragen können die Winzer bis Ende des Monats an viticulture@chambre-agriculture.fr schreiben.")]
    public void Check_KeptNameOrAddress_NotUntranslated(string source, string target)
    {
        var report = QualityFixtures.Check(target, source);

        Assert.Empty(report.Of(FindingCategory.Untranslated));
    }

    [Fact]
    public void Check_LowerCaseRunWithoutNameOrAcronym_StillUntranslated()
    {
        const string source = "Le maire a présenté le projet. Il a expliqué que les travaux de la place du marché commenceront au printemps prochain.";
        const string target = "Der Bürgermeister stellte das Projekt vor. Er erklärte, dass les travaux de la place du marché im kommenden Frühjahr beginnen.";

        Assert.NotEmpty(QualityFixtures.Check(target, source).Of(FindingCategory.Untranslated));
    }
    // Short lines of their own (headings, kickers, captions) left in another language; issue 14's short-segment probe.
    [Theory]
    [InlineData("Les promesses du nouveau maire", "fr")]      // "du" is a German word too: function words cannot tell
    [InlineData("Une médiathèque pour tous", "fr")]
    [InlineData("Where the money went", "en")]               // a third language, neither the original's nor the target's
    public void Check_ShortHeadingLeftInAnotherLanguage_ReportsTheLine(string heading, string language)
    {
        var lines = QualityFixtures.Read("clean-article.de.txt").Split('\n').ToList();
        lines.Insert(2, heading);
        var target = string.Join('\n', lines);
        var report = QualityFixtures.Check(target, QualityFixtures.Read("clean-article.fr.txt"));

        var finding = Assert.Single(report.Of(FindingCategory.Untranslated));
        Assert.Equal(heading, finding.At(target));
        Assert.Contains(LanguageNames.English(language), finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FrenchCaptionInSpanishTarget_ReportsTheLine()
    {
        // Spanish shares "un", "de", "la" with French; the dictionaries tell "marché" and "clients" apart.
        var target = "El mercado cubierto abrió el sábado tras dos años de obras.\nUn marché sans clients\nLos comerciantes esperan más visitantes en primavera.";
        var report = QualityFixtures.Gate.Check(new QualityInput(target, LanguageTag.Parse("fr"), LanguageTag.Parse("es"), LanguageTag.Parse("es-ES")));

        var finding = Assert.Single(report.Of(FindingCategory.Untranslated));
        Assert.Equal("Un marché sans clients", finding.At(target));
    }

    [Theory]
    [InlineData("Scholz empfängt Macron in Berlin")]
    [InlineData("Neue Regeln für Mieter")]
    [InlineData("Live-Ticker zum Gipfel")]
    public void Check_ShortGermanHeading_ReportsNothing(string heading)
    {
        var lines = QualityFixtures.Read("clean-article.de.txt").Split('\n').ToList();
        lines.Insert(2, heading);
        var report = QualityFixtures.Check(string.Join('\n', lines));

        Assert.Empty(report.Of(FindingCategory.Untranslated));
    }

    [Fact]
    public void Check_LineLeftInFrenchShapedLikeALabel_ReportsItAsUntranslatedBesideFurniture()
    {
        // Without a counterpart in the original the line also reads like furniture; the editor still learns its language.
        var lines = QualityFixtures.Read("clean-article.de.txt").Split('\n').ToList();
        lines.Insert(2, "Les questions du chantier");
        var target = string.Join('\n', lines);
        var report = QualityFixtures.Check(target, QualityFixtures.Read("clean-article.fr.txt"));

        Assert.Contains(report.Of(FindingCategory.Untranslated), f => f.At(target) == "Les questions du chantier");
    }

    private const string KeptPost = "We never gave up on this one. The night train from Lyon to Barcelona is coming back in April, and we are proud of it.";

    /// <summary>
    /// Issue 20, point 6: a passage kept in a third language on purpose (an English post quoted in a French article) is
    /// not called untranslated, whether the desk names it or plain `check` finds it word for word in the original; a
    /// passage in the source language is untranslated even when it is named as kept.
    /// </summary>
    [Fact]
    public void Check_PassageKeptInAThirdLanguage_NotUntranslated()
    {
        const string source = "La liaison de nuit entre Lyon et Barcelone reprendra au mois d'avril, a annoncé mardi la compagnie.\n" + KeptPost +
            "\nLes billets seront mis en vente dès la semaine prochaine, selon la compagnie ferroviaire.";
        const string target = "Die Nachtverbindung zwischen Lyon und Barcelona wird im April wieder aufgenommen, teilte das Unternehmen am Dienstag mit.\n" + KeptPost +
            "\nDie Fahrkarten werden laut der Bahngesellschaft ab nächster Woche verkauft.";
        var fr = LanguageTag.Parse("fr");
        var de = LanguageTag.Parse("de");

        var named = QualityFixtures.Gate.Check(new QualityInput(target, fr, de, null, source, KeptPassages: [KeptPost]));
        var plain = QualityFixtures.Gate.Check(new QualityInput(target, fr, de, null, source));
        var withoutOriginal = QualityFixtures.Gate.Check(new QualityInput(target, fr, de, null, null, KeptPassages: [KeptPost]));

        Assert.Equal(Verdict.Publish, named.Verdict);
        Assert.Equal(Verdict.Publish, plain.Verdict);
        Assert.Equal(Verdict.Publish, withoutOriginal.Verdict);
        Assert.Empty(named.Findings);
    }

    [Fact]
    public void Check_SourceLanguagePassageNamedAsKept_StillUntranslated()
    {
        const string french = "Les billets seront mis en vente dès la semaine prochaine, selon la compagnie ferroviaire qui exploite la ligne.";
        const string source = "La liaison de nuit entre Lyon et Barcelone reprendra au mois d'avril, a annoncé mardi la compagnie.\n" + french;
        const string target = "Die Nachtverbindung zwischen Lyon und Barcelona wird im April wieder aufgenommen, teilte das Unternehmen am Dienstag mit.\n" + french;

        var report = QualityFixtures.Gate.Check(new QualityInput(target, LanguageTag.Parse("fr"), LanguageTag.Parse("de"),
            null, source, KeptPassages: [french]));

        Assert.Contains(report.Findings, f => f.Category == FindingCategory.Untranslated);
        Assert.NotEqual(Verdict.Publish, report.Verdict);
    }

    [Fact]
    public void Check_ShortPostNamedAsKept_NotUntranslated()
    {
        const string post = "Thank you, Lyon!";
        const string source = "La liaison de nuit entre Lyon et Barcelone reprendra au mois d'avril, a annoncé mardi la compagnie.\n" + post;
        const string target = "Die Nachtverbindung zwischen Lyon und Barcelona wird im April wieder aufgenommen, teilte das Unternehmen am Dienstag mit.\n" + post;

        var report = QualityFixtures.Gate.Check(new QualityInput(target, LanguageTag.Parse("fr"), LanguageTag.Parse("de"), null, source, KeptPassages: [post]));

        Assert.DoesNotContain(report.Findings, f => f.Category == FindingCategory.Untranslated);
    }

    /// <summary>A section label of the original glued to the end of a translated paragraph is left untranslated; a target word, a name or a label the original does not have is not.</summary>
    [Theory]
    [InlineData("es", "El paro ha subido un 3 % en un año, según el instituto de estadística. Économie", true)]
    [InlineData("de", "Die Arbeitslosigkeit ist in einem Jahr um 3 % gestiegen, so das Statistikamt. Société", true)]
    [InlineData("de", "Die Arbeitslosigkeit ist in einem Jahr um 3 % gestiegen, so das Statistikamt. Wirtschaft", false)]
    [InlineData("de", "Die Arbeitslosigkeit ist in einem Jahr um 3 % gestiegen, so das Statistikamt. Marseille", false)]
    [InlineData("es", "El paro ha subido un 3 % en un año, según el instituto de estadística. Politique", false)]
    public void Check_LabelOfTheOriginalGluedToAParagraphEnd_Untranslated(string target, string paragraph, bool expected)
    {
        const string source = "Économie\nLe chômage a augmenté de 3 % en un an, selon l'institut de la statistique. Société\nMarseille";
        var text = "Titel\n" + paragraph + "\nMarseille";

        var report = QualityFixtures.Gate.Check(new QualityInput(text, LanguageTag.Parse("fr"), LanguageTag.Parse(target), null, source));

        Assert.Equal(expected, report.Findings.Any(f => f.Category == FindingCategory.Untranslated && text[f.Span.Start..f.Span.End].Contains(paragraph.Split(' ')[^1], StringComparison.Ordinal)));
    }
}
