using Newsdesk.Locales;

namespace Newsdesk.Tests.Locales;

public class ExonymsTests
{
    [Theory]
    [InlineData("La Haye", "fr", "de", "Den Haag")]
    [InlineData("la haye", "fr", "en", "The Hague")]
    [InlineData("Genève", "fr", "es", "Ginebra")]
    [InlineData("Haram ach-Charif", "fr", "de", "Al-Scharif")]
    public void FormsOf_ListedName_GivesTheTargetLanguageForms(string name, string from, string to, string expected)
    {
        Assert.Contains(expected, Exonyms.Default.FormsOf(name, from, to));
    }

    [Fact]
    public void FormsOf_UnlistedName_IsEmpty()
    {
        Assert.Empty(Exonyms.Default.FormsOf("Villeurbanne", "fr", "de"));
    }

    [Fact]
    public void Constructor_CellWithoutLanguage_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => new Exonyms(["fr=Genève; Genf"]));
    }
}
