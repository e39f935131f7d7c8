namespace Newsdesk.Demo.Tests;

public sealed class DemoContentParserTests
{
    [Fact]
    public void Parse_MinimalFile_ReadsFrontMatterAndEveryBlockKind()
    {
        var article = DemoContentParser.Parse("minimal.txt", DemoFixtures.Read("minimal.txt"));

        Assert.Equal("essai-minimal", article.Slug);
        Assert.Equal(["traboules"], article.Outlets);
        Assert.Equal("Un titre d’essai", article.Title);
        Assert.Equal(new DateTimeOffset(2026, 3, 12, 7, 45, 0, TimeSpan.FromHours(1)), article.Published);
        Assert.Equal(["Essai", "Lyon"], article.Tags);
        Assert.Equal(
            [DemoBlockKind.Paragraph, DemoBlockKind.Heading, DemoBlockKind.Quote, DemoBlockKind.ListItem, DemoBlockKind.ListItem, DemoBlockKind.Figure, DemoBlockKind.Paragraph],
            article.Blocks.Select(b => b.Kind));
        Assert.Equal("Premier paragraphe, écrit sur deux lignes, avec 1\u00A0250\u00A0000 habitants et 3,5\u00A0%.", article.Blocks[0].Text);
        Assert.Equal(11, article.Blocks[0].Line);
        Assert.Equal("«\u00A0Une citation\u00A0», a dit quelqu’un.", article.Blocks[2].Text);
        Assert.Equal("image.svg", article.Blocks[5].Image);
        Assert.Equal("Crédit\u00A0: Quelqu’un", article.Blocks[5].Credit);
        Assert.Equal("Un lien et du gras.", article.Blocks[6].Text);
        Assert.Equal(["slug:autre"], DemoInline.Targets(article.Blocks[6].Markup));
    }

    [Theory]
    [InlineData("missing-separator.txt", 7, "not closed by a line '---'")]
    [InlineData("unknown-key.txt", 4, "unknown front-matter key 'subtitle'")]
    [InlineData("date-without-offset.txt", 6, "is not an ISO-8601 date with an offset")]
    [InlineData("unbalanced-guillemets.txt", 11, "unbalanced guillemets")]
    [InlineData("straight-double-quotes.txt", 13, "straight double quotes")]
    [InlineData("unknown-outlet.txt", 2, "unknown outlet 'le-monde-imaginaire'")]
    [InlineData("live-entry-in-standard-article.txt", 11, "only allowed in an article of kind 'live'")]
    [InlineData("missing-title.txt", 7, "has no 'title'")]
    [InlineData("unclosed-link.txt", 11, "is not closed with '](target)'")]
    [InlineData("duplicate-key.txt", 5, "'title' is given twice (first on line 3)")]
    public void Parse_MalformedFile_ThrowsNamingFileAndLine(string file, int line, string problem)
    {
        var error = Assert.Throws<DemoContentException>(() => DemoContentParser.Parse(file, DemoFixtures.Read(file)));

        Assert.Equal(file, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.StartsWith($"{file}, line {line}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OneBrokenFileAmongGoodOnes_LoadsTheOthersAndReportsTheBrokenOne()
    {
        var good = DemoFixtures.Read("minimal.txt").Replace("(slug:autre)", "(https://example.org/)", StringComparison.Ordinal);
        var images = new Dictionary<string, byte[]> { ["image.svg"] = [1] };

        var set = DemoContent.Build([("minimal.txt", good), ("unknown-key.txt", DemoFixtures.Read("unknown-key.txt"))], images);

        Assert.Equal(["essai-minimal"], set.Articles.Select(a => a.Slug));
        var problem = Assert.Single(set.Problems);
        Assert.Equal("unknown-key.txt", problem.File);
        Assert.Equal(4, problem.Line);
    }

    [Fact]
    public void Build_LinkToMissingArticleAndMissingImage_ReportsTheLineOfEach()
    {
        var text = DemoFixtures.Read("minimal.txt");

        var set = DemoContent.Build([("minimal.txt", text)], new Dictionary<string, byte[]> { ["image.svg"] = [1] });
        var noImage = DemoContent.Build([("minimal.txt", text.Replace("(slug:autre)", "(https://example.org/)", StringComparison.Ordinal))],
            new Dictionary<string, byte[]>());

        var link = Assert.Single(set.Problems);
        Assert.Equal(23, link.Line);
        Assert.Contains("'slug:autre' names no demo article", link.Problem, StringComparison.Ordinal);
        var image = Assert.Single(noImage.Problems);
        Assert.Equal(21, image.Line);
        Assert.Contains("image 'image.svg'", image.Problem, StringComparison.Ordinal);
        Assert.Empty(set.Articles);
    }

    [Fact]
    public void Build_TwoFilesWithTheSameSlug_KeepsTheFirstAndReportsTheSecond()
    {
        var text = DemoFixtures.Read("unknown-key.txt").Replace("subtitle: Ceci n'existe pas\n", "", StringComparison.Ordinal);

        var set = DemoContent.Build([("a.txt", text), ("b.txt", text)], new Dictionary<string, byte[]>());

        Assert.Equal("a.txt", Assert.Single(set.Articles).SourceFile);
        Assert.Equal("b.txt", Assert.Single(set.Problems).File);
    }
}
