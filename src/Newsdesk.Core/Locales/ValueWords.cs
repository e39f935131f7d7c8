namespace Newsdesk.Locales;

/// <summary>
/// The words with which a language writes values around its figures: percent, the hour, age, ranges, scores and
/// ordinals. <see cref="NumberReader"/> reads a text's values with them, so that "8h30" and "8:30 Uhr", "trentenaire"
/// and "30-jährige", "2-1" and "1:2" can be compared as values rather than as digit strings.
/// </summary>
public sealed record ValueWords
{
    /// <summary>Words for "percent" after a number ("Prozent", "pour cent", "por ciento"); the sign % is read in every language.</summary>
    public IReadOnlyList<string> Percent { get; init; } = [];

    /// <summary>Words that mark a time of day after the figures ("Uhr", "h", "heures", "horas", "uur").</summary>
    public IReadOnlyList<string> Hour { get; init; } = [];

    /// <summary>True when a time may be written with a 12-hour clock and "am"/"pm" (English).</summary>
    public bool TwelveHourClock { get; init; }

    /// <summary>Endings glued to an age in figures ("30-jährige", "30-year-old", "30-jarige").</summary>
    public IReadOnlyList<string> AgeSuffixes { get; init; } = [];

    /// <summary>Words for a person of a decade of age ("trentenaire" = 30, "octogenario" = 80).</summary>
    public IReadOnlyDictionary<string, int> AgeDecades { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// How a range is written with words: a word before the first number (may be empty) and one between the numbers
    /// ("entre … et", "zwischen … und", "de … à", "… bis").
    /// </summary>
    public IReadOnlyList<(string Before, string Between)> Ranges { get; init; } = [];

    /// <summary>Words between the two figures of a score ("2 à 1", "2 zu 1", "2 a 1", "2 to 1").</summary>
    public IReadOnlyList<string> Score { get; init; } = [];

    /// <summary>Endings that make figures an ordinal ("1er", "2e", "3rd", "4.º", "5è"); German's full stop is <see cref="OrdinalDeterminers"/>.</summary>
    public IReadOnlyList<string> OrdinalSuffixes { get; init; } = [];

    /// <summary>Words after which "N." is an ordinal (German "der 3. Platz", "zum 5. Mal"); empty where the full stop only ends sentences.</summary>
    public IReadOnlyList<string> OrdinalDeterminers { get; init; } = [];

    /// <summary>Ordinals written as words, every form (gender, number) listed ("premier", "première" = 1).</summary>
    public IReadOnlyDictionary<string, int> OrdinalWords { get; init; } = new Dictionary<string, int>();
}
