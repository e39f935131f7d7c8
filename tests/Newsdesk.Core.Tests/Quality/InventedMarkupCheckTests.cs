using Newsdesk.Model;
using Newsdesk.Quality;

namespace Newsdesk.Tests.Quality;

/// <summary>Markdown and notes an engine (a language model, typically) adds: marks removed by a safe fix, notes held.</summary>
public class InventedMarkupCheckTests
{
    private const string Source =
        "La mairie a voté un budget de 1 250 000 euros pour la rénovation de l'école.\n" +
        "Les travaux commenceront en septembre et dureront deux ans.";

    private static QualityInput Input(string target, string source = Source) =>
        new(target, LanguageTag.Parse("fr"), LanguageTag.Parse("de"), LanguageTag.Parse("de-DE"), source);

    [Theory]
    [InlineData("**1.250.000 Euro**", "1.250.000 Euro", "addition.markup-emphasis")]
    [InlineData("__1.250.000 Euro__", "1.250.000 Euro", "addition.markup-emphasis")]
    [InlineData("`1.250.000 Euro`", "1.250.000 Euro", "addition.markup-code")]
    public void Fix_InventedEmphasisOrCode_MarksRemovedWordsKept(string marked, string plain, string rule)
    {
        var target = $"Das Rathaus hat einen Haushalt von {marked} für die Renovierung der Schule beschlossen.\n" +
            "Die Arbeiten beginnen im September und dauern zwei Jahre.";

        var result = QualityFixtures.Gate.Fix(Input(target));

        Assert.Contains(result.Applied, a => a.Rule == rule);
        Assert.Contains($"von {plain} für", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Report.Findings, f => f.Rule.StartsWith("addition.markup", StringComparison.Ordinal));
    }

    [Fact]
    public void Fix_FenceLinesAndHeadingMark_Removed()
    {
        var target = "```\n## Das Rathaus hat einen Haushalt von 1.250.000 Euro für die Renovierung der Schule beschlossen.\n" +
            "Die Arbeiten beginnen im September und dauern zwei Jahre.\n```";

        var result = QualityFixtures.Gate.Fix(Input(target));

        Assert.Equal("Das Rathaus hat einen Haushalt von 1.250.000 Euro für die Renovierung der Schule beschlossen.\n" +
            "Die Arbeiten beginnen im September und dauern zwei Jahre.\n", result.Text);
    }

    [Theory]
    [InlineData(" (Note: I kept the names as in the original.)")]
    [InlineData(" (Anmerkung: Eigennamen wurden beibehalten.)")]
    public void Check_NoteOfTheEngine_HeldWithoutFix(string note)
    {
        var target = "Das Rathaus hat einen Haushalt von 1.250.000 Euro für die Renovierung der Schule beschlossen." + note + "\n" +
            "Die Arbeiten beginnen im September und dauern zwei Jahre.";

        var report = QualityFixtures.Gate.Check(Input(target));

        var finding = Assert.Single(report.Findings, f => f.Rule == "addition.engine-note");
        Assert.Null(finding.Fix);
        Assert.Equal(Severity.Major, finding.Severity);
        Assert.NotEqual(Verdict.Publish, report.Verdict);
    }

    [Fact]
    public void Check_TranslationLabelAtLineStart_Reported()
    {
        var target = "Übersetzung: Das Rathaus hat einen Haushalt von 1.250.000 Euro für die Renovierung der Schule beschlossen.\n" +
            "Die Arbeiten beginnen im September und dauern zwei Jahre.";

        Assert.Contains(QualityFixtures.Gate.Check(Input(target)).Findings, f => f.Rule == "addition.engine-note");
    }

    [Fact]
    public void Check_MarksTheOriginalHasToo_NotInvented()
    {
        const string source = "Le mot-clé **urgent** figure dans le titre.\nIl faut écrire `make` pour compiler.";
        const string target = "Das Stichwort **urgent** steht im Titel.\nMan muss `make` schreiben, um zu kompilieren.";

        Assert.DoesNotContain(QualityFixtures.Gate.Check(Input(target, source)).Findings,
            f => f.Rule.StartsWith("addition.markup", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_GenderStarAndHashtag_NotMarkup()
    {
        const string source = "Les enseignants soutiennent la campagne #MeToo.\nIls manifesteront samedi.";
        const string target = "Die Lehrer*innen unterstützen die Kampagne #MeToo.\nSie demonstrieren am Samstag.";

        Assert.DoesNotContain(QualityFixtures.Gate.Check(Input(target, source)).Findings, f => f.Category == FindingCategory.Addition);
    }

    /// <summary>
    /// Placeholders and template markers left in plain text (what `newsdesk check` sees of an engine that lost or
    /// mangled its placeholders): each is reported and holds the article; the same marker in the original is not.
    /// </summary>
    [Theory]
    [InlineData("zq1z")]
    [InlineData("ZQ 2 Z")]
    [InlineData("{{montant}}")]
    [InlineData("{0}")]
    [InlineData("__PH1__")]
    [InlineData("[[3]]")]
    [InlineData("⟦1⟧")]
    [InlineData("<x2/>")]
    [InlineData("%s")]
    public void Check_PlaceholderLeftInTheTranslation_Held(string marker)
    {
        var target = $"Das Rathaus hat einen Haushalt von {marker} für die Renovierung der Schule beschlossen.\n" +
            "Die Arbeiten beginnen im September und dauern zwei Jahre.";

        var report = QualityFixtures.Gate.Check(Input(target));

        var finding = Assert.Single(report.Findings, f => f.Rule == "addition.placeholder");
        Assert.Equal(Severity.Major, finding.Severity);
        Assert.NotEqual(Verdict.Publish, report.Verdict);
        Assert.DoesNotContain(QualityFixtures.Gate.Check(Input(target, Source.Replace("1 250 000 euros", marker, StringComparison.Ordinal)))
            .Findings, f => f.Rule == "addition.placeholder");
    }

    [Theory]
    [InlineData("Die Quote liegt bei 15 % und damit 3 Punkte höher.")]
    [InlineData("Die Gruppe {Kollektiv Rhône} trat auf; E-Mail: presse@example.org.")]
    [InlineData("Der Zuschlag ging an die Firma Azqz 12.")]
    public void Check_OrdinaryTextWithBracesOrPercent_NoPlaceholderFinding(string sentence)
    {
        var report = QualityFixtures.Gate.Check(Input(sentence + "\nDie Arbeiten beginnen im September und dauern zwei Jahre."));

        Assert.DoesNotContain(report.Findings, f => f.Rule == "addition.placeholder");
    }
}
