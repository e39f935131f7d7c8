namespace Newsdesk.Web.Editors;

/// <summary>Where an editor may be sent after signing in: a path on this site, decided by parsing, never by prefix.</summary>
public static class ReturnUrl
{
    private static readonly Uri ThisSite = new("http://newsdesk.invalid/");

    /// <summary>The URL as an escaped path (with its query) on this site, or null when it is anything else (no open redirect).</summary>
    public static string? Local(string? url)
    {
        // Browsers drop tabs and line breaks anywhere in a URL and read '\' as '/': "/\t/evil.example" and "/\evil.example"
        // lead to another site. Such URLs, and any with other control or space characters, are refused outright.
        if (string.IsNullOrEmpty(url) || url.Length > 2000 || url[0] != '/' || url.Any(c => c == '\\' || char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return null;
        }
        // Resolved against this site, a path stays on it; "//evil.example/" names another host and is caught here.
        if (!Uri.TryCreate(ThisSite, url, out var target) || target.Scheme != ThisSite.Scheme || target.Authority != ThisSite.Authority)
        {
            return null;
        }
        return target.GetComponents(UriComponents.PathAndQuery, UriFormat.UriEscaped);
    }
}
