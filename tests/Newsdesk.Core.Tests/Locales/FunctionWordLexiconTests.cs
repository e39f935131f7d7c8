using Newsdesk.Locales;

namespace Newsdesk.Tests.Locales;

public sealed class FunctionWordLexiconTests
{
    [Theory]
    [InlineData("de", "und")]
    [InlineData("fr", "les")]
    [InlineData("en", "the")]
    [InlineData("es", "los")]
    [InlineData("it", "della")]
    [InlineData("pt", "não")]
    [InlineData("nl", "het")]
    [InlineData("ca", "amb")]
    public void Lines_EveryLanguage_HasAnEmbeddedListWithItsCommonestWords(string language, string word)
    {
        Assert.NotEmpty(FunctionWordLexicon.Lines($"function-words.{language}.txt"));
        Assert.True(FunctionWordLexicon.Shared.Contains(language, word));
        Assert.True(FunctionWordLexicon.Shared.Contains(language, word.ToUpperInvariant()));
    }

    [Fact]
    public void Lines_MissingFile_FailsLoudly() =>
        Assert.Throws<InvalidOperationException>(() => FunctionWordLexicon.Lines("function-words.xx.txt"));
}
