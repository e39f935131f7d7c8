using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Model;
using Newsdesk.Tests.Support;
using Newsdesk.Translation;
using Newsdesk.Translation.Apertium;

namespace Newsdesk.Tests.Engines;

/// <summary>Runs against a real apertium-apy started on a free loopback port.</summary>
public sealed class ApertiumApyEngineTests(ApyServer apy) : IClassFixture<ApyServer>
{
    private ITranslationEngine Engine()
    {
        var services = new ServiceCollection();
        services.AddApertiumTranslation(o => o.ApyUrl = apy.Url);
        return services.BuildServiceProvider().GetRequiredService<ITranslationEngine>();
    }

    [Fact]
    public async Task AddApertiumTranslation_WithApyUrl_RegistersApyEngine()
    {
        var engine = Engine();
        Assert.IsType<ApertiumApyEngine>(Assert.IsType<ConcurrencyLimitedEngine>(engine).Inner);
        var pairs = await engine.GetPairsAsync(TestContext.Current.CancellationToken);
        Assert.Contains(LanguagePair.Parse("fr->es"), pairs);
        Assert.Contains(LanguagePair.Parse("fr->ca"), pairs);
        Assert.DoesNotContain(pairs, p => p.Target.Value.Contains('_', StringComparison.Ordinal));
    }

    [Fact]
    public async Task TranslateAsync_Article_OneRequestSameResultAsCommand()
    {
        var segments = new[] { "Le consortium ZQ1Z investit.", "La <a href=\"https://example.org/x\">maison</a> blanche", "Il a dit « oui »." };
        var batch = new TranslationBatch(LanguagePair.Parse("fr->es"), segments);
        var viaApy = await Engine().TranslateAsync(batch, TestContext.Current.CancellationToken);
        var viaCommand = await new ApertiumCommandEngine(new ApertiumOptions()).TranslateAsync(batch, TestContext.Current.CancellationToken);

        Assert.True(viaApy.IsSuccess, viaApy.Failure?.Message);
        Assert.Equal(1, viaApy.Cost.Calls);
        Assert.Equal(viaCommand.Segments, viaApy.Segments);
        Assert.Contains("<a href=\"https://example.org/x\">", viaApy.Segments[1], StringComparison.Ordinal);
        Assert.Contains("ZQ1Z", viaApy.Segments[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslateAsync_PairNotServed_PermanentFailure()
    {
        var result = await Engine().TranslateAsync(new TranslationBatch(LanguagePair.Parse("fr->ja"), ["Bonjour"]), TestContext.Current.CancellationToken);
        Assert.Equal(FailureKind.Permanent, result.Failure?.Kind);
    }

    [Fact]
    public async Task ArticleTranslator_ThroughApy_KeepsProtectedSpans()
    {
        var translator = new ArticleTranslator(new TranslationEngineRegistry([Engine()]), new DictionaryTranslationMemory(), TimeProvider.System);
        var article = new ExtractedArticle
        {
            Title = "SoftBank investit 100 milliards",
            Language = LanguageTag.Parse("fr"),
            Blocks = [new ArticleBlock(BlockType.Paragraph, "Le 23 janvier 2025, Sam Altman a dit : « 1 000 sites ».")],
        };
        var result = await translator.TranslateAsync(new ArticleTranslationRequest(article, LanguageTag.Parse("es")), TestContext.Current.CancellationToken);

        Assert.True(result.IsComplete, string.Join("; ", result.Failures));
        Assert.Matches("^SoftBank \\p{Ll}+ 100 mil millones$", result.Article.Title);
        Assert.Contains("El 23 de enero de 2025, Sam Altman", result.Article.Blocks[0].Text, StringComparison.Ordinal);
        Assert.Contains("dicho: «1000", result.Article.Blocks[0].Text, StringComparison.Ordinal);
    }
}
