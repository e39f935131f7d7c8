using Newsdesk.Tests.Support;
using Newsdesk.Translation;

namespace Newsdesk.Tests.Translation;

public sealed class TranslationEngineRegistryTests
{
    private sealed class BrokenEngine : ITranslationEngine
    {
        public string Name => "deepl";
        public EngineCapabilities Capabilities { get; } = new();
        public Task<IReadOnlyCollection<LanguagePair>> GetPairsAsync(CancellationToken cancellationToken) =>
            throw new HttpRequestException("Connection refused");
        public Task<EngineResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    [Fact]
    public async Task ResolveAsync_ApertiumHasPair_PreferredOverEarlierRegisteredEngine()
    {
        var registry = new TranslationEngineRegistry([new ScriptedEngine("openai", "fr->es"), new ScriptedEngine("apertium", "fr->es")]);
        var engine = await registry.ResolveAsync(LanguagePair.Parse("fr->es"), null, TestContext.Current.CancellationToken);
        Assert.Equal("apertium", engine.Name);
    }

    [Fact]
    public async Task ResolveAsync_ApertiumLacksPair_FallsBackToNextEngine()
    {
        var registry = new TranslationEngineRegistry([new ScriptedEngine("apertium", "fr->es"), new ScriptedEngine("deepl", "fr->de")]);
        var engine = await registry.ResolveAsync(LanguagePair.Parse("fr->de-CH"), null, TestContext.Current.CancellationToken);
        Assert.Equal("deepl", engine.Name);
    }

    [Fact]
    public async Task ResolveAsync_ExplicitEngine_WinsOverPreference()
    {
        var registry = new TranslationEngineRegistry([new ScriptedEngine("apertium", "fr->es"), new ScriptedEngine("deepl", "fr->es")]);
        var engine = await registry.ResolveAsync(LanguagePair.Parse("fr->es"), "DeepL", TestContext.Current.CancellationToken);
        Assert.Equal("deepl", engine.Name);
    }

    [Fact]
    public async Task ResolveAsync_ExplicitEngineWithoutPair_ErrorNamesItsPairs()
    {
        var registry = new TranslationEngineRegistry([new ScriptedEngine("apertium", "fr->es", "fr->ca")]);
        var error = await Assert.ThrowsAsync<TranslationUnavailableException>(() =>
            registry.ResolveAsync(LanguagePair.Parse("fr->de"), "apertium", TestContext.Current.CancellationToken));
        Assert.Equal("Engine apertium does not translate fr->de. It translates: fr->ca, fr->es.", error.Message);
    }

    [Fact]
    public async Task ResolveAsync_UnknownEngineName_ErrorListsInstalledEngines()
    {
        var registry = new TranslationEngineRegistry([new ScriptedEngine("apertium", "fr->es")]);
        var error = await Assert.ThrowsAsync<TranslationUnavailableException>(() =>
            registry.ResolveAsync(LanguagePair.Parse("fr->es"), "google", TestContext.Current.CancellationToken));
        Assert.Equal("No translation engine named 'google'. Installed: apertium.", error.Message);
    }

    [Fact]
    public async Task ResolveAsync_UnreachableEngine_ListedWithItsErrorWhileOthersStillServe()
    {
        var registry = new TranslationEngineRegistry([new BrokenEngine(), new ScriptedEngine("apertium", "fr->es")]);
        Assert.Equal("apertium", (await registry.ResolveAsync(LanguagePair.Parse("fr->es"), null, TestContext.Current.CancellationToken)).Name);
        var error = await Assert.ThrowsAsync<TranslationUnavailableException>(() =>
            registry.ResolveAsync(LanguagePair.Parse("fr->de"), null, TestContext.Current.CancellationToken));
        Assert.Equal("No engine translates fr->de. Installed: apertium fr->es; deepl (pairs unavailable: Connection refused).", error.Message);
    }

    [Fact]
    public void Constructor_TwoEnginesSameName_Refused() =>
        Assert.Throws<ArgumentException>(() => new TranslationEngineRegistry([new ScriptedEngine("apertium"), new ScriptedEngine("Apertium")]));
}
