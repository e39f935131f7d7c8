using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Newsdesk.Web.Site;

namespace Newsdesk.Web.Editors;

/// <summary>
/// The browsers an editor has signed in with before: a signed, encrypted cookie naming the user, given at each successful
/// sign-in. Guesses from anywhere else slow down only the others (OWASP's "device cookies"), so anonymous guessing cannot keep
/// an editor out of the browser they always use; a trusted browser's own failures are counted against that browser.
/// </summary>
public sealed class TrustedDevices(IDataProtectionProvider protection, SiteOptions options, TimeProvider time)
{
    public const string CookieName = "newsdesk-device";

    private const string CookiePath = "/editor/sign-in";

    private readonly IDataProtector _protector = protection.CreateProtector("Newsdesk.Editors.TrustedDevice.v1");

    /// <summary>The id of this browser when it carries a valid, unexpired device cookie for the user <paramref name="name"/>.</summary>
    public string? Find(HttpContext http, string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || !http.Request.Cookies.TryGetValue(CookieName, out var value) || value.Length > 2048)
        {
            return null;
        }
        string text;
        try
        {
            text = _protector.Unprotect(value);
        }
        catch (CryptographicException)
        {
            return null; // forged, damaged, or sealed with a key this site no longer has
        }
        var parts = text.Split('\n');
        return parts.Length == 3
            && parts[1] == EditorAccounts.NormalName(name)
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            && DateTimeOffset.FromUnixTimeMilliseconds(expires) > time.GetUtcNow()
            ? parts[0]
            : null;
    }

    /// <summary>Marks this browser as one <paramref name="name"/> signs in with (keeping its id when it had one), for <see cref="SiteOptions.TrustedDeviceLifetime"/>.</summary>
    public void Remember(HttpContext http, string name, string? id)
    {
        id ??= Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var expires = time.GetUtcNow() + options.TrustedDeviceLifetime;
        var value = _protector.Protect(string.Join('\n', id, EditorAccounts.NormalName(name), expires.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)));
        http.Response.Cookies.Append(CookieName, value, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Path = CookiePath,
            Expires = expires,
            IsEssential = true,
        });
    }
}
