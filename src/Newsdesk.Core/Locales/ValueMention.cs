namespace Newsdesk.Locales;

/// <summary>A figure (or a value written in words) found in a text: where it stands and what it may mean, likeliest reading first.</summary>
/// <param name="Start">Index of its first character.</param>
/// <param name="End">Index after its last character.</param>
/// <param name="Values">Its readings: one, or several where the writing is ambiguous ("1.500" is 1500 or 1.5; "1-2" a score or a range).</param>
public sealed record ValueMention(int Start, int End, IReadOnlyList<NumberValue> Values)
{
    /// <summary>True when some reading of this mention agrees with some reading of the other.</summary>
    public bool Agrees(ValueMention other) => Values.Any(v => other.Values.Any(v.Agrees));
}
