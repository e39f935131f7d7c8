using Newsdesk.Model;
using Newsdesk.Quality;
using Newsdesk.Quality.Checks;

namespace Newsdesk.Tests.Quality;

public class QualityGateTests
{
    [Theory]
    [InlineData("")]
    [InlineData("  \n\n ")]
    public void Check_EmptyTarget_RejectsWithCriticalFinding(string target)
    {
        var report = QualityFixtures.Check(target);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(Severity.Critical, finding.Severity);
        Assert.Equal(Verdict.Reject, report.Verdict);
    }

    [Fact]
    public void Check_BinaryTarget_ThrowsAClearError()
    {
        var binary = new string(Enumerable.Range(0, 4000).Select(i => (char)(i % 32)).ToArray());

        var e = Assert.Throws<QualityInputException>(() => QualityFixtures.Check(binary));
        Assert.Contains("binary", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_HugeTarget_ThrowsAClearError()
    {
        var huge = new string('a', 10 * 1024 * 1024);

        var e = Assert.Throws<QualityInputException>(() => QualityFixtures.Check(huge));
        Assert.Contains("at most", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LongTextsWithSource_SkipTheAlignmentWithANoticeAndCheckTheRest()
    {
        // 1,200 sentences a side: aligning them would need a 1,200 x 1,200 table per pass; the gate says it skipped it.
        var source = string.Join(" ", Enumerable.Range(1, 1200).Select(i => $"La phrase numéro {i} du long texte est ici."));
        var target = string.Join(" ", Enumerable.Range(1, 1200).Select(i => $"Satz Nummer {i} des langen Textes steht hier.")) + " Related News :";
        var report = QualityFixtures.Check(target, source);

        Assert.Contains(report.Notices, n => n.StartsWith("sentence alignment skipped: the texts have 1200 and 1201 sentences", StringComparison.Ordinal));
        Assert.Empty(report.Of(FindingCategory.Omission));
        Assert.Contains(report.Findings, f => f.Category == FindingCategory.Boilerplate);
    }

    [Theory]
    [InlineData("économie", true)] // part of an elided word
    [InlineData("GRAND", true)] // part of a hyphenated word, any case
    [InlineData("podcast", false)] // only inside a longer word: a whole word is needed
    public void SourceHasWord_MatchesWholeWordsAndTheirParts(string word, bool expected)
    {
        var input = new QualityInput("Der Text.", LanguageTag.Parse("fr"), LanguageTag.Parse("de"), Source: "L'économie du grand-père et ses Podcasts.");
        using var services = new QualityServices(QualityGateOptions.Default);
        var context = new CheckContext(input, QualityGateOptions.Default, services);

        Assert.Equal(expected, context.SourceHasWord(word));
    }

    [Fact]
    public void Check_UnsupportedLanguage_ThrowsNamingIt()
    {
        var input = new QualityInput("Hallo Welt.", LanguageTag.Parse("fr"), LanguageTag.Parse("fi"));

        var e = Assert.Throws<QualityInputException>(() => QualityFixtures.Gate.Check(input));
        Assert.Contains("'fi'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LocaleOfAnotherLanguage_ThrowsNamingIt()
    {
        var input = new QualityInput("Hallo Welt.", LanguageTag.Parse("fr"), LanguageTag.Parse("de"), LanguageTag.Parse("fr-FR"));

        Assert.Throws<QualityInputException>(() => QualityFixtures.Gate.Check(input));
    }

    [Fact]
    public void Build_SameCheckTwice_Throws()
    {
        var builder = new QualityGateBuilder().AddCheck<NumberCheck>();

        Assert.Throws<InvalidOperationException>(() => builder.AddCheck<NumberCheck>());
    }

    [Fact]
    public void Check_GateWithOnlyOneCheck_RunsOnlyThatCheck()
    {
        using var gate = new QualityGateBuilder().AddCheck<BoilerplateCheck>().Build();
        var target = QualityFixtures.Read("seed-like-article.de.txt");

        var report = gate.Check(QualityFixtures.FrDe(target));

        Assert.NotEmpty(report.Findings);
        Assert.All(report.Findings, f => Assert.Equal(FindingCategory.Boilerplate, f.Category));
    }

    [Fact]
    public void Check_ThrowingCheck_IsSkippedWithNoticeAndOthersRun()
    {
        using var gate = new QualityGateBuilder().AddCheck(new ThrowingCheck()).AddCheck<BoilerplateCheck>().Build();

        var report = gate.Check(QualityFixtures.FrDe("Ein Satz.\nWerbung"));

        Assert.Single(report.Of(FindingCategory.Boilerplate));
        Assert.Contains(report.Notices, n => n.Contains("ThrowingCheck", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, 0, 0, Verdict.Publish)]
    [InlineData(0, 0, 3, Verdict.Publish)]
    [InlineData(0, 0, 4, Verdict.Hold)]
    [InlineData(0, 1, 0, Verdict.Hold)]
    [InlineData(0, 8, 0, Verdict.Reject)]
    [InlineData(1, 0, 0, Verdict.Reject)]
    public void DecideVerdict_Counts_FollowThresholds(int critical, int major, int minor, Verdict expected)
    {
        var findings = Enumerable.Repeat(Severity.Critical, critical)
            .Concat(Enumerable.Repeat(Severity.Major, major))
            .Concat(Enumerable.Repeat(Severity.Minor, minor))
            .Select(s => new Finding(FindingCategory.Number, s, new TextSpan(0, 1), "test", "test"))
            .ToList();

        Assert.Equal(expected, QualityFixtures.Gate.DecideVerdict(findings));
    }

    [Fact]
    public void Check_ParallelCalls_GiveTheSameReports()
    {
        var target = QualityFixtures.Read("seed-like-article.de.txt");
        var expected = QualityFixtures.Check(target).Findings.Count;

        var counts = new int[16];
        Parallel.For(0, counts.Length, i => counts[i] = QualityFixtures.Check(target).Findings.Count);

        Assert.All(counts, c => Assert.Equal(expected, c));
    }

    private sealed class ThrowingCheck : IQualityCheck
    {
        public FindingCategory Category => FindingCategory.Names;

        public void Check(CheckContext context, ICollection<Finding> findings) => throw new InvalidOperationException("broken on purpose");
    }
}
