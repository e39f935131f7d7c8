using Newsdesk.Model;
using Newsdesk.Text;

namespace Newsdesk.Tests.Text;

public class FieldLimitsTests
{
    [Fact]
    public void Clean_ControlsAndLoneSurrogates_DroppedOrReplaced()
    {
        // Not theory data: test runners cannot carry lone surrogates through their own serialisation.
        (string Input, string Expected)[] cases =
        [
            ("plain", "plain"),
            ("a\u0000b\u0001c\u001fd", "abcd"),
            ("tab\tline\nreturn\r", "tab\tline\nreturn\r"),
            ("lone \uD800 high", "lone \uFFFD high"),
            ("lone \uDC00 low", "lone \uFFFD low"),
            ("pair \uD83D\uDE00 kept", "pair \uD83D\uDE00 kept"),
            ("\uDC00\uD800", "\uFFFD\uFFFD"),
            ("end \uD800", "end \uFFFD"),
        ];
        foreach (var (input, expected) in cases)
        {
            Assert.Equal(expected, FieldLimits.Clean(input));
        }
    }

    [Fact]
    public void Bound_Longer_CutWithEllipsisAndNotice()
    {
        var notices = new List<string>();

        var cut = FieldLimits.Bound(new string('x', 5_000), 1_000, "title", notices);

        Assert.Equal(1_000, cut!.Length);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
        Assert.Equal("title was 5,000 characters; cut to 1,000", Assert.Single(notices));
    }

    [Fact]
    public void Bound_CutWouldSplitASurrogatePair_CutsBeforeIt()
    {
        var text = new string('x', 8) + "\uD83D\uDE00" + "tail";

        var cut = FieldLimits.Bound(text, 10, "title", null)!;

        Assert.Equal(new string('x', 8) + "…", cut);
        Assert.Equal(cut, FieldLimits.Clean(cut));
    }

    [Fact]
    public void Bound_WithinCap_UnchangedAndNoNotice()
    {
        var notices = new List<string>();

        Assert.Equal("short", FieldLimits.Bound("short", 10, "title", notices));
        Assert.Null(FieldLimits.Bound(null, 10, "title", notices));
        Assert.Empty(notices);
    }

    [Fact]
    public void BoundId_Long_HashedSoTwoLongIdsStayTwo()
    {
        var a = FieldLimits.BoundId(new string('a', 600) + "1", null);
        var b = FieldLimits.BoundId(new string('a', 600) + "2", null);

        Assert.StartsWith("sha256:", a, StringComparison.Ordinal);
        Assert.NotEqual(a, b);
        Assert.Equal("short-id", FieldLimits.BoundId("short\u0000-id", null));
    }

    [Fact]
    public void Bound_Article_EveryFieldWithinItsCap()
    {
        var notices = new List<string>();
        var article = new ExtractedArticle
        {
            Title = new string('t', 5 * 1024 * 1024),
            Lead = new string('l', 20_000),
            Byline = "By " + new string('b', 1_000),
            Section = new string('s', 300),
            Tags = Enumerable.Range(0, 70).Select(i => "tag" + i).Append(new string('g', 400)).ToList(),
            SiteName = new string('n', 300),
            MainImage = "https://img.example/" + new string('i', 3_000),
            CanonicalUrl = "https://news.example/" + new string('c', 3_000),
            Blocks = Enumerable.Range(0, 30).Select(i => new ArticleBlock(BlockType.Paragraph, new string('p', 50_000) + "\u0000", "x\uD800")).ToList(),
        };

        var bounded = FieldLimits.Bound(article, notices);

        Assert.Equal(FieldLimits.Title, bounded.Title.Length);
        Assert.Equal(FieldLimits.Summary, bounded.Lead!.Length);
        Assert.Equal(FieldLimits.Author, bounded.Byline!.Length);
        Assert.Equal(FieldLimits.Category, bounded.Section!.Length);
        Assert.Equal(FieldLimits.Categories, bounded.Tags.Count);
        Assert.Equal(FieldLimits.Name, bounded.SiteName!.Length);
        Assert.Null(bounded.MainImage);
        Assert.Null(bounded.CanonicalUrl);
        Assert.Equal(20, bounded.Blocks.Count);
        Assert.All(bounded.Blocks, b => Assert.Equal(50_000, b.Text.Length));
        Assert.All(bounded.Blocks, b => Assert.Equal("x\uFFFD", b.Html));
        Assert.Contains(notices, n => n.StartsWith("title was 5,242,880 characters", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.Contains("10 of 30 blocks left out", StringComparison.Ordinal));
        Assert.Equal(9, notices.Count);
    }

    [Fact]
    public void LanguageTag_LongerThanAnyRealTag_NotATag()
    {
        Assert.False(LanguageTag.TryParse("en" + string.Concat(Enumerable.Repeat("-ab", 100_000)), out _));
        Assert.True(LanguageTag.TryParse("zh-Hant-TW", out _));
    }
}
