using System.Text;
using Newsdesk.Ingest;
using Newsdesk.Text;

namespace Newsdesk.Tests.Ingest;

/// <summary>Entries with hostile links and unbounded fields: every field within its cap, every cut reported, one bad entry costs only itself.</summary>
public class FeedParserLimitsTests
{
    private static FeedParseResult ParseXml(string xml) => FeedParser.Parse(Encoding.UTF8.GetBytes(xml), new Uri("https://feeds.example/feed"));

    private static string Rss(string items) =>
        $"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Big</title>{items}</channel></rss>""";

    [Fact]
    public void Parse_HostileLinksAndIds_EachEntryJudgedAloneAndEveryFieldStorable()
    {
        var result = FeedParser.Parse(Fixtures.Bytes("feeds/hostile-links-and-ids.xml"), new Uri("https://hostile.example/feed.xml"));

        Assert.Null(result.Error);
        Assert.Equal(["hostile-1", "hostile-2", "hostile-3", "hostile-4\uFFFD", "hostile-5", "hostile-7"], result.Items.Select(i => i.Id));
        Assert.Contains(result.Problems, p => p.Kind == FeedProblemKind.InvalidLink && p.Message.Contains("javascript", StringComparison.Ordinal));
        var nul = result.Items.Single(i => i.Id.StartsWith("hostile-4", StringComparison.Ordinal));
        Assert.Equal("NUL and a lone surrogate in the id, \uFFFDin the title", nul.Title);
        Assert.Equal("Anna Editor", nul.Author);
        Assert.Equal(["World"], nul.Categories);
        Assert.All(result.Items, i => Assert.Equal(i.Id, FieldLimits.Clean(i.Id)));
        Assert.All(result.Items, i => Assert.Equal(i.Title, FieldLimits.Clean(i.Title!)));
    }

    [Fact]
    public void Parse_FiveMegabyteTitle_CutToTheCapWithAProblem()
    {
        var title = new string('T', 5 * 1024 * 1024);
        var result = ParseXml(Rss($"<item><title>{title}</title><link>https://feeds.example/a</link><guid>a</guid></item>" +
                                  "<item><title>Next</title><link>https://feeds.example/b</link><guid>b</guid></item>"));

        Assert.Equal(2, result.Items.Count);
        Assert.Equal(FieldLimits.Title, result.Items[0].Title!.Length);
        Assert.EndsWith("…", result.Items[0].Title, StringComparison.Ordinal);
        Assert.Equal("Next", result.Items[1].Title);
        var problem = Assert.Single(result.Problems, p => p.Kind == FeedProblemKind.FieldTooLong);
        Assert.Equal(0, problem.ItemIndex);
        Assert.Contains("title was 5,242,880 characters; cut to 1,000", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EveryFieldOverItsCap_CutHashedOrDroppedAndReported()
    {
        var longId = new string('i', 3_000);
        var categories = string.Concat(Enumerable.Range(0, 80).Select(n => $"<category>c{n}</category>")) + $"<category>{new string('k', 500)}</category>";
        var image = "https://img.feeds.example/" + new string('p', 3_000) + ".jpg";
        var result = ParseXml(Rss(
            $"<item><title>t</title><link>https://feeds.example/a</link><guid isPermaLink=\"false\">{longId}</guid>" +
            $"<author>{new string('a', 2_000)}</author><description>{new string('s', 30_000)}</description>{categories}" +
            $"<enclosure url=\"{image}\" type=\"image/jpeg\"/></item>" +
            $"<item><title>long link</title><link>https://feeds.example/{new string('l', 10_000)}</link></item>"));

        var item = Assert.Single(result.Items);
        Assert.StartsWith("sha256:", item.Id, StringComparison.Ordinal);
        Assert.True(item.Id.Length <= FieldLimits.EntryId);
        Assert.Equal(FieldLimits.Author, item.Author!.Length);
        Assert.Equal(FieldLimits.Summary, item.Summary!.Length);
        Assert.Equal(FieldLimits.Categories, item.Categories.Count);
        Assert.All(item.Categories, c => Assert.True(c.Length <= FieldLimits.Category));
        Assert.Null(item.ImageUrl);
        var notes = result.Problems.Where(p => p.Kind == FeedProblemKind.FieldTooLong).Select(p => p.Message).ToList();
        Assert.Contains(notes, n => n.Contains("SHA-256", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("author was", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("summary was", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("81 category values; the first 50 kept", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("image URL is", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Kind == FeedProblemKind.InvalidLink && p.Message.Contains("over the 2,048 cap", StringComparison.Ordinal));
        Assert.All(result.Problems, p => Assert.True(p.ToString().Length < 400, "a problem quotes what it is about shortened"));
    }

    [Fact]
    public void Parse_JsonFeedWithNulAndLongFields_Bounded()
    {
        var json = $$"""
            {"version":"https://jsonfeed.org/version/1.1","title":"{{new string('F', 3_000)}}","items":[
              {"id":"a\u0000b","url":"https://feeds.example/a","title":"{{new string('T', 20_000)}}","tags":["x\u0000y"]},
              {"id":"c","url":"http://[::1]:18002/x","title":"loopback"}]}
            """;

        var result = FeedParser.Parse(Encoding.UTF8.GetBytes(json), new Uri("https://feeds.example/feed.json"));

        Assert.Equal(FieldLimits.Title, result.Title!.Length);
        Assert.Equal(["ab", "c"], result.Items.Select(i => i.Id));
        Assert.Equal(FieldLimits.Title, result.Items[0].Title!.Length);
        Assert.Equal(["xy"], result.Items[0].Categories);
        Assert.Equal("http://[::1]:18002/x", result.Items[1].Link.AbsoluteUri);
    }
}
