using System.Text.Json;
using Newsdesk.Extraction;

namespace Newsdesk.Tests.Extraction;

public sealed class ExtractionContractTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Fact]
    public void ToJson_ExtractedPage_HasContractShape()
    {
        var article = Extractor.Extract(FixturePage.Bytes("jsonld-graph-newsarticle"), new Uri("https://www.example.at/politik/wahl-ergebnis"));
        using var json = JsonDocument.Parse(ExtractionContractJson.ToJson(article));
        var root = json.RootElement;
        Assert.Equal("Gemeinderatswahl: Liste Grün legt deutlich zu", root.GetProperty("title").GetString());
        Assert.Equal(article.Text, root.GetProperty("text").GetString());
        Assert.Equal("2024-03-17T21:30:00+01:00", root.GetProperty("published").GetString());
        Assert.Equal("de-AT", root.GetProperty("lang").GetString());
        Assert.Equal("Eva Muster, Karl Probe", root.GetProperty("byline").GetString());
        var blocks = root.GetProperty("blocks").EnumerateArray().ToList();
        Assert.All(blocks, b => Assert.Equal("p", b.GetProperty("type").GetString()));
        Assert.Equal(root.GetProperty("text").GetString(), string.Join("\n\n", blocks.Select(b => b.GetProperty("text").GetString())));
        foreach (var field in (string[])["lead", "canonical_url", "section", "tags", "image", "modified", "is_live_blog", "is_paywalled", "body_html", "site_name", "page_kind", "page_kind_reason", "extraction_path"])
        {
            Assert.True(root.TryGetProperty(field, out _), $"missing {field}");
        }
    }

    [Fact]
    public void ToJson_NoArticle_HasEmptyTextAndTitle()
    {
        using var json = JsonDocument.Parse(ExtractionContractJson.ToJson(ExtractionContractJson.Empty));
        Assert.Equal("", json.RootElement.GetProperty("text").GetString());
        Assert.Equal("", json.RootElement.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("published").ValueKind);
    }

    [Fact]
    public void ToJson_NonAscii_IsWrittenAsUtf8NotEscaped()
    {
        var article = Extractor.Extract(FixturePage.Bytes("utf8-bom"), new Uri("https://www.example.at/sport/stadtlauf"));
        var json = ExtractionContractJson.ToJson(article);
        Assert.Contains("Läuferinnen", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SamePageTwice_GivesIdenticalJson()
    {
        var url = new Uri("https://www.example.de/lokales/buslinie-12");
        var first = ExtractionContractJson.ToJson(Extractor.Extract(FixturePage.Bytes("cookie-banner-and-share-bar"), url));
        var second = ExtractionContractJson.ToJson(new ArticleExtractor().Extract(FixturePage.Bytes("cookie-banner-and-share-bar"), url));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Extract_ManyThreads_GiveTheSameResult()
    {
        var url = new Uri("https://www.example.com/city/footbridge");
        var bytes = FixturePage.Bytes("image-with-caption-and-credit");
        var expected = ExtractionContractJson.ToJson(Extractor.Extract(bytes, url));
        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = ExtractionContractJson.ToJson(Extractor.Extract(bytes, url)));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Run_BatchWithOneBadRow_WritesEveryPageAndReportsTheBadOne()
    {
        var dir = Directory.CreateTempSubdirectory("newsdesk-batch-");
        try
        {
            var tsv = Path.Combine(dir.FullName, "pages.tsv");
            File.WriteAllLines(tsv,
            [
                "id\thtml\turl\tlang",
                $"good\t{Path.Combine(FixturePage.Directory, "utf8-bom.html")}\thttps://www.example.at/sport/stadtlauf\tde",
                $"missing\t{Path.Combine(dir.FullName, "nope.html")}\thttps://www.example.at/x\tde",
                $"nourl\t{Path.Combine(FixturePage.Directory, "microdata-article.html")}\tnot a url\tfr",
            ]);
            var outDir = Path.Combine(dir.FullName, "out");
            var errors = new StringWriter();

            var (ok, failed) = ExtractionBatch.Run(Extractor, tsv, outDir, errors, CancellationToken.None);

            Assert.Equal(2, ok);
            Assert.Equal(1, failed);
            Assert.Contains("missing", errors.ToString(), StringComparison.Ordinal);
            using var good = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "good.json")));
            Assert.Contains("Stadtlauf", good.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
            using var missing = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "missing.json")));
            Assert.Equal("", missing.RootElement.GetProperty("text").GetString());
            using var noUrl = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "nourl.json")));
            Assert.Contains("grappes", noUrl.RootElement.GetProperty("text").GetString(), StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Run_HeaderWithoutUrlColumn_ThrowsClearError()
    {
        var dir = Directory.CreateTempSubdirectory("newsdesk-batch-");
        try
        {
            var tsv = Path.Combine(dir.FullName, "pages.tsv");
            File.WriteAllLines(tsv, ["id\thtml", "a\tb"]);
            var ex = Assert.Throws<InvalidDataException>(() => ExtractionBatch.Run(Extractor, tsv, dir.FullName, TextWriter.Null, CancellationToken.None));
            Assert.Contains("url", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
