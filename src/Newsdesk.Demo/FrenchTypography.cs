using System.Text.RegularExpressions;

namespace Newsdesk.Demo;

/// <summary>Applies French typography to authored text, so content files can be typed with ordinary spaces and
/// straight apostrophes: a no-break space (U+00A0) inside « guillemets », before : ; ! ? % and €, and between
/// thousands groups (1 250 000); a typographic apostrophe (’) for '. Link targets are left alone.</summary>
public static partial class FrenchTypography
{
    public const char NoBreakSpace = '\u00A0';

    public static string Apply(string markup)
    {
        // Link targets "](...)" may contain characters the rules would change; keep them verbatim.
        var parts = LinkTarget().Split(markup);
        var targets = LinkTarget().Matches(markup);
        var result = new System.Text.StringBuilder(markup.Length);
        for (var i = 0; i < parts.Length; i++)
        {
            result.Append(ApplyToText(parts[i]));
            if (i < targets.Count)
            {
                result.Append(targets[i].Value);
            }
        }
        return result.ToString();
    }

    private static string ApplyToText(string text)
    {
        text = text.Replace('\'', '’');
        text = AfterOpeningGuillemet().Replace(text, "«\u00A0");
        text = BeforeClosingPunctuation().Replace(text, "\u00A0$1");
        // Twice: each pass joins every other group of "1 250 000".
        text = ThousandsGroup().Replace(text, "$1\u00A0$2");
        return ThousandsGroup().Replace(text, "$1\u00A0$2");
    }

    [GeneratedRegex(@"\]\([^)\s]*\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"«[ \u00A0\u202F]*")]
    private static partial Regex AfterOpeningGuillemet();

    [GeneratedRegex(@"[ \u00A0\u202F]*([»:;!?%€])(?=[\s,.)»…]|$)")]
    private static partial Regex BeforeClosingPunctuation();

    [GeneratedRegex(@"(?<![\d,])(\d{1,3}) (\d{3})(?!\d)")]
    private static partial Regex ThousandsGroup();
}
