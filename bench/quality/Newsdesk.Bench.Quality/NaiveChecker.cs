using System.Text.RegularExpressions;

namespace Newsdesk.Bench.Quality;

/// <summary>
/// The peer: a naive rule checker of the kind the gate replaces (a handful of regular expressions over the whole
/// text: foreign quotes, French spacing, a few widget labels, digits of source vs target). Same work shape, no analysis.
/// </summary>
internal static partial class NaiveChecker
{
    [GeneratedRegex(@"[«»]|\s[:;?!]")]
    private static partial Regex Typography();

    [GeneratedRegex(@"(?im)^(Lesen Sie auch|Related News|Werbung|Kommentare|Abonnieren Sie).*$")]
    private static partial Regex Widgets();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    public static int Check(string? source, string target)
    {
        var n = Typography().Count(target) + Widgets().Count(target);
        if (source is not null)
        {
            var s = new HashSet<string>(Digits().Matches(source).Select(m => m.Value));
            n += Digits().Matches(target).Count(m => !s.Contains(m.Value));
        }
        return n;
    }
}
