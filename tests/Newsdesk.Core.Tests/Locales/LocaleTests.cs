using Newsdesk.Locales;
using Newsdesk.Model;

namespace Newsdesk.Tests.Locales;

public sealed class LocaleTests
{
    private static Locale L(string tag) => Locale.For(LanguageTag.Parse(tag));

    [Theory]
    [InlineData("de")]
    [InlineData("de-DE")]
    [InlineData("de-CH")]
    [InlineData("de-LI")]
    [InlineData("fr")]
    [InlineData("fr-FR")]
    [InlineData("fr-CH")]
    [InlineData("fr-CA")]
    [InlineData("en")]
    [InlineData("en-US")]
    [InlineData("en-GB")]
    [InlineData("es")]
    [InlineData("es-ES")]
    [InlineData("es-MX")]
    [InlineData("es-US")]
    [InlineData("ca")]
    [InlineData("it")]
    [InlineData("nl")]
    [InlineData("pt")]
    public void For_EveryLocaleOfTheDesk_IsWrittenOutWithDatesAndQuotes(string tag)
    {
        var locale = L(tag);

        Assert.True(locale.IsWrittenOut);
        Assert.Equal(tag, locale.Tag.Value);
        Assert.Equal(12, locale.Months.Count);
        Assert.Equal(7, locale.Weekdays.Count);
        Assert.NotNull(locale.DateReadingPattern);
        Assert.NotNull(locale.DateArticle);
        Assert.NotNull(locale.FormatDate(1, 1, 2025));
        Assert.Contains(locale.AcceptedQuotePairs, p => p.Open == locale.Quotes.Open[0] && p.Close == locale.Quotes.Close[0]);
    }

    [Theory]
    [InlineData("de-AT", "de")]
    [InlineData("de-LI", "de-CH")]
    [InlineData("fr-BE", "fr")]
    [InlineData("en-AU", "en-GB")]
    [InlineData("en-IE", "en-GB")]
    [InlineData("es-AR", "es")]
    [InlineData("pt-BR", "pt")]
    [InlineData("it-IT", "it")]
    public void For_RegionWithoutOwnRules_TakesItsLanguageOrRegionGroupUnderItsOwnTag(string tag, string rulesOf)
    {
        var locale = L(tag);
        var rules = L(rulesOf);

        Assert.Equal(tag, locale.Tag.Value);
        Assert.Equal(rules with { Tag = locale.Tag }, locale);
    }

    [Fact]
    public void For_LanguageOutsideTheTable_ReadsCultureDataAndLeavesQuotesAlone()
    {
        var polish = L("pl");

        Assert.False(polish.IsWrittenOut);
        Assert.Equal(",", polish.DecimalSeparator);
        Assert.Empty(polish.Months);
        Assert.Null(polish.DateReadingPattern);
        Assert.Equal("1 listopada 2026", polish.FormatDate(new DateOnly(2026, 11, 1)));
        Assert.Equal("09:05", polish.FormatTime(9, 5));
    }

    [Theory]
    [InlineData("de", "1234567", "5", "1.234.567,5")]
    [InlineData("de-CH", "1234567", "5", "1\u2019234\u2019567.5")]
    [InlineData("fr", "1234567", "5", "1\u202F234\u202F567,5")]
    [InlineData("fr-CH", "1234567", "5", "1\u202F234\u202F567,5")]
    [InlineData("en", "1234567", "5", "1,234,567.5")]
    [InlineData("es", "1234567", "5", "1.234.567,5")]
    [InlineData("es-MX", "1234567", "5", "1,234,567.5")]
    [InlineData("ca", "1234567", "5", "1.234.567,5")]
    [InlineData("it", "1234567", "5", "1.234.567,5")]
    [InlineData("nl", "1234567", "5", "1.234.567,5")]
    [InlineData("pt", "1234567", "5", "1.234.567,5")]
    [InlineData("es", "1234", null, "1234")]
    [InlineData("es", "12345", null, "12.345")]
    [InlineData("es-MX", "1234", null, "1,234")]
    [InlineData("de", "1234", null, "1.234")]
    public void FormatNumber_GroupedNumber_UsesTheLocaleSeparatorsAndGroupingRule(string tag, string digits, string? fraction, string expected) =>
        Assert.Equal(expected, L(tag).FormatNumber(digits, fraction, grouped: true));

    [Fact]
    public void FormatNumber_SourceDidNotGroup_StaysUngrouped() => Assert.Equal("2025", L("de").FormatNumber("2025", null, grouped: false));

