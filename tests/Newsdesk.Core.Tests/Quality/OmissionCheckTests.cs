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
    public void Check_TitleBeforeAName_IsNotAGluedHeading()
    {
        var source = "But the shadow home secretary Nick Thomas-Symonds said the rules were unclear and asked for a vote in March.";
        var target = "Der Schatten-Innenminister Nick Thomas-Symonds sagte, die Regeln seien unklar, und forderte eine Abstimmung im März.";
        var report = QualityFixtures.Gate.Check(new QualityInput(target, LanguageTag.Parse("en"), LanguageTag.Parse("de"), LanguageTag.Parse("de-DE"), source));

        Assert.Empty(report.Of(FindingCategory.Omission));
    }
}
