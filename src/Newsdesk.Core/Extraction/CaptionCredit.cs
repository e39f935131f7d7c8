using System.Text.RegularExpressions;

namespace Newsdesk.Extraction;

/// <summary>Cuts image credits ("Foto: dpa", "© AFP", "Photo : Reuters") off the end of a caption.</summary>
internal static partial class CaptionCredit
{
    [GeneratedRegex(@"\s*[(\[|/–-]?\s*(?:©|\(c\)|(?:Fotos?|Bild(?:er)?|Bildquelle|Quelle|Photos?|Crédits?(?: photo)?|Credits?|Image|Source|Foto ?credit|Copyright)\s*:)\s*[^!?:]{0,80}[)\]]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCredit();

    /// <summary>"(REUTERS/Jane Doe)", "(Foto: dpa)", "(AFP)": a parenthesised agency or photographer at the end.</summary>
    [GeneratedRegex(@"\s*\((?:[^()]{0,60}/[^()]{0,60}|(?:Fotos?|Bild|Photos?|Crédito|Credit|Image|Quelle|Source)\b[^()]{0,60}|AFP|AP|dpa|Reuters|REUTERS|Getty Images|EPA|KEYSTONE|imago)\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingParenthesisedCredit();

    /// <summary>A photo credit that only an image caption ends with: "© Getty Images", "(Foto: dpa)", "| Photo : AFP", "(x / iStock.com)".</summary>
    [GeneratedRegex(@"(?:©|\b(?:Fotos?|Bild|Bildquelle|Photos?|Crédits? photo|Photo credit|Foto ?credit)\s?:|\b(?:Getty ?Images|iStock(?:photo)?|Shutterstock|imago images|picture[ -]alliance|Adobe ?Stock)\b)[^!?]{0,80}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCreditEnd();

    /// <summary>
    /// A short paragraph ending with a photo credit is the caption of an image, whatever its markup; agency
    /// datelines such as "(dpa)" at the end of a story are not photo credits and do not count.
    /// </summary>
    public static bool EndsWithPhotoCredit(string text) => text.Length <= 400 && PhotoCreditEnd().IsMatch(text);

    public static string StripCredit(string caption)
    {
        caption = TrailingParenthesisedCredit().Replace(caption, "");
        var match = TrailingCredit().Match(caption);
        if (!match.Success)
        {
            return caption;
        }
        var cut = caption[..match.Index].TrimEnd(' ', '|', '/', '–', '-', '(', '[');
        return cut;
    }
}
