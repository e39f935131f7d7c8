using System.Text.Json;
using Newsdesk.Quality;

namespace Newsdesk.Tests.Quality;

public class SeedLikeArticleTests
{
    private static readonly string Text = QualityFixtures.Read("seed-like-article.de.txt");
    private static readonly QualityReport Report = QualityFixtures.Check(Text);

    public static TheoryData<string, string> MustDefects()
    {
        using var doc = JsonDocument.Parse(QualityFixtures.Read("seed-like-article.expected.json"));
        var data = new TheoryData<string, string>();
        foreach (var d in doc.RootElement.GetProperty("must").EnumerateArray())
        {
            data.Add(d.GetProperty("category").GetString()!, d.GetProperty("text").GetString()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(MustDefects))]
    public void Check_TargetOnly_ReportsEveryMustDefectWithOverlappingSpan(string category, string text)
    {
        var at = Text.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"fixture does not contain '{text}'");
        var expected = new TextSpan(at, at + text.Length);
        Assert.Contains(Report.Findings, f => f.Category.ToContractName() == category && f.Span.Overlaps(expected));
    }

    [Fact]
    public void Check_TargetOnly_ReportsNothingElseOfMajorSeverity()
    {
        using var doc = JsonDocument.Parse(QualityFixtures.Read("seed-like-article.expected.json"));
        var expected = doc.RootElement.GetProperty("must").EnumerateArray()
            .Select(d => d.GetProperty("text").GetString()!)
            .Select(t => new TextSpan(Text.IndexOf(t, StringComparison.Ordinal), Text.IndexOf(t, StringComparison.Ordinal) + t.Length))
            .ToList();
        var unexpected = Report.Findings.Where(f => f.Severity >= Severity.Major && !expected.Any(e => e.Overlaps(f.Span))).ToList();
        Assert.True(unexpected.Count == 0, string.Join("; ", unexpected.Select(f => $"{f.Rule} '{f.At(Text)}'")));
    }

    [Fact]
    public void Check_TargetOnly_FindsTheLiteralIdiomsAsMinor()
    {
        var fluency = Report.Of(FindingCategory.Fluency).ToList();
        Assert.Contains(fluency, f => f.At(Text) == "aus guter Quelle");
        Assert.All(fluency, f => Assert.Equal(Severity.Minor, f.Severity));
    }

    [Fact]
    public void Check_TargetOnly_HoldsTheArticle()
    {
        Assert.Equal(Verdict.Hold, Report.Verdict);
    }

    [Fact]
    public void Fix_SeedLikeArticle_RemovesBoilerplateAndStrayMarkButKeepsTheRestForAnEditor()
    {
        var result = QualityFixtures.Gate.Fix(QualityFixtures.FrDe(Text));

        Assert.DoesNotContain("Related News", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Unsere Artikel über Frankreich", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("»", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Applied, a => a.Rule == "boilerplate.line" && a.Before.Contains("Related News", StringComparison.Ordinal) && a.After.Length == 0);
        Assert.Contains(result.Report.Findings, f => f.Category == FindingCategory.Untranslated);
        Assert.Contains(result.Report.Findings, f => f.Category == FindingCategory.FalseFriend);
        Assert.DoesNotContain(result.Report.Findings, f => f.Category == FindingCategory.Boilerplate && f.Severity == Severity.Major);
        Assert.Equal(Verdict.Hold, result.Report.Verdict);
    }
}
