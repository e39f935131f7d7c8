using Newsdesk.Quality;

namespace Newsdesk.Tests.Quality;

public class LocaleAndSpellingTests
{
    [Fact]
    public void Check_EnglishNumberFormatInGerman_ReportsAndFixesIt()
    {
        var target = QualityFixtures.Read("english-number-format.de.txt");
        var result = QualityFixtures.Gate.Fix(QualityFixtures.FrDe(target));

        Assert.Contains(result.Applied, a => a.Before == "1,250,000" && a.After == "1.250.000");
        Assert.Contains(result.Applied, a => a.Before == "3.5" && a.After == "3,5");
        Assert.Contains("1.250.000 Euro", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Report.Findings, f => f.Rule == "locale_format.currency-position");
    }

    [Fact]
    public void Check_ThousandsWithOneCommaGroupCopiedFromEnglish_IsReportedAsEnglishFormat()
    {
        // "7,000" alone could be a German decimal (seven); copied from an English original it is seven thousand.
        var target = "Im Jahr 2022 gab es knapp 7,000 Bürger aus Südamerika, gegenüber 28.020 aus Afrika, und 2,5 Prozent mehr Studenten.";
        var source = "In 2022 there were just shy of 7,000 citizens from South America, against 28,020 from Africa, and 2.5 percent more students.";

        var report = QualityFixtures.CheckFromEnglish(target, source);

        var finding = Assert.Single(report.Of(FindingCategory.LocaleFormat));
        Assert.Equal("locale_format.number-grouping", finding.Rule);
        Assert.Equal("7,000", finding.At(target));
        Assert.Equal("7.000", finding.Fix!.Replacement);
    }

    [Theory]
    [InlineData("Die Strecke ist 7,000 Kilometer lang.", null)]
    [InlineData("Die Strecke ist 7,000 Kilometer lang.", "Le parcours fait 7,000 kilomètres.")]
    public void Check_OneCommaGroupWithoutACommaGroupingOriginal_MayBeADecimal(string target, string? source)
    {
        var report = QualityFixtures.Check(target, source);

        Assert.Empty(report.Of(FindingCategory.LocaleFormat));
    }

    [Fact]
    public void Check_EnglishNumberFormatInEnglish_IsFine()
    {
        var report = QualityFixtures.Gate.Check(new QualityInput("Revenue reached 1,250,000 euros, up 3.5 percent.",
            Newsdesk.Model.LanguageTag.Parse("de"), Newsdesk.Model.LanguageTag.Parse("en")));

        Assert.Empty(report.Of(FindingCategory.LocaleFormat));
    }

    [Fact]
    public void Check_TypoOneSlipFromAKnownWord_IsReportedWithCorrection()
    {
        var target = QualityFixtures.Read("spelling-typo.de.txt");
        var report = QualityFixtures.Check(target);

        Assert.Empty(report.Notices);
        var finding = Assert.Single(report.Of(FindingCategory.Spelling));
        Assert.Equal("verärgret", finding.At(target));
        Assert.Equal("verärgert", finding.Suggestion);
    }

    [Fact]
    public void Check_MissingDictionaryDirectory_SkipsSpellingWithOneNotice()
    {
        using var gate = QualityGate.CreateDefault(QualityGateOptions.Default with { HunspellDirectory = "/nonexistent/hunspell" });
        var report = gate.Check(QualityFixtures.FrDe(QualityFixtures.Read("spelling-typo.de.txt")));

        Assert.Empty(report.Of(FindingCategory.Spelling));
        var notice = Assert.Single(report.Notices);
        Assert.Contains("spelling check skipped", notice, StringComparison.Ordinal);
    }
}
