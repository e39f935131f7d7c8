using Newsdesk.Model;
using Newsdesk.Quality;

namespace Newsdesk.Tests.Quality;

public class OmissionCheckTests
{
    [Fact]
    public void Check_SentenceDeleted_ReportsItsSourceSpan()
    {
        var source = QualityFixtures.Read("clean-article.fr.txt");
        var report = QualityFixtures.Check(QualityFixtures.Read("sentence-deleted.de.txt"), source);

        var finding = Assert.Single(report.Of(FindingCategory.Omission));
        Assert.NotNull(finding.SourceSpan);
        var missing = source[finding.SourceSpan.Value.Start..finding.SourceSpan.Value.End];
        Assert.StartsWith("Selon l'adjointe", missing, StringComparison.Ordinal);
        Assert.Equal(0, finding.Span.Length);
    }

    [Fact]
    public void Check_SentenceAdded_ReportsAddition()
    {
        var source = QualityFixtures.Read("clean-article.fr.txt");
        var target = QualityFixtures.Read("clean-article.de.txt")
            + "\nDer Bürgermeister kündigte außerdem an, im nächsten Jahr drei weitere Stadtteilbibliotheken mit langen Öffnungszeiten zu bauen.";
        var report = QualityFixtures.Check(target, source);

        Assert.Contains(report.Findings, f => f.Category == FindingCategory.Addition);
    }

    [Fact]
    public void Check_NoSource_SkipsOmission()
    {
        var report = QualityFixtures.Check(QualityFixtures.Read("sentence-deleted.de.txt"));

        Assert.Empty(report.Of(FindingCategory.Omission));
    }

    [Fact]
    public void Check_GluedHeadingMissingFromTranslation_ReportsTheHeadingOnly()
    {
        var source = QualityFixtures.Read("heading-glued.fr.txt");
        var report = QualityFixtures.Check(QualityFixtures.Read("heading-glued-omitted.de.txt"), source);

        var finding = Assert.Single(report.Of(FindingCategory.Omission));
        Assert.Equal("omission.heading", finding.Rule);
        Assert.Equal("Publié le mardi 4 mars 2025 à 10h15", source[finding.SourceSpan!.Value.Start..finding.SourceSpan.Value.End]);
        // Its date and time belong to the omission; they are not reported again as missing numbers.
        Assert.Empty(report.Of(FindingCategory.Number));
    }

    [Fact]
    public void Check_GluedHeadingTranslated_ReportsNoOmission()
    {
        var source = QualityFixtures.Read("heading-glued.fr.txt");
        var report = QualityFixtures.Check(QualityFixtures.Read("heading-glued-translated.de.txt"), source);

        Assert.Empty(report.Of(FindingCategory.Omission));
    }

    [Fact]
    public void Check_GluedHeadingEndingBeforeACapitalisedCommonWord_ReportsItAndNotItsNames()
    {
        var source = QualityFixtures.Read("heading-glued-common-word.fr.txt");
        var report = QualityFixtures.Check(QualityFixtures.Read("heading-glued-common-word-omitted.de.txt"), source);

        var finding = Assert.Single(report.Of(FindingCategory.Omission));
        Assert.Equal("omission.heading", finding.Rule);
        Assert.EndsWith("Marc Dufresnoy au conseil", source[finding.SourceSpan!.Value.Start..finding.SourceSpan.Value.End], StringComparison.Ordinal);
        Assert.Empty(report.Of(FindingCategory.Names));
    }

    [Fact]
    public void Check_GluedHeadingWithoutNamesOrNumbersMissing_IsReportedFromTheTranslationsShape()
    {
        // Nothing in the heading can be looked up in the translation; the translated sentence has no heading run into
        // it and is as short as the original without its heading.
        var source = QualityFixtures.Read("heading-glued-no-names.fr.txt");
        var report = QualityFixtures.Check(QualityFixtures.Read("heading-glued-no-names-omitted.de.txt"), source);

        var finding = Assert.Single(report.Of(FindingCategory.Omission));
        Assert.Equal("omission.heading", finding.Rule);
        Assert.Equal("L'État prépare une nouvelle prime à la conversion", source[finding.SourceSpan!.Value.Start..finding.SourceSpan.Value.End]);
    }

    [Fact]
    public void Check_GluedHeadingWithoutNamesOrNumbersTranslated_ReportsNoOmission()
    {
        var source = QualityFixtures.Read("heading-glued-no-names.fr.txt");
        var report = QualityFixtures.Check(QualityFixtures.Read("heading-glued-no-names-translated.de.txt"), source);

        Assert.Empty(report.Of(FindingCategory.Omission));
    }

