using Newsdesk.Quality;

namespace Newsdesk.Tests.Quality;

/// <summary>
/// The span index answers as a search through every span would, empty spans and shared starts included; the
/// consolidation of findings that uses it keeps every separate finding of a long text.
/// </summary>
public class SpanIndexTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void AnyOverlappingAndAnyContaining_AnswerAsASearchOfEverySpan(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 200; round++)
        {
            var spans = Enumerable.Range(0, random.Next(0, 12)).Select(_ => RandomSpan(random)).ToList();
            var index = new SpanIndex(spans);
            for (var q = 0; q < 40; q++)
            {
                var query = RandomSpan(random);
                Assert.Equal(spans.Any(s => s.Overlaps(query)), index.AnyOverlapping(query));
                Assert.Equal(spans.Any(s => s.Start <= query.Start && query.End <= s.End), index.AnyContaining(query));
            }
        }
    }

    [Fact]
    public void Check_ManyQuotesInOneLongParagraph_KeepsOneFindingPerQuote()
    {
        // 20,000 findings of one rule: the consolidation must neither drop nor merge any of them.
        var target = string.Concat(Enumerable.Repeat("Er sagte 'ja' dazu. ", 20_000));

        var report = QualityFixtures.Check(target);

        Assert.Equal(20_000, report.Findings.Count(f => f.Rule == "punctuation.straight-quotes"));
    }

    private static TextSpan RandomSpan(Random random)
    {
        var start = random.Next(0, 30);
        return new TextSpan(start, start + random.Next(0, 6));
    }
}
