using Newsdesk.Ingest;

namespace Newsdesk.Tests.Ingest;

public class SimHashTests
{
    private static ulong Hash(string fixture) => SimHash.Compute(Fixtures.Text("dedupe/" + fixture));

    [Theory]
    [InlineData("story-tram-syndicated-other-chrome.txt")]
    [InlineData("story-tram-one-sentence-changed.txt")]
    public void Compute_SyndicatedCopy_NearOriginal(string copy)
    {
        var original = Hash("story-tram-original.txt");
        var other = Hash(copy);

        Assert.True(SimHash.AreNearDuplicates(original, other), $"distance {SimHash.Distance(original, other)}");
        Assert.InRange(SimHash.Distance(original, other), 0, 9);
    }

    [Fact]
    public void Compute_CopyWithChromeAndEditedSentence_StillNear()
    {
        Assert.True(SimHash.AreNearDuplicates(Hash("story-tram-syndicated-other-chrome.txt"), Hash("story-tram-one-sentence-changed.txt")));
    }

    [Theory]
    [InlineData("story-tram-strike-same-topic.txt")]
    [InlineData("story-harvest-different-topic.txt")]
    public void Compute_DifferentStory_FarFromOriginal(string story)
    {
        var original = Hash("story-tram-original.txt");
        var other = Hash(story);

        Assert.False(SimHash.AreNearDuplicates(original, other));
        Assert.True(SimHash.Distance(original, other) >= 2 * SimHash.RecommendedMaxDistance, $"distance {SimHash.Distance(original, other)}");
    }

    [Fact]
    public void Compute_WhitespaceCaseAndPunctuation_Ignored()
    {
        var a = SimHash.Compute("The council voted, on Monday, to extend the tram line north.");
        var b = SimHash.Compute("  the COUNCIL voted on monday to extend\n\nthe tram line north!!  ");

        Assert.Equal(a, b);
    }

    [Fact]
    public void Compute_NoWords_ZeroAndNeverNear()
    {
        Assert.Equal(0UL, SimHash.Compute(" ... — !!"));
        Assert.False(SimHash.AreNearDuplicates(0, 0));
    }

    [Fact]
    public void Compute_ChineseWithoutSpaces_UsesCharacters()
    {
        var a = SimHash.Compute("峰会结束，未发表联合声明。各国代表在会后分别举行记者会，介绍了各自的立场和下一步的计划。");
        var b = SimHash.Compute("峰会结束，未发表联合声明。各国代表在会后分别举行记者会，介绍了各自的立场和下一步的安排。");
        var c = SimHash.Compute("山谷里的苹果园今年遭遇晚霜，果农预计收成将减少三分之一，价格可能上涨。");

        Assert.True(SimHash.Distance(a, b) < SimHash.Distance(a, c));
    }

    [Fact]
    public void Distance_CountsDifferingBits()
    {
        Assert.Equal(0, SimHash.Distance(0xF0F0UL, 0xF0F0UL));
        Assert.Equal(64, SimHash.Distance(0UL, ulong.MaxValue));
        Assert.Equal(2, SimHash.Distance(0b1010UL, 0b0110UL));
    }
}
