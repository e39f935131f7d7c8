using Newsdesk.Model;

namespace Newsdesk.Quality.Text;

/// <summary>The typographic and number conventions of one target locale.</summary>
public sealed record LocaleConventions
{
    public required string Language { get; init; }
    public required string Locale { get; init; }
    /// <summary>Primary quotation marks.</summary>
    public required string QuoteOpen { get; init; }
    public required string QuoteClose { get; init; }
    /// <summary>Quotation mark pairs that are also correct in this locale (nested quotes, book style).</summary>
    public IReadOnlyList<(char Open, char Close)> AcceptedPairs { get; init; } = [];
    public required char DecimalSeparator { get; init; }
    /// <summary>Group separators that are correct (the first is the preferred one).</summary>
    public required string GroupSeparators { get; init; }
    /// <summary>The language puts a (narrow) space before : ; ? ! and inside guillemets.</summary>
    public bool SpaceBeforeHighPunctuation { get; init; }
    /// <summary>A currency symbol follows the amount ("52.000 £") rather than preceding it.</summary>
    public bool CurrencySymbolAfterAmount { get; init; }

    public static LocaleConventions For(LanguageTag language, LanguageTag? locale)
    {
        var tag = locale ?? language;
        var lang = tag.Language;
        var region = tag.Region;
        return lang switch
        {
            "de" when region is "CH" or "LI" => new LocaleConventions
            {
                Language = "de", Locale = tag.Value, QuoteOpen = "«", QuoteClose = "»",
                AcceptedPairs = [('«', '»'), ('‹', '›')],
                DecimalSeparator = '.', GroupSeparators = "’'\u202F\u00A0 ", CurrencySymbolAfterAmount = true,
            },
            "de" => new LocaleConventions
            {
                Language = "de", Locale = tag.Value, QuoteOpen = "„", QuoteClose = "“",
                AcceptedPairs = [('„', '“'), ('‚', '‘'), ('»', '«'), ('›', '‹')],
                DecimalSeparator = ',', GroupSeparators = ".\u202F\u00A0 ", CurrencySymbolAfterAmount = true,
            },
            "fr" => new LocaleConventions
            {
                Language = "fr", Locale = tag.Value, QuoteOpen = "« ", QuoteClose = " »",
                AcceptedPairs = [('«', '»'), ('“', '”'), ('‹', '›')],
                DecimalSeparator = region == "CH" ? '.' : ',', GroupSeparators = "\u202F\u00A0 ’.",
                SpaceBeforeHighPunctuation = true, CurrencySymbolAfterAmount = true,
            },
            "es" => new LocaleConventions
            {
                Language = "es", Locale = tag.Value, QuoteOpen = "«", QuoteClose = "»",
                AcceptedPairs = [('«', '»'), ('“', '”'), ('‘', '’')],
                DecimalSeparator = region is "MX" or "US" ? '.' : ',', GroupSeparators = region is "MX" or "US" ? "," : ".\u202F\u00A0 ",
                CurrencySymbolAfterAmount = region is not ("MX" or "US"),
            },
            "it" => new LocaleConventions
            {
                Language = "it", Locale = tag.Value, QuoteOpen = "«", QuoteClose = "»",
                AcceptedPairs = [('«', '»'), ('“', '”'), ('‘', '’')],
                DecimalSeparator = ',', GroupSeparators = ".", CurrencySymbolAfterAmount = true,
            },
            "en" => new LocaleConventions
            {
                Language = "en", Locale = tag.Value, QuoteOpen = "“", QuoteClose = "”",
                AcceptedPairs = [('“', '”'), ('‘', '’'), ('"', '"')],
                DecimalSeparator = '.', GroupSeparators = ",",
            },
            _ => new LocaleConventions
            {
                Language = lang, Locale = tag.Value, QuoteOpen = "“", QuoteClose = "”",
                AcceptedPairs = [('“', '”'), ('„', '“'), ('«', '»'), ('»', '«'), ('‘', '’'), ('"', '"')],
                DecimalSeparator = ',', GroupSeparators = ".\u202F\u00A0 ",
            },
        };
    }
}
