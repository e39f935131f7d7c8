using System.Text.RegularExpressions;

namespace Newsdesk.Extraction;

/// <summary>
/// WordPress shortcodes a site printed instead of rendering ("[caption id=… width=640]&lt;img …&gt; The hall. Credits: X[/caption]",
/// "[gallery ids=…]", "[embed]…[/embed]"). A caption shortcode becomes the figure it stands for, so that its caption and
/// credit are read as an image's; the other shortcode tags are dropped, keeping what they enclose.
/// </summary>
internal static partial class Shortcodes
{
    [GeneratedRegex(@"\[caption\b[^\]]{0,300}\]\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?)(.{0,600}?)\[/caption\]", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionWithImage();

    [GeneratedRegex(@"\[/?(?:caption|gallery|embed|video|audio|playlist|wp_caption)\b[^\]]{0,300}\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherTag();

    public static string Render(string html)
    {
        if (html.IndexOf("[caption", StringComparison.OrdinalIgnoreCase) < 0 && html.IndexOf("[gallery", StringComparison.OrdinalIgnoreCase) < 0
            && html.IndexOf("[embed", StringComparison.OrdinalIgnoreCase) < 0 && html.IndexOf("[/", StringComparison.Ordinal) < 0)
        {
            return html;
        }
        html = CaptionWithImage().Replace(html, "<figure>$1<figcaption>$2</figcaption></figure>");
        return OtherTag().Replace(html, "");
    }
}
