namespace Newsdesk.Demo.Tests;

public sealed class FrenchTypographyTests
{
    [Theory]
    [InlineData("« Ils n'ont pas l'argent »", "«\u00A0Ils n’ont pas l’argent\u00A0»")]
    [InlineData("«Serré»", "«\u00A0Serré\u00A0»")]
    [InlineData("Pourquoi ? Parce que ! Voici : la liste ; fin", "Pourquoi\u00A0? Parce que\u00A0! Voici\u00A0: la liste\u00A0; fin")]
    [InlineData("une hausse de 3,5 % et 12 €.", "une hausse de 3,5\u00A0% et 12\u00A0€.")]
    [InlineData("1 250 000 habitants et 1 000 000 000 d'euros", "1\u00A0250\u00A0000 habitants et 1\u00A0000\u00A0000\u00A0000 d’euros")]
    [InlineData("en 2026 et à 18:42, le score 84-79", "en 2026 et à 18:42, le score 84-79")]
    [InlineData("En 2019, 300 salariés", "En 2019, 300 salariés")]
    public void Apply_AuthoredText_UsesFrenchSpacingAndApostrophes(string authored, string expected)
    {
        Assert.Equal(expected, FrenchTypography.Apply(authored));
    }

    [Fact]
    public void Apply_LinkTarget_IsLeftAlone()
    {
        Assert.Equal("[l’article](https://example.org/a?b=1) !", FrenchTypography.Apply("[l'article](https://example.org/a?b=1) !").Replace("\u00A0!", " !", StringComparison.Ordinal));
        Assert.Contains("(https://example.org/it's)", FrenchTypography.Apply("[x](https://example.org/it's)"), StringComparison.Ordinal);
    }
}
