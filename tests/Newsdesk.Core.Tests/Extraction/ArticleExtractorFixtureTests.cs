using System.Text.Json;
using Newsdesk.Extraction;
using Newsdesk.Model;
using Newsdesk.Sanitizing;

namespace Newsdesk.Tests.Extraction;

/// <summary>
/// Each fixture page (fixtures/extraction/NAME.html, named after its edge case) is extracted and compared with
/// NAME.expected.json: exact fields where given, plus must/must-not-contain lists for body text and HTML.
/// </summary>
public sealed class ArticleExtractorFixtureTests
{
    private static readonly ArticleExtractor Extractor = new();

    public static TheoryData<string> Fixtures() => new(FixturePage.Names());

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Extract_FixturePage_MatchesExpectation(string name)
    {
        using var expected = JsonDocument.Parse(FixturePage.ExpectedJson(name));
        var e = expected.RootElement;
        var article = Extractor.Extract(FixturePage.Bytes(name), new Uri(e.GetProperty("url").GetString()!));

        if (e.TryGetProperty("title", out var title))
        {
            Assert.Equal(title.GetString(), article.Title);
        }
        if (e.TryGetProperty("text", out var text))
        {
            Assert.Equal(text.GetString(), article.Text);
        }
        if (e.TryGetProperty("lang", out var lang))
        {
            Assert.Equal(lang.GetString(), article.Language?.Value);
        }
        AssertOptional(e, "byline", article.Byline);
        AssertOptional(e, "lead", article.Lead);
        AssertOptional(e, "section", article.Section);
        AssertOptional(e, "canonical_url", article.CanonicalUrl);
        AssertOptional(e, "image", article.MainImage);
        AssertOptional(e, "site_name", article.SiteName);
        AssertOptional(e, "published", ExtractionContractJson.Format(article.Published));
        AssertOptional(e, "modified", ExtractionContractJson.Format(article.Modified));
        if (e.TryGetProperty("tags", out var tags))
        {
            Assert.Equal(tags.EnumerateArray().Select(t => t.GetString()!), article.Tags);
        }
        Assert.Equal(e.TryGetProperty("is_live_blog", out var live) && live.GetBoolean(), article.IsLiveBlog);
        Assert.Equal(e.TryGetProperty("is_paywalled", out var paywalled) && paywalled.GetBoolean(), article.IsPaywalled);
        // Every fixture is an article unless it says otherwise (issue 20: the page kinds are decided by evidence).
        Assert.True((e.TryGetProperty("page_kind", out var kind) ? kind.GetString() : "article") == article.Kind.ToName(),
            $"page kind {article.Kind.ToName()} ({article.KindReason})");
        AssertOptional(e, "extraction_path", article.Path.ToName());

        foreach (var s in Strings(e, "must_contain"))
        {
            Assert.Contains(s, article.Text, StringComparison.Ordinal);
        }
        foreach (var s in Strings(e, "must_not_contain"))
        {
            Assert.DoesNotContain(s, article.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(s, ArticleHtml.Body(article.Blocks), StringComparison.Ordinal);
        }
        var allHtml = ArticleHtml.Body(article.Blocks) + string.Concat(article.Blocks.Select(b => b.Html));
        foreach (var s in Strings(e, "html_must_contain"))
        {
            Assert.Contains(s, allHtml, StringComparison.Ordinal);
        }
        foreach (var s in Strings(e, "html_must_not_contain"))
        {
            Assert.DoesNotContain(s, allHtml, StringComparison.OrdinalIgnoreCase);
        }
        if (e.TryGetProperty("blocks", out var blocks))
        {
            Assert.Equal(blocks.GetArrayLength(), article.Blocks.Count);
            AssertBlocks(blocks, article.Blocks);
        }
        if (e.TryGetProperty("blocks_start", out var start))
        {
            AssertBlocks(start, article.Blocks);
        }
    }

    private static void AssertBlocks(JsonElement expected, IReadOnlyList<ArticleBlock> actual)
    {
        var i = 0;
        foreach (var block in expected.EnumerateArray())
        {
            Assert.True(i < actual.Count, $"expected at least {i + 1} blocks, got {actual.Count}");
            Assert.Equal(block.GetProperty("type").GetString(), actual[i].Type.ToContractName());
            AssertOptional(block, "text", actual[i].Text);
            AssertOptional(block, "html", actual[i].Html);
            AssertOptional(block, "image_url", actual[i].ImageUrl);
            // A block in another language than the article's says which (issue 20, point 6); every other block says nothing.
            Assert.True((block.TryGetProperty("lang", out var lang) ? lang.GetString() : null) == actual[i].Language?.Value,
                $"block {i} ('{actual[i].Text[..Math.Min(40, actual[i].Text.Length)]}') language {actual[i].Language?.Value ?? "none"}");
            i++;
        }
    }

    private static void AssertOptional(JsonElement e, string property, string? actual)
    {
        if (e.TryGetProperty(property, out var value))
        {
            Assert.Equal(value.ValueKind == JsonValueKind.Null ? null : value.GetString(), actual);
        }
    }

    private static IEnumerable<string> Strings(JsonElement e, string property) =>
        e.TryGetProperty(property, out var list) ? list.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
}