    [Theory]
    [InlineData("de", "\u00A0", false)]
    [InlineData("de-CH", "\u00A0", false)]
    [InlineData("fr", "\u202F", false)]
    [InlineData("en", "", true)]
    [InlineData("es", "\u00A0", false)]
    [InlineData("es-MX", "", true)]
    [InlineData("ca", "\u00A0", false)]
    [InlineData("it", "\u00A0", false)]
    [InlineData("nl", "\u00A0", true)]
    [InlineData("pt", "\u00A0", false)]
    public void PercentAndCurrency_PerLocale(string tag, string percentSpace, bool symbolFirst)
    {
        var locale = L(tag);

        Assert.Equal(percentSpace, locale.PercentSpace);
        Assert.Equal(symbolFirst, locale.CurrencySymbolFirst);
    }

    [Theory]
    [InlineData("de", 9, 1.5, "Milliarden")]
    [InlineData("de", 9, 1, "Milliarde")]
    [InlineData("fr", 9, 1.5, "milliard")]
    [InlineData("fr", 9, 2, "milliards")]
    [InlineData("fr", 12, 3, "billions")]
    [InlineData("en", 9, 5, "billion")]
    [InlineData("en", 12, 1, "trillion")]
    [InlineData("es", 9, 500, "mil millones")]
    [InlineData("es", 6, 1, "millón")]
    [InlineData("ca", 9, 500, "mil milions")]
    [InlineData("it", 6, 12, "milioni")]
    [InlineData("nl", 9, 5, "miljard")]
    [InlineData("pt", 9, 1.6, "mil milhões")]
    [InlineData("pt", 6, 1, "milhão")]
    public void MagnitudeFor_Exponent_IsTheLocaleScaleWordAgreeingWithTheNumber(string tag, int exponent, double value, string expected) =>
        Assert.Equal(expected, L(tag).MagnitudeFor(exponent, (decimal)value));

    [Theory]
    [InlineData("de", 1, 3, 2025, "1. März 2025")]
    [InlineData("de-CH", 23, 1, null, "23. Januar")]
    [InlineData("fr", 1, 3, 2025, "1er mars 2025")]
    [InlineData("fr", 23, 1, 2025, "23 janvier 2025")]
    [InlineData("en", 1, 3, 2025, "March 1, 2025")]
    [InlineData("en", 1, 3, null, "March 1")]
    [InlineData("en-GB", 23, 1, 2025, "23 January 2025")]
    [InlineData("es", 23, 1, 2025, "23 de enero de 2025")]
    [InlineData("es-MX", 23, 1, 2025, "23 de enero de 2025")]
    [InlineData("ca", 2, 4, 2025, "2 d'abril de 2025")]
    [InlineData("ca", 2, 3, 2025, "2 de març de 2025")]
    [InlineData("ca", 2, 10, null, "2 d'octubre")]
    [InlineData("it", 23, 1, 2025, "23 gennaio 2025")]
    [InlineData("nl", 23, 1, 2025, "23 januari 2025")]
    [InlineData("pt", 23, 1, 2025, "23 de janeiro de 2025")]
    public void FormatDate_DayMonthYear_WithTheMonthName(string tag, int day, int month, int? year, string expected) =>
        Assert.Equal(expected, L(tag).FormatDate(day, month, year));

    [Theory]
    [InlineData("de", 25, 12, "25.12.2024")]
    [InlineData("de", 13, 1, "13.1.2024")]
    [InlineData("de-CH", 13, 1, "13.1.2024")]
    [InlineData("fr", 13, 1, "13/01/2024")]
    [InlineData("fr-CH", 13, 1, "13.01.2024")]
    [InlineData("fr-CA", 13, 1, "2024-01-13")]
    [InlineData("en", 13, 1, "1/13/2024")]
    [InlineData("en-GB", 13, 1, "13/01/2024")]
    [InlineData("es", 13, 1, "13/1/2024")]
    [InlineData("es-MX", 13, 1, "13/01/2024")]
    [InlineData("ca", 13, 1, "13/1/2024")]
    [InlineData("it", 13, 1, "13/01/2024")]
    [InlineData("nl", 13, 1, "13-1-2024")]
    [InlineData("pt", 13, 1, "13/01/2024")]
    public void FormatNumericDate_Figures_InTheLocaleOrder(string tag, int day, int month, string expected) =>
        Assert.Equal(expected, L(tag).FormatNumericDate(day, month, 2024));

