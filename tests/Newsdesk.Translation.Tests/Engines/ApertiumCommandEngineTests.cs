using Newsdesk.Model;
using Newsdesk.Tests.Support;
using Newsdesk.Translation;
using Newsdesk.Translation.Apertium;

namespace Newsdesk.Tests.Engines;

/// <summary>Runs the real `apertium` command (Debian packages apertium, apertium-fr-es, apertium-en-es, apertium-fra-cat).</summary>
public sealed class ApertiumCommandEngineTests
{
    private static readonly TranslationGlossary Glossary = TranslationGlossary.Create([
        new GlossaryEntry(LanguageTag.Parse("fr"), LanguageTag.Parse("es"), "Stargate", null),
        new GlossaryEntry(LanguageTag.Parse("fr"), LanguageTag.Parse("es"), "site", "emplazamiento", ["website"]),
    ]);

    private static ArticleTranslator Translator(ITranslationMemory? memory = null) =>
        new(new TranslationEngineRegistry([new ApertiumCommandEngine(new ApertiumOptions())]), memory ?? new DictionaryTranslationMemory(), TimeProvider.System);

    [Fact]
    public async Task GetPairsAsync_InstalledModes_IncludeFrenchSpanishCatalanEnglish()
    {
        var pairs = await new ApertiumCommandEngine(new ApertiumOptions()).GetPairsAsync(TestContext.Current.CancellationToken);
        Assert.Contains(LanguagePair.Parse("fr->es"), pairs);
        Assert.Contains(LanguagePair.Parse("es->fr"), pairs);
        Assert.Contains(LanguagePair.Parse("fr->ca"), pairs);
        Assert.Contains(LanguagePair.Parse("en->es"), pairs);
    }

    [Fact]
    public async Task ListInstalled_InstalledPackages_SameModesAsApertiumList()
    {
        var run = await ApertiumProcess.RunAsync("apertium", ["-l"], "", TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        var listed = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(listed);
        Assert.Equal(listed, ApertiumModes.ListInstalled(null));
    }

    [Fact]
    public async Task ListInstalled_DataDirectory_SameModesAsApertiumListWithIt()
    {
        var dir = Directory.CreateTempSubdirectory("newsdesk-modes-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "modes"));
            foreach (var name in new[] { "fr-es", "eng-spa", "fra-cat_pre2017", "xx-yy-tagger" })
            {
                await File.WriteAllTextAsync(Path.Combine(dir.FullName, "modes", name + ".mode"), "cat\n", TestContext.Current.CancellationToken);
            }
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "modes", "README"), "not a mode", TestContext.Current.CancellationToken);
            var run = await ApertiumProcess.RunAsync("apertium", ["-d", dir.FullName, "-l"], "", TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
            var listed = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal).ToList();

            Assert.Equal(["eng-spa", "fr-es", "fra-cat_pre2017", "xx-yy-tagger"], listed);
            Assert.Equal(listed, ApertiumModes.ListInstalled(dir.FullName));
            Assert.Empty(ApertiumModes.ListInstalled(Path.Combine(dir.FullName, "missing")));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task TranslateAsync_ManySegments_OneProcessKeepsEachSegmentInPlace()
    {
        var engine = new ApertiumCommandEngine(new ApertiumOptions());
        var batch = new TranslationBatch(LanguagePair.Parse("fr->es"), ["la voiture", "rouge est belle", "Il a vu la", "maison blanche", "<b>Bonjour</b> le monde"]);
        var result = await engine.TranslateAsync(batch, TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.Equal(["el coche", "rojo es guapa", "Ha visto la", "casa blanca"], result.Segments.Take(4));
        Assert.Matches("^<b>[^<]+</b> el mundo$", result.Segments[4]);
        Assert.Equal(1, result.Cost.Calls);
    }

    [Theory]
    [InlineData("fr-numbers-amounts-links", "es")]
    [InlineData("fr-numbers-amounts-links", "ca")]
    [InlineData("en-quotes-and-figures", "es")]
    public async Task TranslateAsync_FixtureArticle_KeepsNumbersNamesLinksAndTargetTypography(string fixture, string target)
    {
        var article = Fixtures.Article(fixture);
        var expected = Fixtures.Expected(fixture).Targets[target];
        var result = await Translator().TranslateAsync(new ArticleTranslationRequest(article, LanguageTag.Parse(target)) { Glossary = Glossary },
            TestContext.Current.CancellationToken);

        Assert.True(result.IsComplete, string.Join("; ", result.Failures));
        Assert.Equal(1, result.EngineCalls);
        Assert.All(result.Segments, s => Assert.DoesNotContain(s.Issues, i => i.Code.StartsWith("placeholder", StringComparison.Ordinal) || i.Code == "mask-remnant"));
        var text = result.Article.Title + "\n" + string.Join("\n", result.Article.Blocks.Select(b => b.Text));
        var html = string.Join("\n", result.Article.Blocks.Select(b => b.Html));
        foreach (var piece in expected.Contains ?? [])
        {
            Assert.Contains(piece, text, StringComparison.Ordinal);
        }
        foreach (var piece in expected.NotContains ?? [])
        {
            Assert.DoesNotContain(piece, text, StringComparison.Ordinal);
        }
        foreach (var piece in expected.HtmlContains ?? [])
        {
            Assert.Contains(piece, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TranslateAsync_PlainSegments_TextModeKeepsEscapingAndBoundaries()
    {
        var engine = new ApertiumCommandEngine(new ApertiumOptions());
        var batch = new TranslationBatch(LanguagePair.Parse("fr->es"), ["Pierre &amp; Marie &lt;3", "la voiture", "Le consortium ZQ1Z investit."]);
        var result = await engine.TranslateAsync(batch, TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.Equal("Pierre &amp; Marie &lt;3", result.Segments[0]);
        Assert.Equal("el coche", result.Segments[1]);
        Assert.Contains("ZQ1Z", result.Segments[2], StringComparison.Ordinal);
        Assert.Equal(1, result.Cost.Calls);
    }

    [Fact]
    public async Task TranslateAsync_UnknownMode_PermanentFailureListsInstalledModes()
    {
        var engine = new ApertiumCommandEngine(new ApertiumOptions());
        var result = await engine.TranslateAsync(new TranslationBatch(LanguagePair.Parse("fr->ja"), ["Bonjour"]), TestContext.Current.CancellationToken);

        Assert.Equal(FailureKind.Permanent, result.Failure?.Kind);
        Assert.Contains("fr-es", result.Failure!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslateAsync_CommandMissing_PermanentFailureSaysWhatToInstall()
    {
        var engine = new ApertiumCommandEngine(new ApertiumOptions { Command = "/nonexistent/apertium" });
        var result = await engine.TranslateAsync(new TranslationBatch(LanguagePair.Parse("fr->es"), ["Bonjour"]), TestContext.Current.CancellationToken);

        Assert.Equal(FailureKind.Permanent, result.Failure?.Kind);
        Assert.Contains("install the apertium package", result.Failure!.Message, StringComparison.Ordinal);
    }
}
