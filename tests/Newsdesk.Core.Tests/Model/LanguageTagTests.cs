using Newsdesk.Model;

namespace Newsdesk.Tests.Model;

public class LanguageTagTests
{
    [Theory]
    [InlineData("de", "de")]
    [InlineData("DE-ch", "de-CH")]
    [InlineData("fr_FR", "fr-FR")]
    [InlineData("zh-hant-tw", "zh-Hant-TW")]
    public void Parse_VariousCasings_Normalises(string input, string expected)
    {
        Assert.Equal(expected, LanguageTag.Parse(input).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("d")]
    [InlineData("deutsch-de")]
    [InlineData("de-")]
    [InlineData("12")]
    public void TryParse_NotATag_ReturnsFalse(string input)
    {
        Assert.False(LanguageTag.TryParse(input, out _));
    }

    [Fact]
    public void Region_TagWithRegion_ReturnsRegion()
    {
        Assert.Equal("CH", LanguageTag.Parse("de-CH").Region);
        Assert.Null(LanguageTag.Parse("de").Region);
        Assert.Equal("de", LanguageTag.Parse("de-CH").Language);
    }
}
