using System.Globalization;
using System.Text;

namespace Newsdesk.Text;

/// <summary>Case and accent folding for comparing words across languages and spellings ("État" and "etat").</summary>
public static class TextFolding
{
    /// <summary>Lower case without combining marks: "Bänkerin" -> "bankerin", "Tokayev" stays "tokayev".</summary>
    public static string Fold(string s)
    {
        string d;
        try
        {
            d = s.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            return s.ToLowerInvariant(); // a lone surrogate: nothing to decompose that matters for comparison
        }
        var b = new StringBuilder(d.Length);
        foreach (var c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                b.Append(char.ToLowerInvariant(c));
            }
        }
        return b.ToString();
    }
}
