using Newsdesk.Model;
using Newsdesk.Quality;

namespace Newsdesk.Tests.Quality;

public class PunctuationCheckTests
{
    [Fact]
    public void Check_StrayGuillemetAfterGermanQuote_ReportsTheMark()
    {
        var target = "„Sie haben das Geld nicht“, sagte der Chef am Mittwoch. » Der Konzern widersprach.";
        var report = QualityFixtures.Check(target);

        var finding = Assert.Single(report.Of(FindingCategory.Punctuation));
        Assert.Equal("»", finding.At(target));
        Assert.Equal("punctuation.quote-unpaired", finding.Rule);
    }

    [Fact]
    public void Check_SwissGuillemetsInDeCh_AreCorrect()
    {
        var report = QualityFixtures.Check(QualityFixtures.Read("swiss-guillemets.de-CH.txt"), locale: "de-CH");

        Assert.Empty(report.Of(FindingCategory.Punctuation));
    }

    [Fact]
    public void Check_SwissGuillemetsInDeDe_AreWrongStyleWithFix()
    {
        var target = QualityFixtures.Read("swiss-guillemets.de-CH.txt");
        var report = QualityFixtures.Check(target);

        var finding = Assert.Single(report.Of(FindingCategory.Punctuation));
        Assert.Equal("punctuation.quote-style", finding.Rule);
        Assert.Equal("„Wir investieren in die Zukunft“", finding.Fix!.Replacement);
    }

