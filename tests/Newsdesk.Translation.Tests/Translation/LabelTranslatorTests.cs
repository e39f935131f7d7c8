using Newsdesk.Model;
using Newsdesk.Tests.Support;
using Newsdesk.Translation;
using Newsdesk.Translation.Apertium;

namespace Newsdesk.Tests.Translation;

/// <summary>Section and topic names through the real Apertium (fr->ca, fr->es) and the translation memory.</summary>
public sealed class LabelTranslatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("ca")]
    [InlineData("es")]
    public async Task TranslateAsync_SectionWords_EngineOnceThenMemory(string target)
    {
        var memory = new DictionaryTranslationMemory();
        var translator = new LabelTranslator(new TranslationEngineRegistry([new ApertiumCommandEngine(new ApertiumOptions())]), memory);
        var pair = new LanguagePair(LanguageTag.Parse("fr"), LanguageTag.Parse(target));
        string[] names = ["Économie", "Société", "Train de nuit", "Logement"];

        var first = await translator.TranslateAsync(pair, names, Ct);
        var puts = memory.Puts;
        var second = await translator.TranslateAsync(pair, [.. names, " Économie "], Ct);

        Assert.Null(first.Failure);
        Assert.Equal("apertium", first.Engine);
        Assert.Equal(names.Order(), first.Renderings.Keys.Order());
        // Each a word of the target language, capitalised as the section was: none left in French, no unknown-word mark.
        Assert.All(first.Renderings, kv =>
        {
            Assert.NotEqual(kv.Key, kv.Value);
            Assert.True(char.IsUpper(kv.Value[0]), kv.Value);
            Assert.DoesNotContain('*', kv.Value);
        });
        Assert.Equal(names.Length, puts);
        Assert.Equal(puts, memory.Puts); // the second call was answered by the memory
        Assert.Equal(first.Renderings, second.Renderings);
    }

    [Theory]
    [InlineData("economia", "Économie", "Economia")]
    [InlineData("*Logement", "Logement", "Logement")]
    [InlineData("Tren de nit.\n", "Train de nuit", "Tren de nit")]
    [InlineData("R&amp;D", "R&D", "R&D")]
    [InlineData("cultura", "culture", "cultura")]
    public void Clean_EngineAnswer_PlainNameCapitalisedAsTheSource(string answer, string source, string expected) =>
        Assert.Equal(expected, LabelTranslator.Clean(answer, source));
}
