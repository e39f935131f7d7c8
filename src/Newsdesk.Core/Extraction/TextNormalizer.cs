using System.Text;

namespace Newsdesk.Extraction;

/// <summary>Whitespace normalisation shared by the extraction steps.</summary>
internal static class TextNormalizer
{
    /// <summary>Collapses runs of whitespace (including no-break spaces) into one space, drops zero-width characters, trims, composes (NFC).</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (IsInvisible(c))
            {
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        var result = builder.ToString();
        return result.IsNormalized() ? result : result.Normalize();
    }

    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u00A0';

    /// <summary>Zero-width characters that carry nothing; soft hyphens stay, they are part of the text as published.</summary>
    public static bool IsInvisible(char c) => c is '\u200B' or '\u2060' or '\uFEFF';
}