    [Theory]
    [InlineData("en", true)]
    [InlineData("en-US", true)]
    [InlineData("en-GB", false)]
    [InlineData("de", false)]
    [InlineData("fr-CA", false)]
    [InlineData("es-US", false)]
    public void WritesMonthFirst_OnlyAmericanEnglish(string tag, bool expected) => Assert.Equal(expected, L(tag).WritesMonthFirst);

    [Theory]
    [InlineData("de", 9, 5, "09:05")]
    [InlineData("de", 21, 30, "21:30")]
    [InlineData("fr", 9, 5, "09:05")]
    [InlineData("fr-CA", 9, 5, "9 h 05")]
    [InlineData("en", 21, 30, "9:30 PM")]
    [InlineData("en-GB", 21, 30, "21:30")]
    [InlineData("es", 9, 5, "9:05")]
    [InlineData("es-MX", 9, 5, "09:05")]
    [InlineData("ca", 9, 5, "9:05")]
    [InlineData("it", 9, 5, "09:05")]
    [InlineData("nl", 9, 5, "09:05")]
    [InlineData("pt", 9, 5, "09:05")]
    public void FormatTime_TimeOfDay_TheLocaleWay(string tag, int hour, int minute, string expected) =>
        Assert.Equal(expected, L(tag).FormatTime(hour, minute));

    [Theory]
    [InlineData("de", 3, "3.")]
    [InlineData("fr", 1, "1er")]
    [InlineData("fr", 2, "2e")]
    [InlineData("en", 1, "1st")]
    [InlineData("en", 2, "2nd")]
    [InlineData("en", 3, "3rd")]
    [InlineData("en", 4, "4th")]
    [InlineData("en", 11, "11th")]
    [InlineData("en", 12, "12th")]
    [InlineData("en", 13, "13th")]
    [InlineData("en", 21, "21st")]
    [InlineData("en", 22, "22nd")]
    [InlineData("es", 3, "3.º")]
    [InlineData("ca", 1, "1r")]
    [InlineData("ca", 2, "2n")]
    [InlineData("ca", 3, "3r")]
    [InlineData("ca", 4, "4t")]
    [InlineData("ca", 5, "5è")]
    [InlineData("it", 3, "3º")]
    [InlineData("nl", 3, "3e")]
    [InlineData("pt", 3, "3.º")]
    public void FormatOrdinal_Number_WithTheLocaleSuffix(string tag, int number, string expected) =>
        Assert.Equal(expected, L(tag).FormatOrdinal(number));

    [Theory]
    [InlineData("de", "„", "“", "‚", "‘", "")]
    [InlineData("de-CH", "«", "»", "‹", "›", "")]
    [InlineData("fr", "«", "»", "“", "”", "\u00A0")]
    [InlineData("fr-CH", "«", "»", "“", "”", "\u00A0")]
    [InlineData("en", "“", "”", "‘", "’", "")]
    [InlineData("es", "«", "»", "“", "”", "")]
    [InlineData("ca", "«", "»", "“", "”", "")]
    [InlineData("it", "«", "»", "“", "”", "")]
    [InlineData("nl", "“", "”", "‘", "’", "")]
    [InlineData("pt", "«", "»", "“", "”", "")]
    public void Quotes_PrimarySecondaryAndSpacing(string tag, string open, string close, string innerOpen, string innerClose, string space)
    {
        var quotes = L(tag).Quotes;

        Assert.Equal(new QuoteMarks(open, close, innerOpen, innerClose, space), quotes);
        Assert.Equal(open + space, quotes.OpenSpaced);
        Assert.Equal(space + close, quotes.CloseSpaced);
    }

    [Theory]
    [InlineData("fr", HighPunctuationSpacing.Required)]
    [InlineData("fr-FR", HighPunctuationSpacing.Required)]
    [InlineData("fr-BE", HighPunctuationSpacing.Required)]
    [InlineData("fr-CH", HighPunctuationSpacing.Optional)]
    [InlineData("fr-CA", HighPunctuationSpacing.Optional)]
    [InlineData("de", HighPunctuationSpacing.None)]
    [InlineData("en", HighPunctuationSpacing.None)]
    [InlineData("es", HighPunctuationSpacing.None)]
    public void HighPunctuation_SpaceBeforeColonAndQuestionMark_OnlyInFrench(string tag, HighPunctuationSpacing expected) =>
        Assert.Equal(expected, L(tag).HighPunctuation);
}
