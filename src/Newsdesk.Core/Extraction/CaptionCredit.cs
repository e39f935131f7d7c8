using System.Text.RegularExpressions;

namespace Newsdesk.Extraction;

/// <summary>Cuts image credits ("Foto: dpa", "© AFP", "Photo : Reuters") off the end of a caption.</summary>
internal static partial class CaptionCredit
{
    [GeneratedRegex(@"\s*[(\[|/–-]?\s*(?:©|\(c\)|(?:Fotos?|Bild(?:er)?|Bildquelle|Quelle|Photos?|Crédits?(?: photo)?|Credits?|Image|Source|Foto ?credit|Copyright)\s*:)\s*[^!?:]{0,80}[)\]]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCredit();

    public static string StripCredit(string caption)
    {
        var match = TrailingCredit().Match(caption);
        if (!match.Success)
        {
            return caption;
        }
        var cut = caption[..match.Index].TrimEnd(' ', '|', '/', '–', '-', '(', '[');
        return cut;
    }
}
