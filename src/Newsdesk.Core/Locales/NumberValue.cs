namespace Newsdesk.Locales;

/// <summary>
/// One reading of a figure in a text. <see cref="First"/> is the value (for a date the day, for a time the minutes
/// after midnight); <see cref="Second"/> is a score's or a range's second figure, a date's month, the top of a decade
/// of age, or the same time on the other half of a 12-hour clock; <see cref="Third"/> is a date's year.
/// </summary>
public sealed record NumberValue(NumberValueKind Kind, double First, double? Second = null, double? Third = null)
{
    private const double Tolerance = 1e-9;

    /// <summary>
    /// True when the two readings state the same value, whatever the language wrote them in: a count, an age and an
    /// ordinal agree on the same number (an age of a decade on any number in it); a score agrees with its figures in
    /// either order; a date agrees when day and month do and the years (when both are written, two-digit years by
    /// their last two digits) do; a time on a 12-hour clock without "am"/"pm" agrees with either half of the day.
    /// </summary>
    public bool Agrees(NumberValue other)
    {
        if (IsNumber(Kind) && IsNumber(other.Kind))
        {
            return Covers(this, other.First) || Covers(other, First);
        }
        if (Kind != other.Kind)
        {
            return false;
        }
        return Kind switch
        {
            NumberValueKind.Score => (Same(First, other.First) && Same(Second, other.Second))
                || (Same(First, other.Second) && Same(Second, other.First)),
            NumberValueKind.Date => Same(First, other.First) && Same(Second, other.Second)
                && (Third is null || other.Third is null || Same(Third.Value % 100, other.Third.Value % 100)),
            NumberValueKind.TimeOfDay => Same(First, other.First) || Same(Second, other.First) || Same(First, other.Second),
            _ => Same(First, other.First) && Same(Second, other.Second),
        };
    }

    private static bool IsNumber(NumberValueKind kind) => kind is NumberValueKind.Count or NumberValueKind.Age or NumberValueKind.Ordinal;

    /// <summary>An age of a decade covers every number of it; any other number only itself.</summary>
    private static bool Covers(NumberValue value, double number) =>
        value is { Kind: NumberValueKind.Age, Second: { } top } ? number >= value.First - Tolerance && number <= top + Tolerance : Same(value.First, number);

    private static bool Same(double a, double b) => Math.Abs(a - b) <= Tolerance * Math.Max(1, Math.Abs(a));

    private static bool Same(double? a, double? b) => a is null ? b is null : b is not null && Same(a.Value, b.Value);
}
