using Newsdesk.Publishing;
using Newsdesk.Storage;

namespace Newsdesk.Tests.Publishing;

public sealed class RelatedRankerTests
{
    [Fact]
    public void Combine_StoryStrongInBothSignals_RanksFirstAndExcludedAreDropped()
    {
        var byText = new[] { new RelatedCandidate(1, 10), new RelatedCandidate(2, 9), new RelatedCandidate(3, 1) };
        var byTopics = new[] { new RelatedCandidate(2, 0.8), new RelatedCandidate(4, 0.9) };

        var ranked = RelatedRanker.Combine(byText, byTopics, new HashSet<long> { 1 }, 3);

        Assert.Equal([2, 4, 3], ranked);
    }
}
