using Newsdesk.Quality;

namespace Newsdesk.Tests.Quality;

public class BoilerplateCheckTests
{
    [Fact]
    public void Check_WidgetLinesAndInlinePrompt_ReportsEach()
    {
        var target = QualityFixtures.Read("boilerplate-lines-and-inline.de.txt");
        var report = QualityFixtures.Check(target);

        var found = report.Of(FindingCategory.Boilerplate).Select(f => f.At(target)).ToList();
        Assert.Equal(["Lesen Sie auch:", "Abonnieren Sie unseren Newsletter", "Kommentare (4)"], found);
    }

    [Fact]
    public void Fix_WidgetLinesAndInlinePrompt_RemovesThemCleanly()
    {
        var target = QualityFixtures.Read("boilerplate-lines-and-inline.de.txt");
        var result = QualityFixtures.Gate.Fix(QualityFixtures.FrDe(target));

        Assert.Equal(
            "Der Hafen von Hamburg meldet einen Rückgang beim Containerumschlag.\n"
            + "Im dritten Quartal wurden weniger Container umgeschlagen als im Vorjahr.\n"
            + "Die Hafengesellschaft rechnet für das kommende Jahr mit einer Erholung.",
            result.Text.TrimEnd('\n'));
        Assert.Equal(3, result.Applied.Count);
        Assert.Equal(Verdict.Publish, result.Report.Verdict);
    }

    [Fact]
    public void Check_EnginePreamble_IsBoilerplate()
    {
        var target = QualityFixtures.Read("engine-preamble.de.txt");
        var report = QualityFixtures.Check(target);

        var finding = Assert.Single(report.Of(FindingCategory.Boilerplate));
        Assert.StartsWith("Sure, here is the translation", finding.At(target), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ArticleText_ReportsNoBoilerplate()
    {
        var report = QualityFixtures.Check(QualityFixtures.Read("clean-article.de.txt"));

        Assert.Empty(report.Of(FindingCategory.Boilerplate));
    }
}
