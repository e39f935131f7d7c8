namespace Newsdesk.Locales;

/// <summary>A word that scales a number ("milliard" = 10^9), as written in one language.</summary>
/// <param name="Exponent">Power of ten: 6 for a million, 9 for a (French) milliard / (English) billion.</param>
/// <param name="Singular">Form after 1 ("Milliarde", "milliard", "billion").</param>
/// <param name="Plural">Form after other numbers ("Milliarden", "milliards", "billion").</param>
/// <param name="Alternates">Other spellings recognised in source text (abbreviations such as "Mrd.", "bn").</param>
public sealed record MagnitudeWord(int Exponent, string Singular, string Plural, params string[] Alternates)
{
    public IEnumerable<string> AllForms => new[] { Singular, Plural }.Concat(Alternates).Distinct(StringComparer.Ordinal);
}
