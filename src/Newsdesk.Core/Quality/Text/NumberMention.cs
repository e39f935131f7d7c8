namespace Newsdesk.Quality.Text;

/// <summary>A number found in a text: digits or a number word, with its magnitude word and unit when present.</summary>
/// <param name="Span">The whole mention ("500 Milliarden US-Dollar").</param>
/// <param name="NumberSpan">The digits or the number word alone ("500").</param>
/// <param name="Values">Possible readings of the digits (an ambiguous "1.500" is 1500 or 1.5).</param>
/// <param name="Magnitude">1, or the factor of a magnitude word ("Milliarden" = 1e9).</param>
/// <param name="MagnitudeSpan">Where the magnitude word is, if there is one.</param>
/// <param name="Unit">Normalised currency or unit ("USD", "EUR", "%"), or null.</param>
/// <param name="IsWord">The number is written as a word ("zwei", "soixantaine").</param>
/// <param name="Digits">The digits without separators, for exact comparison of codes and years.</param>
public sealed record NumberMention(
    TextSpan Span,
    TextSpan NumberSpan,
    IReadOnlyList<double> Values,
    double Magnitude,
    TextSpan? MagnitudeSpan,
    string? Unit,
    bool IsWord,
    string Digits)
{
    public bool HasMagnitude => Magnitude > 1;

    /// <summary>Whether any reading of this mention equals any reading of the other, magnitudes applied.</summary>
    public bool SameAmount(NumberMention other)
    {
        foreach (var a in Values)
        {
            foreach (var b in other.Values)
            {
                if (Close(a * Magnitude, b * other.Magnitude))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Whether the bare numbers (magnitudes ignored) are equal in some reading.</summary>
    public bool SameBareValue(NumberMention other)
    {
        foreach (var a in Values)
        {
            foreach (var b in other.Values)
            {
                if (Close(a, b))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));
}
