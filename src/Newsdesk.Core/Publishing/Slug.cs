using System.Globalization;
using System.Text;

namespace Newsdesk.Publishing;

/// <summary>URL slugs: lower-case ASCII letters and digits joined by single hyphens ("États-Unis" → "etats-unis").</summary>
public static class Slug
{
    /// <summary>Makes a slug of at most <paramref name="maxLength"/> characters, cut at a word boundary.</summary>
    public static string From(string? text, int maxLength = 80)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var lower = c switch
            {
                'ß' => "ss",
                'æ' or 'Æ' => "ae",
                'œ' or 'Œ' => "oe",
                'ø' or 'Ø' => "o",
                'ł' or 'Ł' => "l",
                'đ' or 'Đ' => "d",
                _ => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c).ToString() : null,
            };
            if (lower is null)
            {
                pendingHyphen = sb.Length > 0;
                continue;
            }
            if (pendingHyphen)
            {
                sb.Append('-');
                pendingHyphen = false;
            }
            sb.Append(lower);
        }
        if (sb.Length <= maxLength)
        {
            return sb.ToString();
        }
        var cut = sb.ToString(0, maxLength);
        var lastHyphen = cut.LastIndexOf('-');
        return lastHyphen > maxLength / 2 ? cut[..lastHyphen] : cut.TrimEnd('-');
    }
}
