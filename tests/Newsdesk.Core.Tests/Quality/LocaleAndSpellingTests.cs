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
