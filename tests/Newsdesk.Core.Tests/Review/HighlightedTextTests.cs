using Newsdesk.Model;
using Newsdesk.Sanitizing;
using Newsdesk.Review;

namespace Newsdesk.Tests.Review;

public sealed class HighlightedTextTests
{
    [Fact]
    public void Split_FindingInSecondLine_MarksExactlyItsSpan()
    {
        var content = new ExtractedArticle { Title = "Titre", Blocks = [new ArticleBlock(BlockType.Paragraph, "Il a payé 40 milions.")] };
        var text = ReviewText.Layout(content);
        var start = text.IndexOf("40 milions", StringComparison.Ordinal);

        var lines = HighlightedText.Split(text, [(start, start + 10)]);

        Assert.Equal(2, lines.Count);
        Assert.Equal("Titre", Assert.Single(lines[0]).Text);
        Assert.Equal(["Il a payé ", "40 milions", "."], lines[1].Select(s => s.Text));
        Assert.Equal([0], lines[1][1].Findings);
        Assert.Empty(lines[1][0].Findings);
    }

    [Fact]
    public void Split_SpanAcrossLinesAndOutOfRange_IsClippedPerLine()
    {
        var lines = HighlightedText.Split("ab\ncd", [(1, 4), (3, 99)]);

        Assert.Equal(["a", "b"], lines[0].Select(s => s.Text));
        Assert.Equal([0], lines[0][1].Findings);
        Assert.Equal(["c", "d"], lines[1].Select(s => s.Text));
        Assert.Equal([0, 1], lines[1][0].Findings);
        Assert.Equal([1], lines[1][1].Findings);
    }

    [Fact]
    public void ParseAll_ArrayAndObjectSpansAndJunk_ReadsWhatItCan()
    {
        var findings = ReviewFinding.ParseAll("""
            [{"Category":"Number","severity":3,"span":[1,4],"rule":"r","message":"m","sourceSpan":{"start":2,"end":5}},
             {"category":"glossary","span":{"Start":0,"End":2},"message":"g","suggestion":"s"}, 42]
            """);

        Assert.Equal(2, findings.Count);
        Assert.Equal(("Number", "3", 1, 4, 2, 5), (findings[0].Category, findings[0].Severity, findings[0].Start, findings[0].End, findings[0].SourceStart, findings[0].SourceEnd));
        Assert.Equal(("glossary", 0, 2, "s"), (findings[1].Category, findings[1].Start, findings[1].End, findings[1].Suggestion));
        Assert.Empty(ReviewFinding.ParseAll("not json"));
    }

    [Fact]
    public void EditedContent_Apply_KeepsUntouchedInlineHtmlAndEncodesEdits()
    {
        var content = new ExtractedArticle
        {
            Title = "T",
            Blocks = [new ArticleBlock(BlockType.Paragraph, "Un lien.", "Un <a href=\"https://x.example\">lien</a>."), new ArticleBlock(BlockType.Paragraph, "Deux.")],
        };

        var edited = EditedContent.Apply(content, " Nouveau  titre ", null, ["Un lien.", "Deux <b>trois</b>."]);

        Assert.Equal("Nouveau titre", edited.Title);
        Assert.Equal(content.Blocks[0].Html, edited.Blocks[0].Html);
        Assert.Equal("Deux &lt;b&gt;trois&lt;/b&gt;.", edited.Blocks[1].Html);
        Assert.Contains("<p>Deux &lt;b&gt;trois&lt;/b&gt;.</p>", ArticleHtml.Body(edited.Blocks), StringComparison.Ordinal);
    }
}

public sealed class GateFindingsFormatTests
{
    [Fact]
    public void ParseAll_FindingsWrittenByTheQualityGate_ReadSpansAndSourceSpans()
    {
        var json = Newsdesk.Quality.Contract.QualityJson.SerializeFindings([
            new Newsdesk.Quality.Finding(Newsdesk.Quality.FindingCategory.Number, Newsdesk.Quality.Severity.Critical,
                new Newsdesk.Quality.TextSpan(28, 38), "number.magnitude-changed", "milliards became milions", new Newsdesk.Quality.TextSpan(26, 38), "40.000 milions"),
        ]);

        var finding = Assert.Single(ReviewFinding.ParseAll(json));

        Assert.Equal((28, 38, 26, 38), (finding.Start, finding.End, finding.SourceStart, finding.SourceEnd));
        Assert.Equal("number.magnitude-changed", finding.Rule);
        Assert.Equal("40.000 milions", finding.Suggestion);
        Assert.Equal("critical", finding.Severity);
    }
}
