using Newsdesk.Model;
using Newsdesk.Publishing;
using Newsdesk.Storage;

namespace Newsdesk.Tests.Publishing;

public sealed class RelatedRankerTests
{
    [Fact]
    public void Combine_StoryStrongInBothSignals_RanksFirstAndExcludedAreDropped()
    {
        static PublicationId P(long id) => new(id);
        var byText = new[] { new RelatedCandidate(P(1), 10), new RelatedCandidate(P(2), 9), new RelatedCandidate(P(3), 1) };
        var byTopics = new[] { new RelatedCandidate(P(2), 0.8), new RelatedCandidate(P(4), 0.9) };

        var ranked = RelatedRanker.Combine(byText, byTopics, new HashSet<PublicationId> { P(1) }, 3);

        Assert.Equal([P(2), P(4), P(3)], ranked);
    }
}