    [Fact]
    public void Check_FrenchGuillemetsWithSpacingInGerman_ReportsBothPairs()
    {
        var target = QualityFixtures.Read("french-guillemets-in-german.de.txt");
        var report = QualityFixtures.Check(target);

        var findings = report.Of(FindingCategory.Punctuation).ToList();
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Fix!.Replacement == "„überstürzt“");
    }

    [Fact]
    public void Check_FrenchSpacingInGerman_ReportsEachMark()
    {
        var target = QualityFixtures.Read("french-spacing-in-german.de.txt");
        var report = QualityFixtures.Check(target);

        Assert.Equal(3, report.Of(FindingCategory.Punctuation).Count(f => f.Rule == "punctuation.french-spacing"));
    }

    [Fact]
    public void Check_FrenchSpacingInFrench_IsCorrect()
    {
        var report = QualityFixtures.Gate.Check(new QualityInput("Que faire ? La réponse est claire : attendre !",
            Newsdesk.Model.LanguageTag.Parse("de"), Newsdesk.Model.LanguageTag.Parse("fr")));

        Assert.DoesNotContain(report.Findings, f => f.Rule == "punctuation.french-spacing");
    }

    [Fact]
    public void Check_BalancedGermanQuotesAndBrackets_ReportsNothing()
    {
        var report = QualityFixtures.Check(QualityFixtures.Read("balanced-quotes-and-brackets.de.txt"));

        Assert.Empty(report.Of(FindingCategory.Punctuation));
    }

    [Fact]
    public void Check_MixedQuotePair_ReportsTheClosingMark()
    {
        var target = "Die Kasse heißt „Autonomie» und bleibt leer.";
        var report = QualityFixtures.Check(target);

        var finding = Assert.Single(report.Of(FindingCategory.Punctuation));
        Assert.Equal("punctuation.quote-mismatch", finding.Rule);
        Assert.Equal("“", finding.Fix!.Replacement);
        Assert.Equal(Severity.Major, finding.Severity);
    }

    [Theory]
    [InlineData("Die Kasse heißt „Autonomie\" und bleibt leer, sagte die Ministerin am Dienstag.")]
    [InlineData("„Wir bleiben hier, sagte sie.\nDas ist unser Dorf\", fügte sie hinzu.")]
    public void Check_TypewriterCloseOrQuoteOverParagraphs_MinorAndPublishes(string target)
    {
        var report = QualityFixtures.Check(target);

        Assert.DoesNotContain(report.Of(FindingCategory.Punctuation), f => f.Severity > Severity.Minor);
        Assert.Equal(Verdict.Publish, report.Verdict);
    }

    [Fact]
    public void Check_UnclosedBracket_IsMinor()
    {
        var report = QualityFixtures.Check("Der Vorstand (neu gewählt hat getagt.");

        var finding = Assert.Single(report.Of(FindingCategory.Punctuation));
        Assert.Equal(Severity.Minor, finding.Severity);
    }

    [Fact]
    public void Fix_TypewriterMarks_BecomeDashesAndLoseStraySpace()
    {
        var target = QualityFixtures.Read("typewriter-marks.de.txt");
        var result = QualityFixtures.Gate.Fix(QualityFixtures.FrDe(target));

        Assert.Equal(2, result.Applied.Count(a => a.Rule == "punctuation.double-hyphen" && a.After == "–"));
        Assert.Contains(result.Applied, a => a.Rule == "punctuation.space-before-comma");
        Assert.StartsWith("Die Erde kreist – so der Forscher – sehr nahe um das Loch, und", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Report.Findings, f => f.Rule == "punctuation.double-stop");
    }

    [Fact]
    public void Check_StraightQuotesInRunningGermanText_ReportsThemWithGermanQuotesAsFix()
    {
        var target = QualityFixtures.Read("straight-quotes-running-text.de.txt");
        var report = QualityFixtures.Check(target, QualityFixtures.Read("straight-quotes-running-text.fr.txt"));

        var finding = Assert.Single(report.Of(FindingCategory.Punctuation));
        Assert.Equal("punctuation.straight-quotes", finding.Rule);
        Assert.Equal(Severity.Minor, finding.Severity);
        Assert.Equal("\"soliden Kompromiss\"", finding.At(target));
        Assert.Equal("„soliden Kompromiss“", finding.Fix!.Replacement);
    }

    [Fact]
    public void Check_StraightQuotesInSwissGerman_FixUsesGuillemets()
    {
        var target = QualityFixtures.Read("straight-quotes-running-text.de.txt");
        var report = QualityFixtures.Check(target, locale: "de-CH");

        var finding = Assert.Single(report.Of(FindingCategory.Punctuation));
        Assert.Equal("«soliden Kompromiss»", finding.Fix!.Replacement);
    }

    [Fact]
    public void Fix_LowQuoteWhereTheQuoteCloses_BecomesTheClosingMark()
    {
        var target = "„Ein klarer Beweis dafür ist dieser Komplex mit über sechstausend Sitzplätzen „, heißt es in dem Schreiben.";

        var result = QualityFixtures.Gate.Fix(QualityFixtures.FrDe(target));

        var applied = Assert.Single(result.Applied, a => a.Rule == "punctuation.low-quote-closing");
        Assert.Equal(" „", applied.Before);
        Assert.Equal("„Ein klarer Beweis dafür ist dieser Komplex mit über sechstausend Sitzplätzen“, heißt es in dem Schreiben.", result.Text);
        Assert.Empty(result.Report.Of(FindingCategory.Punctuation));
    }

    [Theory]
    [InlineData("Er sagte: „Wir kommen.“")]
    [InlineData("Die Zeitung schrieb von einem „Neuanfang“, andere von einem Ende.")]
    [InlineData("„")]
    [InlineData("Er sagte: „...und dann kam niemand.“")]
    [InlineData("Im Brief heißt es: „\nWir kommen nicht.“")]
    public void Check_LowQuoteOpeningAQuote_IsNotAClosingMark(string target)
    {
        var report = QualityFixtures.Check(target);

        Assert.DoesNotContain(report.Findings, f => f.Rule == "punctuation.low-quote-closing");
    }

    [Fact]
    public void Check_LowQuoteInSwissGerman_IsNotReadAsAClosingMark()
    {
        // „ is no mark of de-CH at all; the style rules report it, not this one.
        var report = QualityFixtures.Check("Ein Komplex mit sechstausend Sitzplätzen „, heißt es.", locale: "de-CH");

        Assert.DoesNotContain(report.Findings, f => f.Rule == "punctuation.low-quote-closing");
    }

    [Theory]
    [InlineData("de-DE", "'Yellowstone'-Schauspielerin Q'orianka Kilcher gewinnt gegen Betrugsvorwürfe", "'Yellowstone'", "„Yellowstone“")]
    [InlineData("de-DE", "Biden habe einen Plan für das Ende von Titel 42: 'Wenn ja, haben sie ihn nicht geteilt.'", "'Wenn ja, haben sie ihn nicht geteilt.'", "„Wenn ja, haben sie ihn nicht geteilt.“")]
    [InlineData("de-DE", "„Er nannte es einen 'Wendepunkt', sagte sie am Montag.“", "'Wendepunkt'", "‚Wendepunkt‘")]
    [InlineData("de-CH", "Sie nannte es einen 'Wendepunkt' für die Stadt.", "'Wendepunkt'", "«Wendepunkt»")]
    [InlineData("de-DE", "Wir hoffen, dass 'Biden einen Plan hat, 'wenn ja, hat er ihn nicht geteilt'.", "'wenn ja, hat er ihn nicht geteilt'", "„wenn ja, hat er ihn nicht geteilt“")]
    public void Check_SingleTypewriterQuotesAsQuotationMarks_AreReportedWithTheLocalesMarks(string locale, string target, string quoted, string expected)
    {
        var report = QualityFixtures.Check(target, locale: locale);

        var finding = Assert.Single(report.Of(FindingCategory.Punctuation));
        Assert.Equal("punctuation.straight-quotes", finding.Rule);
        Assert.Equal(quoted, finding.At(target));
        Assert.Equal(expected, finding.Fix!.Replacement);
    }

    [Theory]
    [InlineData("Wie geht's? Das ist Jones' Buch, sagte sie.")]
    [InlineData("Die Schauspielerin Q'orianka Kilcher und die Band Guns N' Roses traten auf.")]
    [InlineData("Er kam in den '90ern nach Berlin.")]
    [InlineData("Er ist ein Pionier des Rock 'n' Roll.")]
    [InlineData("In den '90ern waren Grass' Romane Pflichtlektüre.")]
    [InlineData("So 'ne Sache, sagte Jens' Bruder.")]
    public void Check_ApostrophesInGermanText_AreNotQuotes(string target)
    {
        var report = QualityFixtures.Check(target);

        Assert.Empty(report.Of(FindingCategory.Punctuation));
    }

    [Fact]
    public void Check_ApostrophesInItalianText_AreNotQuotes()
    {
        var target = "Negli anni '90 la 'ndrangheta si è diffusa un po' ovunque, e' noto.";
        var report = QualityFixtures.Gate.Check(new QualityInput(target, LanguageTag.Parse("fr"), LanguageTag.Parse("it"), LanguageTag.Parse("it-IT"),
            "Dans les années 90, la 'ndrangheta s'est répandue un peu partout."));

        Assert.DoesNotContain(report.Findings, f => f.Rule == "punctuation.straight-quotes");
    }

    [Fact]
    public void Check_OneSentenceOfParagraphLengthKeepingTheSourcesStraightQuotes_IsRunningText()
    {
        var target = "Die Bürgermeisterin, die seit drei Jahren mit den Gewerkschaften der städtischen Verkehrsbetriebe über neue "
            + "Dienstpläne verhandelt und dabei mehrfach mit dem Abbruch der Gespräche gedroht hatte, sprach am Abend nach der "
            + "letzten Verhandlungsrunde im Rathaus vor den versammelten Journalisten von einem \"soliden Kompromiss, mit dem alle "
            + "Beteiligten in den kommenden Jahren leben können\".";
        var source = "La maire, qui négocie depuis trois ans avec les syndicats des transports municipaux de nouveaux plannings et "
            + "qui avait menacé plusieurs fois de rompre les discussions, a parlé le soir après la dernière séance à la mairie "
            + "devant les journalistes réunis d'un \"compromis solide, avec lequel tous pourront vivre dans les années à venir\".";
        Assert.True(target.Length >= 350);

        var report = QualityFixtures.Check(target, source);

        var finding = Assert.Single(report.Of(FindingCategory.Punctuation));
        Assert.Equal("punctuation.straight-quotes", finding.Rule);
    }

    [Theory]
    [InlineData("Der Minister sprach von einem “soliden Kompromiss” und ging.", "“soliden Kompromiss”")]
    [InlineData("Der Minister sprach von einem “soliden Kompromiss“ und ging.", "“soliden Kompromiss“")]
    public void Fix_EnglishQuotesInGerman_BecomeGermanQuotes(string target, string quoted)
    {
        var finding = Assert.Single(QualityFixtures.Check(target).Of(FindingCategory.Punctuation));
        Assert.Equal("punctuation.quote-style", finding.Rule);
        Assert.Equal(quoted, finding.At(target));
        Assert.Equal("„soliden Kompromiss“", finding.Fix!.Replacement);
    }

    [Fact]
    public void Check_StrayGuillemetBeforeAComma_IsUnpaired()
    {
        // The French closing mark left after the German one: "… unmöglich“ », erklärt er".
        var target = "„Eine Gehaltsobergrenze ist in Europa unmöglich“ », erklärt der Präsident.";

        var finding = Assert.Single(QualityFixtures.Check(target).Of(FindingCategory.Punctuation));
        Assert.Equal("punctuation.quote-unpaired", finding.Rule);
        Assert.Equal("»", finding.At(target));
    }

    [Theory]
    // The original closes its quote with a spaced typewriter mark before a comma (French style).
    [InlineData("Er sagte: „Dieser Erfolg zeigt den Charakter der Luftfahrt, schätzt Éric Trappier.", "Il a dit : \" Ce succès montre le caractère de l'aéronautique \", estime Éric Trappier.")]
    // A later paragraph opens with „, but not the next one: that is a new quote, not the same one going on.
    [InlineData("Er sagte: „Wir erhöhen die Steuern nicht.\nDie Opposition widersprach.\n„Das glauben wir nicht“, sagte sie.", null)]
    // The next paragraph opens with „ as a long quote would, but the original closes its quote in this paragraph.
    [InlineData("Die Fahrt war „ruhig und ohne Zwischenfälle, sagte der Fahrer.\n„Die Kunden sind zufrieden“, fügte er hinzu.", "La conduite a été \"tranquille et sans incidents\", a dit le chauffeur.\n\"Les clients sont contents\", a-t-il ajouté.")]
    // The original ends inside a later quote (an excerpt), but closes the quote of this paragraph.
    [InlineData("„Ein Gehaltsdeckel ist unmöglich, sagt er.\nEr antwortet: „Wir sind in einem Wettbewerb.", "« Un plafond salarial est impossible », dit-il.\nIl répond : « Nous sommes dans une compétition.")]
    public void Check_QuoteNeverClosedWhateverComesLater_IsReported(string target, string? source)
    {
        var finding = Assert.Single(QualityFixtures.Check(target, source).Findings, f => f.Rule == "punctuation.quote-unclosed");
        Assert.Equal(target.IndexOf('„', StringComparison.Ordinal), finding.Span.Start);
    }

    [Fact]
    public void Check_QuoteNeverClosed_IsReported()
    {
        var target = "Der Präsident sagte: „Wir werden die Steuern nicht erhöhen. Das ist ein Versprechen.\nDie Opposition widersprach.";

        var finding = Assert.Single(QualityFixtures.Check(target).Of(FindingCategory.Punctuation));
        Assert.Equal("punctuation.quote-unclosed", finding.Rule);
        Assert.Equal(target.IndexOf('„', StringComparison.Ordinal), finding.Span.Start);
    }

    [Theory]
    // News style: each paragraph of a long quote opens again, and only the last one closes.
    [InlineData("Er sagte: „Wir werden die Steuern nicht erhöhen.\n„Das ist ein Versprechen.“ Dann ging er.", null)]
    // A quote that goes on over a paragraph break and closes in the next paragraph.
    [InlineData("Er sagte: „Wir werden die Steuern nicht erhöhen.\nDas ist ein Versprechen.“ Dann ging er.", null)]
    // An excerpt that cuts the quote: the original leaves it open too.
    [InlineData("Er antwortet: „Wir sind in einem Wettbewerb mit Europa.", "Il répond : \" Nous sommes dans une compétition avec l'Europe.")]
    [InlineData("Er antwortet: „Wir sind in einem Wettbewerb mit Europa.", "Il répond : « Nous sommes dans une compétition avec l'Europe.")]
    // The original's paragraph has an even number of typewriter quotes, but the first closes the quote of the
    // paragraph before and the second opens one that runs on: both texts quote over the paragraph breaks.
    [InlineData("Sie sagte: „Wir kämpfen.\nWichtig ist das Projekt“, erklärte sie. Dann: „Ich brauchte Zeit.\n„Jetzt bin ich bereit.“", "Elle a dit : \"Nous nous battons.\nCe qui importe, c'est le projet\", affirme-t-elle. Puis : \"J'avais besoin de temps.\n\"Je suis prête.\"")]
    // The original quotes with single marks, which the count of its double marks does not see.
    [InlineData("„Man hat uns monatelang ‚abwarten‘ gesagt. Niemand kam.\n„Dann stieg das Wasser“, sagte sie.", "'We were told \"wait and see\" for months. Nobody came.\n'Then the water rose,' she said.")]
    // A mangled apostrophe (jusqu"au) is no closing mark: the original's quote runs on.
    [InlineData("Er erklärte: „Wir werden den Kampf bis zum Ende fortsetzen.\n„Wir geben nicht auf“, fügte er hinzu.", "Il a déclaré : « Nous allons continuer le combat jusqu\"au bout.\n» Nous ne lâcherons rien », a-t-il ajouté.")]
    // As many paragraphs, but not the same ones: the translation splits the quote and joins two others.
    [InlineData("Der Bürgermeister reagierte: „Wir geben nicht auf.\n„Wir gehen bis zum Ende, koste es, was es wolle.“\nDer Gemeinderat tritt am Montag zusammen, abgestimmt wird am Dienstag.", "Le maire a réagi : « Nous ne lâcherons rien. Nous irons jusqu'au bout, quoi qu'il en coûte. »\nLe conseil municipal se réunira lundi.\nLe vote aura lieu mardi.")]
    public void Check_QuoteThatGoesOnOrIsCutInTheOriginalToo_IsNotUnclosed(string target, string? source)
    {
        var report = QualityFixtures.Check(target, source);

        Assert.DoesNotContain(report.Findings, f => f.Rule == "punctuation.quote-unclosed");
    }

    [Fact]
    public void Check_LoneSentenceKeepingTheSourcesStraightQuotes_IsLeftAlone()
    {
        var report = QualityFixtures.Check("Die Bürgermeisterin sprach von einem \"soliden Kompromiss\".",
            "La maire a parlé d'un \"compromis solide\".");

        Assert.Empty(report.Of(FindingCategory.Punctuation));
    }

    [Fact]
    public void Check_TwoLongSentencesKeepingTheSourcesStraightQuotes_AreRunningTextAndReported()
    {
        // Two sentences, but a paragraph of an article (over 350 characters), not a lone sentence: the house style applies.
        var target = "Die Bürgermeisterin, die seit drei Jahren mit den Gewerkschaften der städtischen Verkehrsbetriebe über neue "
            + "Dienstpläne verhandelt, sprach am Abend nach der letzten Verhandlungsrunde im Rathaus vor den versammelten Journalisten. "
            + "Sie sagte, sie habe nichts mit der Auswahl der Schlichter zu tun gehabt, fügte aber hinzu, das Ergebnis sei ein "
            + "\"solider Kompromiss, mit dem alle Beteiligten leben können\".";
        var source = "La maire, qui négocie depuis trois ans avec les syndicats des transports municipaux de nouveaux plannings, "
            + "a parlé le soir après la dernière séance à la mairie devant les journalistes réunis. Elle a dit n'avoir rien eu à "
            + "voir avec le choix des médiateurs, mais a ajouté que le résultat était un \"compromis solide, avec lequel tous peuvent vivre\".";
        Assert.True(target.Length >= 350);

        var report = QualityFixtures.Check(target, source);

        var finding = Assert.Single(report.Of(FindingCategory.Punctuation));
        Assert.Equal("punctuation.straight-quotes", finding.Rule);
        Assert.StartsWith("„solider Kompromiss", finding.Fix!.Replacement, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LoneSentenceWithStraightQuotesTheSourceDoesNotHave_ReportsThem()
    {
        var target = "Die Bürgermeisterin sprach von einem \"soliden Kompromiss\".";
        var report = QualityFixtures.Check(target, "La maire a parlé d'un « compromis solide ».");

        var finding = Assert.Single(report.Of(FindingCategory.Punctuation));
        Assert.Equal("punctuation.straight-quotes", finding.Rule);
    }

    [Fact]
    public void Check_StraightQuoteBetweenLettersInRunningText_IsNotAQuotationMark()
    {
        var target = "Der Minister sprach über l\"économie verte. Er nannte es einen \"Wendepunkt. Danach ging er.";
        var report = QualityFixtures.Check(target);

        // The lone quote before "Wendepunkt" is one; the mark in l"économie is not paired with it or reported.
        var finding = Assert.Single(report.Findings, f => f.Rule == "punctuation.straight-quotes");
        Assert.Equal(target.IndexOf("\"Wendepunkt", StringComparison.Ordinal), finding.Span.Start);
    }

    [Fact]
    public void Check_LoneStraightQuoteEvenWhenTheSourceHasOne_ReportsItWithTheLocalesMarkAsFix()
    {
        // A quote that runs on past the segment: the source's mark is unpaired too, but "\"" is still not German.
        var target = "Das sagte Präsident Tokajew. \"Sport kennt keine Grenzen. Er verbindet die Völker.";
        var report = QualityFixtures.Check(target, "C'est ce qu'a dit le président Tokaïev. \"Le sport ne connaît pas de frontières. Il unit les peuples.");

        var finding = Assert.Single(report.Of(FindingCategory.Punctuation));
        Assert.Equal("punctuation.straight-quotes", finding.Rule);
        Assert.Equal(Severity.Minor, finding.Severity);
        Assert.Equal("\"", finding.At(target));
        Assert.Equal("„", finding.Fix!.Replacement);
    }

    [Theory]
    [InlineData("de-DE", "“")]
    [InlineData("de-CH", "»")]
    public void Check_LoneClosingStraightQuote_FixUsesTheLocalesClosingMark(string locale, string expected)
    {
        var target = "Der Finanzsektor muss grüner werden\", so der Abgeordnete.";
        var report = QualityFixtures.Check(target, locale: locale);

        var finding = Assert.Single(report.Of(FindingCategory.Punctuation));
        Assert.Equal(expected, finding.Fix!.Replacement);
    }

    [Fact]
    public void Check_LoneStraightQuoteWhereTheOriginalHasAnApostrophe_IsNotAQuote()
    {
        var report = QualityFixtures.Check("Die Fahrräder von Smovengo (Betreiber des Vélib\" Métropole) wurden gezählt.",
            "Les vélos de Smovengo (opérateur du Vélib' Métropole) ont été comptés.");

        Assert.Empty(report.Of(FindingCategory.Punctuation));
    }

    [Fact]
    public void Check_NameCopiedWithTheOriginalsOwnStrayMark_IsNotReported()
    {
        var report = QualityFixtures.Check("Die Fahrräder von Smovengo (Betreiber des Vélib\" Métropole) wurden gezählt.",
            "Les vélos de Smovengo (opérateur du Vélib\" Métropole) ont été comptés.");

        Assert.Empty(report.Of(FindingCategory.Punctuation));
    }

    [Fact]
    public void Check_LoneStraightQuoteMirroringTheOriginalsInAGermanQuotedText_IsLeftAlone()
    {
        // The quote opened before the excerpt; the original shows the same lone closing mark.
        var target = "Der Sektor muss „braune“ Aktivitäten meiden\", so der Abgeordnete.";
        var report = QualityFixtures.Check(target, "Le secteur doit éviter les activités « brunes »\", expose le député.");

        Assert.Empty(report.Of(FindingCategory.Punctuation));
    }

    [Theory]
    [InlineData("Alle Gräser, dh alle Getreidepflanzen, werden vom Wind bestäubt.", "dh", "d. h.")]
    [InlineData("Manche Blumen, zB Orchideen, täuschen ihre Bestäuber.", "zB", "z. B.")]
    [InlineData("Die Stadt hat ca 5000 Einwohner.", "ca", "ca.")]
    public void Check_GermanAbbreviationWithoutFullStops_IsReportedWithTheWrittenForm(string target, string bare, string written)
    {
        var report = QualityFixtures.Check(target);

        var finding = Assert.Single(report.Of(FindingCategory.Punctuation));
        Assert.Equal("punctuation.abbreviation", finding.Rule);
        Assert.Equal(bare, finding.At(target));
        Assert.Equal(written, finding.Fix!.Replacement);
    }

    [Theory]
    [InlineData("Die Motte hat einen langen Rüssel entwickelt um an den Nektar zu kommen.", "um")]
    [InlineData("Er verließ das Haus ohne ein Wort zu sagen.", "ohne")]
    public void Check_InfinitiveGroupWithoutComma_IsReported(string target, string word)
    {
        var report = QualityFixtures.Check(target);

        var finding = Assert.Single(report.Of(FindingCategory.Punctuation));
        Assert.Equal("punctuation.comma-infinitive", finding.Rule);
        Assert.Equal(word, finding.At(target));
    }

    [Theory]
    [InlineData("Die Motte hat einen langen Rüssel entwickelt, um an den Nektar zu kommen.")]
    [InlineData("Sie wollen ihr Geld zurück und um die Firma zu wechseln, müssen sie kündigen.")]
    [InlineData("Wir bringen eine kleine Erde um sie herum in die Umlaufbahn zu bringen.")]
    [InlineData("Er kam um zehn Uhr zu den Nachbarn.")]
    public void Check_InfinitiveGroupWithCommaOrNoGroup_IsFine(string target)
    {
        var report = QualityFixtures.Check(target);

        Assert.DoesNotContain(report.Findings, f => f.Rule == "punctuation.comma-infinitive");
    }

    [Fact]
    public void Check_SpaceBeforeCommaAfterAQuestionMark_IsReported()
    {
        var target = "Manche mit fühlendem Leben? , und manche ohne.";
        var report = QualityFixtures.Check(target);

        Assert.Contains(report.Of(FindingCategory.Punctuation), f => f.Rule == "punctuation.space-before-comma" && f.At(target) == " ,");
    }

    [Theory]
    [InlineData("El ministro preguntó: qué harán los bancos? Nadie respondió.", 1)]
    [InlineData("¿Qué harán los bancos? ¿Y cuándo? Nadie respondió.", 0)]
    [InlineData("El ministro preguntó: ¿qué harán los bancos? Y cuándo?", 1)]
    [InlineData("Véase https://example.com/a?b=1 y la cifra (?) citada.", 0)]
    public void Check_SpanishQuestionWithoutOpeningMark_IsReported(string target, int expected)
    {
        var report = QualityFixtures.Gate.Check(new QualityInput(target, LanguageTag.Parse("fr"), LanguageTag.Parse("es")));

        Assert.Equal(expected, report.Of(FindingCategory.Punctuation).Count(f => f.Rule == "punctuation.inverted-question-mark"));
    }

    [Fact]
    public void Check_FrenchWithoutSpaceBeforeHighPunctuation_IsReportedWithNoBreakSpacesAsFix()
    {
        var target = "Le ministre a déclaré: la réponse est claire. Pourquoi maintenant? Personne ne le sait!";
        var gate = QualityFixtures.Gate;
        var input = new QualityInput(target, LanguageTag.Parse("en"), LanguageTag.Parse("fr"), LanguageTag.Parse("fr-FR"));

        var findings = gate.Check(input).Of(FindingCategory.Punctuation).Where(f => f.Rule == "punctuation.french-spacing-missing").ToList();
        var result = gate.Fix(input);

        Assert.Equal([":", "?", "!"], findings.Select(f => f.At(target)));
        Assert.Equal("Le ministre a déclaré\u00A0: la réponse est claire. Pourquoi maintenant\u202F? Personne ne le sait\u202F!", result.Text);
    }

    [Theory]
    [InlineData("fr-FR", "Rendez-vous à 10:30 sur https://exemple.fr/page?id=3 : c'est « important » !")]
    [InlineData("fr-CH", "Pourquoi maintenant? Personne ne le sait!")]
    public void Check_FrenchTimesUrlsSpacedMarksAndSwissUsage_AreFine(string locale, string target)
    {
        var report = QualityFixtures.Gate.Check(new QualityInput(target, LanguageTag.Parse("en"), LanguageTag.Parse("fr"), LanguageTag.Parse(locale)));

        Assert.DoesNotContain(report.Findings, f => f.Rule == "punctuation.french-spacing-missing");
    }

    [Fact]
    public void Check_GermanAbbreviationsWrittenCorrectly_AreFine()
    {
        var report = QualityFixtures.Check("Alle Gräser, d. h. alle Getreidepflanzen, z. B. Weizen, usw. werden bzw. wurden vom Wind bestäubt.");

        Assert.Empty(report.Of(FindingCategory.Punctuation));
    }

    [Fact]
    public void Check_StraightQuoteAfterDigits_IsAnInchMarkNotAQuote()
    {
        var report = QualityFixtures.Check("Der Spieler ist 6'11\" groß und spielt in Berlin.");

        Assert.Empty(report.Of(FindingCategory.Punctuation));
    }
}
