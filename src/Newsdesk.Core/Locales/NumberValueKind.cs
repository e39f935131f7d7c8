namespace Newsdesk.Locales;

/// <summary>What a figure in a text stands for.</summary>
public enum NumberValueKind
{
    /// <summary>A quantity or amount, magnitude words applied ("1,5 milliard" = 1.5e9).</summary>
    Count,

    /// <summary>A percentage ("3,5 %", "3.5 percent").</summary>
    Percentage,

    /// <summary>A time of day, in minutes after midnight ("8h30", "8:30 Uhr" = 510).</summary>
    TimeOfDay,

    /// <summary>A calendar date: day, month and (when written) year ("05/05/2016", "5. Mai").</summary>
    Date,

    /// <summary>A score or result: two figures whose order a translation may swap ("2-1", "1:2").</summary>
    Score,

    /// <summary>A range from one figure to another ("10 à 15", "zwischen 10 und 15", "10-15").</summary>
    Range,

    /// <summary>An age in years, or a decade of age for words such as "trentenaire".</summary>
    Age,

    /// <summary>An ordinal ("1er", "3.", "3rd", "troisième").</summary>
    Ordinal,
}
