using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Newsdesk.Text;

namespace Newsdesk.Ingest;

/// <summary>Normalises story URLs so the same story reached through different links is stored once: lower-case scheme
/// and host, no default port, no fragment, no tracking parameters, sorted query, AMP and mobile variants mapped to the
/// main site; and decides whether a page's own rel=canonical / og:url may be trusted.</summary>
public static class UrlCanonicalizer
{
    // Parameters that only say how a reader arrived. Dropping them never changes which story a URL shows.
    private static readonly HashSet<string> Tracking = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id",
        "mc_cid", "mc_eid", "igshid", "igsh", "_ga", "_gl", "_hsenc", "_hsmi", "__hssc", "__hstc", "__hsfp", "hsctatracking",
        "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "vero_conv", "wickedid", "s_cid", "cmpid", "ito", "xtor",
        "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "ocid", "smid", "smtyp", "sr_share",
        "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4", "at_send_date", "at_ptr_name",
        "ref_src", "ref_url", "spm",
    };

    // Dropped only when the URL has a path of its own: on a bare home page they might select content.
    private static readonly HashSet<string> TrackingOnArticles = new(StringComparer.OrdinalIgnoreCase) { "ref", "source", "from", "rss", "share" };

    private static readonly string[] VariantPrefixes = ["m.", "mobile.", "amp."];

    /// <summary>The canonical form of an absolute http(s) URL; null when the text is not one (or its canonical form is
    /// longer than <see cref="FieldLimits.Url"/>). Never throws, whatever the text.</summary>
    public static Uri? TryCanonicalize(string? url, Uri? baseUrl = null) => TryCanonicalize(url, baseUrl, out _);

    /// <summary>As <see cref="TryCanonicalize(string?, Uri?)"/>, saying why when the result is null.</summary>
    public static Uri? TryCanonicalize(string? url, Uri? baseUrl, out string? reason)
    {
        var resolved = baseUrl is null
            ? (Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var absolute) ? absolute : null)
            : FeedParseBuilder.TryResolve(url, baseUrl);
        if (resolved is null || resolved.Scheme is not ("http" or "https") || resolved.Host.Length == 0)
        {
            reason = $"'{FeedParseBuilder.Shorten(url?.Trim() ?? "")}' is not an absolute http(s) URL";
            return null;
        }
        return TryCanonicalize(resolved, out var canonical, out reason) ? canonical : null;
    }

    /// <summary>
    /// The canonical form of a parsed URL, or false with the reason: not http(s), a host that cannot be written back,
    /// or a canonical form longer than <see cref="FieldLimits.Url"/>. Never throws: every link from outside goes
    /// through here, and one odd link must cost only itself.
    /// </summary>
    public static bool TryCanonicalize(Uri url, [NotNullWhen(true)] out Uri? canonical, [NotNullWhen(false)] out string? reason)
    {
        ArgumentNullException.ThrowIfNull(url);
        canonical = null;
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            reason = $"'{FeedParseBuilder.Shorten(url.OriginalString)}' is not an absolute http(s) URL";
            return false;
        }
        string text;
        try
        {
            text = Build(UnwrapAmpCache(url) ?? url);
        }
        catch (Exception e) when (e is UriFormatException or ArgumentException or InvalidOperationException or FormatException)
        {
            reason = $"'{FeedParseBuilder.Shorten(url.OriginalString)}' cannot be canonicalised: {e.Message}";
            return false;
        }
        if (!Uri.TryCreate(text, UriKind.Absolute, out canonical) || canonical.Scheme is not ("http" or "https"))
        {
            canonical = null;
            reason = $"'{FeedParseBuilder.Shorten(url.OriginalString)}' cannot be canonicalised: '{FeedParseBuilder.Shorten(text)}' does not parse";
            return false;
        }
        if (canonical.AbsoluteUri.Length > FieldLimits.Url)
        {
            reason = string.Create(CultureInfo.InvariantCulture,
                $"'{FeedParseBuilder.Shorten(url.OriginalString)}' is {canonical.AbsoluteUri.Length:N0} characters long, over the {FieldLimits.Url:N0} cap");
            canonical = null;
            return false;
        }
        reason = null;
        return true;
    }

    /// <summary>The canonical form of an absolute http(s) URL; throws <see cref="ArgumentException"/> saying why when it has none
    /// (use <see cref="TryCanonicalize(Uri, out Uri?, out string?)"/> for anything from outside).</summary>
    public static Uri Canonicalize(Uri url) =>
        TryCanonicalize(url, out var canonical, out var reason) ? canonical : throw new ArgumentException(reason, nameof(url));

    private static string Build(Uri url)
    {
        var host = HostOf(url);
        if (url.HostNameType == UriHostNameType.Dns)
        {
            foreach (var prefix in VariantPrefixes)
            {
                // m.example.com and amp.example.com are the same stories as www.example.com; keep at least a two-label site.
                if (host.StartsWith(prefix, StringComparison.Ordinal) && host[prefix.Length..].Contains('.', StringComparison.Ordinal))
                {
                    host = "www." + host[prefix.Length..];
                    break;
                }
            }
        }
        var path = NormaliseEscapes(url.AbsolutePath);
        path = StripAmpPath(path);
        var query = CleanQuery(url.Query, hasPath: path.Length > 1);
        var sb = new StringBuilder(url.Scheme).Append("://").Append(host);
        if (!url.IsDefaultPort)
        {
            sb.Append(':').Append(url.Port.ToString(CultureInfo.InvariantCulture));
        }
        sb.Append(path.Length == 0 ? "/" : path);
        if (query.Length > 0)
        {
            sb.Append('?').Append(query);
        }
        return sb.ToString();
    }

    /// <summary>
    /// The host as it is written in a URL. An IPv6 literal keeps its brackets and loses its zone ("[fe80::1%25eth0]" is
    /// "[fe80::1]"): a zone names a network interface of one machine and means nothing in a link from elsewhere.
    /// Names are in their ASCII (punycode) form, lower case, without a trailing dot.
    /// </summary>
    private static string HostOf(Uri url) => url.HostNameType switch
    {
        UriHostNameType.IPv6 or UriHostNameType.IPv4 => url.Host.ToLowerInvariant(),
        _ => url.IdnHost.ToLowerInvariant().TrimEnd('.'),
    };

    /// <summary>The identity of a story URL for deduplication: the canonical form without scheme and "www.", and
    /// without a trailing slash (http://www.example.com/a/ and https://example.com/a are one story).</summary>
    public static string DedupeKey(Uri url)
    {
        var canonical = Canonicalize(url);
        var host = HostOf(canonical);
        if (canonical.HostNameType == UriHostNameType.Dns && host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }
        var path = canonical.AbsolutePath;
        if (path.Length > 1 && path.EndsWith('/'))
        {
            path = path[..^1];
        }
        var port = canonical.IsDefaultPort ? "" : ":" + canonical.Port.ToString(CultureInfo.InvariantCulture);
        return host + port + path + canonical.Query;
    }

    /// <summary>Chooses the canonical URL of a fetched page. A declared canonical (rel=canonical first, then og:url) is
    /// trusted only when it is on the same site (equal after dropping www./m./mobile./amp., or a subdomain of the page's
    /// site) and is not the site's home page while the page is not; otherwise the fetched URL is used.
    /// Why: a page that could name any URL as its canonical could make its copy replace or hide another site's story,
    /// and CMSs that point every page's canonical at the home page would merge all stories into one.
    /// Throws <see cref="ArgumentException"/> when the fetched URL itself has no canonical form (check it with
    /// <see cref="TryCanonicalize(Uri, out Uri?, out string?)"/> first); a declared canonical that has none is refused.</summary>
    public static CanonicalChoice ChooseCanonical(Uri fetchedUrl, string? relCanonical, string? ogUrl = null)
    {
        ArgumentNullException.ThrowIfNull(fetchedUrl);
        var fetched = Canonicalize(fetchedUrl);
        var rejected = new List<string>();
        foreach (var (declared, source) in new[] { (relCanonical, CanonicalSource.RelCanonical), (ogUrl, CanonicalSource.OgUrl) })
        {
            if (string.IsNullOrWhiteSpace(declared))
            {
                continue;
            }
            var name = source == CanonicalSource.RelCanonical ? "rel=canonical" : "og:url";
            var resolved = FeedParseBuilder.TryResolve(declared, fetchedUrl);
            if (resolved is null)
            {
                rejected.Add($"{name} '{FeedParseBuilder.Shorten(declared.Trim())}' is not an http(s) URL");
                continue;
            }
            if (!TryCanonicalize(resolved, out var candidate, out var reason))
            {
                rejected.Add($"{name}: {reason}");
                continue;
            }
            var fetchedSite = SiteOf(fetched.IdnHost);
            var declaredSite = SiteOf(candidate.IdnHost);
            if (declaredSite != fetchedSite && !declaredSite.EndsWith("." + fetchedSite, StringComparison.Ordinal))
            {
                rejected.Add($"{name} {candidate} is on another site than {fetched.IdnHost}; a page cannot claim another site's story");
                continue;
            }
            if (candidate.AbsolutePath == "/" && candidate.Query.Length == 0 && (fetched.AbsolutePath != "/" || fetched.Query.Length > 0))
            {
                rejected.Add($"{name} points at the home page {candidate}, which would merge every story of the site");
                continue;
            }
            return new CanonicalChoice(candidate, DedupeKey(candidate), source, rejected.Count == 0 ? null : string.Join("; ", rejected));
        }
        return new CanonicalChoice(fetched, DedupeKey(fetched), CanonicalSource.FetchedUrl, rejected.Count == 0 ? null : string.Join("; ", rejected));
    }

    /// <summary>The host with one www./m./mobile./amp. prefix removed: the unit a page may speak for.</summary>
    private static string SiteOf(string host)
    {
        host = host.ToLowerInvariant();
        foreach (var prefix in (string[])["www.", .. VariantPrefixes])
        {
            if (host.StartsWith(prefix, StringComparison.Ordinal) && host[prefix.Length..].Contains('.', StringComparison.Ordinal))
            {
                return host[prefix.Length..];
            }
        }
        return host;
    }

    /// <summary>Google's AMP viewer (www.google.com/amp/s/...) and the AMP cache (*.cdn.ampproject.org/c/s/...) wrap the real URL.</summary>
    private static Uri? UnwrapAmpCache(Uri url)
    {
        var host = url.IdnHost.ToLowerInvariant();
        var path = url.AbsolutePath;
        string? rest = null;
        var secure = false;
        if ((host is "www.google.com" or "google.com") && path.StartsWith("/amp/", StringComparison.Ordinal))
        {
            rest = path["/amp/".Length..];
        }
        else if (host.EndsWith(".cdn.ampproject.org", StringComparison.Ordinal))
        {
            foreach (var kind in (string[])["/c/", "/v/", "/wp/"])
            {
                if (path.StartsWith(kind, StringComparison.Ordinal))
                {
                    rest = path[kind.Length..];
                    break;
                }
            }
        }
        if (rest is null)
        {
            return null;
        }
        if (rest.StartsWith("s/", StringComparison.Ordinal))
        {
            secure = true;
            rest = rest[2..];
        }
        return Uri.TryCreate((secure ? "https://" : "http://") + rest + url.Query, UriKind.Absolute, out var inner) && inner.Host.Contains('.', StringComparison.Ordinal)
            ? inner
            : null;
    }

    private static string StripAmpPath(string path)
    {
        if (path.EndsWith("/amp/", StringComparison.OrdinalIgnoreCase) && path.Length > 5)
        {
            return path[..^4];
        }
        if (path.EndsWith("/amp", StringComparison.OrdinalIgnoreCase) && path.Length > 4)
        {
            return path[..^4];
        }
        if (path.StartsWith("/amp/", StringComparison.OrdinalIgnoreCase) && path.Length > 5)
        {
            return path[4..];
        }
        if (path.EndsWith(".amp.html", StringComparison.OrdinalIgnoreCase))
        {
            return path[..^".amp.html".Length] + ".html";
        }
        if (path.EndsWith(".amp", StringComparison.OrdinalIgnoreCase) && path.Length > 5)
        {
            return path[..^4];
        }
        return path;
    }

    private static string CleanQuery(string query, bool hasPath)
    {
        if (query.Length <= 1)
        {
            return "";
        }
        var kept = new List<(string Key, string Pair)>();
        foreach (var pair in query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]);
            if (key.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || Tracking.Contains(key)
                || (hasPath && TrackingOnArticles.Contains(key)) || IsAmpFlag(key, value))
            {
                continue;
            }
            kept.Add((key, NormaliseEscapes(pair)));
        }
        return string.Join('&', kept.OrderBy(k => k.Key, StringComparer.Ordinal).ThenBy(k => k.Pair, StringComparer.Ordinal).Select(k => k.Pair));
    }

    private static bool IsAmpFlag(string key, string value) =>
        (key.Equals("amp", StringComparison.OrdinalIgnoreCase) && value is "" or "1" or "true")
        || ((key.Equals("outputType", StringComparison.OrdinalIgnoreCase) || key.Equals("output", StringComparison.OrdinalIgnoreCase))
            && value.Equals("amp", StringComparison.OrdinalIgnoreCase));

    /// <summary>Upper-cases percent-escapes so %2f and %2F compare equal.</summary>
    private static string NormaliseEscapes(string text)
    {
        if (!text.Contains('%', StringComparison.Ordinal))
        {
            return text;
        }
        var chars = text.ToCharArray();
        for (var i = 0; i + 2 < chars.Length; i++)
        {
            if (chars[i] == '%' && Uri.IsHexDigit(chars[i + 1]) && Uri.IsHexDigit(chars[i + 2]))
            {
                chars[i + 1] = char.ToUpperInvariant(chars[i + 1]);
                chars[i + 2] = char.ToUpperInvariant(chars[i + 2]);
                i += 2;
            }
        }
        return new string(chars);
    }
}
