using System.Globalization;
using System.Text;

namespace Newsdesk.Fetching;

/// <summary>The robots.txt rules that apply to one user-agent (RFC 9309): longest match wins, Allow wins a tie.</summary>
public sealed class RobotsRules
{
    // RFC 9309 asks parsers to read at least 500 KiB; reading more only helps a hostile file.
    private const int MaxBytes = 500 * 1024;

    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsRules(List<(string Pattern, bool Allow)> rules, TimeSpan? crawlDelay)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
    }

    /// <summary>Everything allowed (no robots.txt, or a 4xx for it).</summary>
    public static RobotsRules AllowAll { get; } = new([], null);

    /// <summary>Everything disallowed (robots.txt unreachable: RFC 9309 says assume complete disallow).</summary>
    public static RobotsRules DisallowAll { get; } = new([("/", false)], null);

    /// <summary>The group's Crawl-delay, when it has one (a de-facto extension, not in RFC 9309).</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>Reads robots.txt for <paramref name="productToken"/>: its own groups if any name it, else the "*" groups.</summary>
    public static RobotsRules Parse(string text, string productToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Encoding.UTF8.GetByteCount(text) > MaxBytes)
        {
            text = text[..Math.Min(text.Length, MaxBytes)];
        }
        var token = productToken.Trim().ToLowerInvariant();
        var mine = new List<(string, bool)>();
        var star = new List<(string, bool)>();
        TimeSpan? mineDelay = null;
        TimeSpan? starDelay = null;
        bool foundMine = false, foundStar = false;
        var agents = new List<string>();
        var inRules = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key is "user-agent" or "useragent" or "user agent")
            {
                if (inRules)
                {
                    agents.Clear();
                    inRules = false;
                }
                var agent = value.Split('/')[0].Trim().ToLowerInvariant();
                agents.Add(agent);
                foundMine |= agent == token;
                foundStar |= agent == "*";
                continue;
            }
            if (key is not ("allow" or "disallow" or "crawl-delay"))
            {
                continue;
            }
            inRules = true;
            var forMine = agents.Contains(token);
            var forStar = agents.Contains("*");
            if (!forMine && !forStar)
            {
                continue;
            }
            if (key == "crawl-delay")
            {
                if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < 86400 * 365)
                {
                    var delay = TimeSpan.FromSeconds(seconds);
                    if (forMine)
                    {
                        mineDelay = delay;
                    }
                    if (forStar)
                    {
                        starDelay = delay;
                    }
                }
                continue;
            }
            if (value.Length == 0)
            {
                // "Disallow:" with no path allows everything; it adds no rule.
                continue;
            }
            var rule = (NormalisePattern(value), key == "allow");
            if (forMine)
            {
                mine.Add(rule);
            }
            if (forStar)
            {
                star.Add(rule);
            }
        }
        if (foundMine)
        {
            return new RobotsRules(mine, mineDelay);
        }
        return foundStar ? new RobotsRules(star, starDelay) : AllowAll;
    }

    /// <summary>Whether the path and query (as in <see cref="Uri.PathAndQuery"/>) may be fetched.</summary>
    public bool IsAllowed(string pathAndQuery)
    {
        var path = NormalisePattern(string.IsNullOrEmpty(pathAndQuery) ? "/" : pathAndQuery);
        if (path == "/robots.txt")
        {
            return true;
        }
        var bestLength = -1;
        var allowed = true;
        foreach (var (pattern, allow) in _rules)
        {
            if (pattern.Length < bestLength || !Matches(pattern, path))
            {
                continue;
            }
            if (pattern.Length > bestLength || allow)
            {
                allowed = pattern.Length > bestLength ? allow : allowed || allow;
                bestLength = pattern.Length;
            }
        }
        return allowed;
    }

    /// <summary>Wildcard match without regex (no backtracking blow-up): '*' any run, '$' at the end anchors.</summary>
    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var p = anchored ? pattern[..^1] : pattern;
        int pi = 0, si = 0, star = -1, mark = 0;
        while (si < path.Length)
        {
            if (pi < p.Length && p[pi] == '*')
            {
                star = pi++;
                mark = si;
            }
            else if (pi < p.Length && p[pi] == path[si])
            {
                pi++;
                si++;
            }
            else if (pi == p.Length && !anchored)
            {
                return true;
            }
            else if (star >= 0)
            {
                pi = star + 1;
                si = ++mark;
            }
            else
            {
                return false;
            }
        }
        while (pi < p.Length && p[pi] == '*')
        {
            pi++;
        }
        return pi == p.Length;
    }

    /// <summary>Percent-encodes non-ASCII and upper-cases escapes so patterns and paths compare alike.</summary>
    private static string NormalisePattern(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '%' && i + 2 < value.Length && Uri.IsHexDigit(value[i + 1]) && Uri.IsHexDigit(value[i + 2]))
            {
                sb.Append('%').Append(char.ToUpperInvariant(value[i + 1])).Append(char.ToUpperInvariant(value[i + 2]));
                i += 2;
            }
            else if (c > 127)
            {
                var length = char.IsHighSurrogate(c) && i + 1 < value.Length ? 2 : 1;
                foreach (var b in Encoding.UTF8.GetBytes(value.Substring(i, length)))
                {
                    sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }
                i += length - 1;
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