    [Theory]
    [InlineData("short-sentence-merged", "omission.sentence", "Le projet divise profondément les commerçants.")]
    [InlineData("heading-glued-no-anchors", "omission.heading", "Colère des commerçants contre les travaux")]
    public void Check_ShortPassageWithoutNamesOrNumbersOmitted_IsFoundByItsWords(string fixture, string rule, string omitted)
    {
        var source = QualityFixtures.Read(fixture + ".fr.txt");
        var report = QualityFixtures.Check(QualityFixtures.Read(fixture + "-omitted.de.txt"), source);

        var finding = Assert.Single(report.Of(FindingCategory.Omission));
        Assert.Equal(rule, finding.Rule);
        Assert.Equal(omitted, source[finding.SourceSpan!.Value.Start..finding.SourceSpan.Value.End]);
    }

    [Theory]
    [InlineData("short-sentence-merged")]
    [InlineData("heading-glued-no-anchors")]
    public void Check_ShortPassageWithoutNamesOrNumbersTranslated_ReportsNoOmission(string fixture)
    {
        var source = QualityFixtures.Read(fixture + ".fr.txt");
        var report = QualityFixtures.Check(QualityFixtures.Read(fixture + "-translated.de.txt"), source);

        Assert.Empty(report.Of(FindingCategory.Omission));
        Assert.DoesNotContain(report.Notices, n => n.StartsWith("omissions judged without word evidence", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ShortSentenceAtTheEndOfAMergeOmitted_IsReportedAfterTheMergedSentence()
    {
        const string source = "Les travaux commenceront au printemps et dureront deux ans, selon l'adjoint chargé des transports, qui promet des navettes gratuites pendant toute la durée du chantier. Le projet divise profondément les commerçants.\nUne réunion publique est prévue le 12 mars.";
        const string target = "Die Bauarbeiten beginnen nach Angaben des für Verkehr zuständigen Beigeordneten im Frühjahr und dauern zwei Jahre; er verspricht für die gesamte Dauer der Baustelle kostenlose Pendelbusse.\nEine öffentliche Versammlung ist für den 12. März geplant.";
        var report = QualityFixtures.Check(target, source);

        var finding = Assert.Single(report.Of(FindingCategory.Omission));
        Assert.Equal("Le projet divise profondément les commerçants.", source[finding.SourceSpan!.Value.Start..finding.SourceSpan.Value.End]);
        Assert.Equal(target.IndexOf("Pendelbusse.", StringComparison.Ordinal) + "Pendelbusse.".Length, finding.Span.Start);
        Assert.Equal(0, finding.Span.Length);
    }

    [Theory]
    // 18 letters, two words the dictionary knows, merged by length into the next sentence's translation, which is no
    // longer than that sentence alone predicts.
    [InlineData("Le maire conteste tout. Une enquête avait été ouverte en décembre par le parquet de Lyon.", "Die Staatsanwaltschaft Lyon hatte im Dezember Ermittlungen aufgenommen.", "Le maire conteste tout.")]
    // 22 letters, a paragraph of its own, left unaligned.
    [InlineData("Une enquête avait été ouverte en décembre par le parquet de Lyon.\nLe maire conteste vivement.\nLe procès aura lieu au printemps, selon son avocat.", "Eine Untersuchung war im Dezember von der Staatsanwaltschaft Lyon eingeleitet worden.\nDer Prozess findet laut seinem Anwalt im Frühjahr statt.", "Le maire conteste vivement.")]
    public void Check_ShortSentenceOmitted_IsReported(string source, string target, string omitted)
    {
        var finding = Assert.Single(QualityFixtures.Check(target, source).Of(FindingCategory.Omission));

        Assert.Equal(omitted, source[finding.SourceSpan!.Value.Start..finding.SourceSpan.Value.End]);
    }

    [Theory]
    [InlineData("Le maire conteste tout. Une enquête avait été ouverte en décembre par le parquet de Lyon.", "Der Bürgermeister bestreitet alles. Eine Untersuchung war im Dezember von der Staatsanwaltschaft Lyon eingeleitet worden.")]
    [InlineData("Le maire conteste tout. Une enquête avait été ouverte en décembre par le parquet de Lyon.", "Der Bürgermeister bestreitet alles, seit im Dezember die Staatsanwaltschaft Lyon eine Untersuchung eingeleitet hat.")]
    [InlineData("Une enquête avait été ouverte en décembre par le parquet de Lyon.\nLe maire conteste vivement.\nLe procès aura lieu au printemps, selon son avocat.", "Eine Untersuchung war im Dezember von der Staatsanwaltschaft Lyon eingeleitet worden.\nDer Bürgermeister widerspricht entschieden.\nDer Prozess findet laut seinem Anwalt im Frühjahr statt.")]
    // Said differently and joined to the sentence before: the dictionary finds neither "grande" nor "première".
    [InlineData("Le Conseil a adopté le texte à l'unanimité mardi soir. C'est une grande première.\nLe vote aura lieu mardi, selon son entourage.", "Der Rat hat den Text am Dienstagabend einstimmig angenommen – das hat es noch nie gegeben.\nDie Abstimmung findet laut seinem Umfeld am Dienstag statt.")]
    // Credits of the original, rightly left out: short, and not ending like a sentence.
    [InlineData("Le président a annoncé lundi sa démission devant les députés réunis en séance extraordinaire.\nPhoto Ludovic Marin / AFP", "Der Präsident hat am Montag vor den zu einer Sondersitzung versammelten Abgeordneten seinen Rücktritt angekündigt.")]
    [InlineData("Le président a annoncé lundi sa démission devant les députés réunis en séance extraordinaire.\nLe Figaro avec AFP et Reuters", "Der Präsident hat am Montag vor den zu einer Sondersitzung versammelten Abgeordneten seinen Rücktritt angekündigt.")]
    [InlineData("Le président a annoncé lundi sa démission devant les députés réunis en séance extraordinaire.\nArticle réservé aux abonnés", "Der Präsident hat am Montag vor den zu einer Sondersitzung versammelten Abgeordneten seinen Rücktritt angekündigt.")]
    public void Check_ShortSentenceTranslatedOrMergedByTheTranslator_ReportsNoOmission(string source, string target)
    {
        Assert.Empty(QualityFixtures.Check(target, source).Of(FindingCategory.Omission));
    }

    [Fact]
    public void Check_TwoSentencesOfLikeLength_TheDictionaryTellsWhichOneIsMissing()
    {
        // By length alone the first sentence fits the first translated one worse than the second does, so the
        // first would be reported missing; the dictionary finds "Minister", "Bürgermeister" and "Montag" in it.
        const string source = "Le ministre a rencontré le maire lundi. Le projet divise profondément les commerçants. Les travaux commenceront au printemps et dureront deux ans.";
        const string target = "Der Minister traf am Montag den Bürgermeister. Die Bauarbeiten beginnen im Frühjahr und dauern zwei Jahre.";
        using var withoutDictionary = QualityGate.CreateDefault(QualityGateOptions.Default with { DictionaryDirectory = "/nonexistent/dictd" });

        var finding = Assert.Single(QualityFixtures.Check(target, source).Of(FindingCategory.Omission));
        var lengthOnly = Assert.Single(withoutDictionary.Check(QualityFixtures.FrDe(target, source)).Of(FindingCategory.Omission));

        Assert.Equal("Le projet divise profondément les commerçants.", source[finding.SourceSpan!.Value.Start..finding.SourceSpan.Value.End]);
        Assert.Equal("Le ministre a rencontré le maire lundi.", source[lengthOnly.SourceSpan!.Value.Start..lengthOnly.SourceSpan.Value.End]);
    }

    [Theory]
    [InlineData("short-sentence-merged")]
    [InlineData("heading-glued-no-anchors")]
    public void Check_NoBilingualDictionary_SaysSoInANotice(string fixture)
    {
        using var gate = QualityGate.CreateDefault(QualityGateOptions.Default with { DictionaryDirectory = "/nonexistent/dictd" });
        var report = gate.Check(QualityFixtures.FrDe(QualityFixtures.Read(fixture + "-omitted.de.txt"), QualityFixtures.Read(fixture + ".fr.txt")));

        Assert.Contains("omissions judged without word evidence: no freedict-fra-deu dictionary in /nonexistent/dictd (Debian package dict-freedict-fra-deu)", report.Notices);
    }

    [Fact]
    public void Check_CapitalisedNounInALoneSentenceCondensedInTranslation_IsNotAGluedHeading()
    {
        var source = "\"The only objective Democrats have is to defeat Donald Trump, and they've cynically decided the best way to defeat Donald Trump is shut down every business in America, shut down every school in America,\" he said.";
        var target = "„Das einzige Ziel der Demokraten ist, Donald Trump zu besiegen, und zynischerweise haben sie entschieden, dass der beste Weg, Donald Trump zu besiegen ist, jedes Geschäft und jede Schule in Amerika lahm zu legen,“ sagte er.";
        var report = QualityFixtures.CheckFromEnglish(target, source);

        Assert.Empty(report.Of(FindingCategory.Omission));
    }

    [Fact]
    public void Check_TitleBeforeAName_IsNotAGluedHeading()
    {
        var source = "But the shadow home secretary Nick Thomas-Symonds said the rules were unclear and asked for a vote in March.";
        var target = "Der Schatten-Innenminister Nick Thomas-Symonds sagte, die Regeln seien unklar, und forderte eine Abstimmung im März.";
        var report = QualityFixtures.CheckFromEnglish(target, source);

        Assert.Empty(report.Of(FindingCategory.Omission));
    }
    [Fact]
    public void Check_ShortSentenceWithANumberDeletedAtParagraphEnd_ReportsThatSentence()
    {
        // Length alone merges the two short sentences into the one translated: only the year, which the translation
        // has nowhere, tells which of them is missing.
        var source = QualityFixtures.Read("number-sentence-deleted-at-paragraph-end.fr.txt");
        var report = QualityFixtures.Check(QualityFixtures.Read("number-sentence-deleted-at-paragraph-end.de.txt"), source);

        var finding = Assert.Single(report.Of(FindingCategory.Omission));
        Assert.Equal("omission.sentence", finding.Rule);
        Assert.Equal("Les travaux dureront jusqu'en 2027.", source[finding.SourceSpan!.Value.Start..finding.SourceSpan.Value.End]);
        Assert.Empty(report.Of(FindingCategory.Addition));
    }

    [Fact]
    public void Check_ShortSentenceDeletedAfterAParagraphBreak_IsNotHiddenInAMergeAcrossTheBreak()
    {
        // The long first sentence is translated verbosely, so by length it could absorb the short sentence after the
        // paragraph break; the translation keeps the break, so the merge is rejected. Which of the two equally short
        // sentences is missing cannot be told by length, only that one of the second paragraph is.
        var source = QualityFixtures.Read("short-sentence-deleted-after-paragraph-break.fr.txt");
        var report = QualityFixtures.Check(QualityFixtures.Read("short-sentence-deleted-after-paragraph-break.de.txt"), source);

        var finding = Assert.Single(report.Of(FindingCategory.Omission));
        Assert.True(finding.SourceSpan!.Value.Start > source.IndexOf('\n', StringComparison.Ordinal));
    }

    [Fact]
    public void Check_PageFurnitureInsertedBeforeADeletion_ReportsTheDeletedSentenceAndNoAddition()
    {
        var source = QualityFixtures.Read("page-furniture-inserted.fr.txt");
        var report = QualityFixtures.Check(QualityFixtures.Read("page-furniture-inserted-sentence-deleted.de.txt"), source);

        var finding = Assert.Single(report.Of(FindingCategory.Omission));
        Assert.Equal("Ils redoutaient surtout le bruit des sorties tardives.", source[finding.SourceSpan!.Value.Start..finding.SourceSpan.Value.End]);
        Assert.Empty(report.Of(FindingCategory.Addition));
        Assert.Single(report.Of(FindingCategory.Boilerplate));
    }

    [Fact]
    public void Check_PageFurnitureOfTheOriginalLeftOut_IsNoOmission()
    {
        var source = QualityFixtures.Read("clean-article.fr.txt") + "\nAbonnez-vous à notre newsletter";
        var report = QualityFixtures.Check(QualityFixtures.Read("clean-article.de.txt"), source);

        Assert.Empty(report.Of(FindingCategory.Omission));
    }

    [Fact]
    public void Check_NumberChangedInTranslation_IsNoOmissionOrAddition()
    {
        var source = QualityFixtures.Read("clean-article.fr.txt");
        var target = QualityFixtures.Read("clean-article.de.txt").Replace("12,5 Millionen", "14,5 Millionen", StringComparison.Ordinal);
        var report = QualityFixtures.Check(target, source);

        Assert.Contains(report.Findings, f => f.Category == FindingCategory.Number);
        Assert.Empty(report.Of(FindingCategory.Omission));
        Assert.Empty(report.Of(FindingCategory.Addition));
    }

    [Fact]
    public void Check_TranslationCutBeforeTheEnd_EveryMissingSentenceReported()
    {
        var source = QualityFixtures.Read("clean-article.fr.txt");
        var full = QualityFixtures.Read("clean-article.de.txt");
        var cut = full[..(full.IndexOf("„Wir wollten", StringComparison.Ordinal) - 1)]; // the last two sentences lost

        var report = QualityFixtures.Check(cut, source);

        var missing = report.Of(FindingCategory.Omission).Where(f => f.SourceSpan is not null)
            .Select(f => source[f.SourceSpan!.Value.Start..f.SourceSpan.Value.End]).ToList();
        Assert.NotEqual(Verdict.Publish, report.Verdict);
        Assert.Contains(missing, m => m.Contains("1er mars", StringComparison.Ordinal) || m.Contains("21 heures", StringComparison.Ordinal)
            || m.Contains("21h", StringComparison.Ordinal));
    }
}
