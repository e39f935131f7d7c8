using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Newsdesk.Storage;
using Newsdesk.Web.Site;

namespace Newsdesk.Web.Editors;

/// <summary>
/// Editor accounts: PBKDF2 password hashes (ASP.NET Core Identity's PasswordHasher, never plaintext), roles, growing waits
/// after failed sign-ins (per name, per address, per trusted browser), and sessions that end when the user's security stamp
/// changes (sign-out, password change).
/// </summary>
public sealed class EditorAccounts(IEditorStore store, SiteOptions options, TimeProvider time)
{
    public const string Scheme = "newsdesk-editor";
    public const string EditorRole = "editor";
    public const string AdminRole = "admin";
    public const string EditorPolicy = "editor";
    public const string AdminPolicy = "admin";

    /// <summary>The claim that carries the user's security stamp in the session cookie.</summary>
    public const string StampClaim = "newsdesk:stamp";

    private static readonly PasswordHasher<string> Hasher = new();

    // Verified when the user does not exist, so a wrong name costs as much time as a wrong password.
    private static readonly string DummyHash = Hasher.HashPassword("", Guid.NewGuid().ToString());

    // Kept in this process: a site with several web nodes counts on each (as its rate limiter does).
    private readonly SignInThrottle _throttle = new(time, options.SignInDelay, options.MaxSignInDelay, options.SignInFailuresForgottenAfter);

    public static bool IsRole(string role) => role is EditorRole or AdminRole;

    public static string Hash(string password) => Hasher.HashPassword("", password);

    /// <summary>A sign-in name as it is stored and compared: trimmed, lower case.</summary>
    public static string NormalName(string name) => name.Trim().ToLowerInvariant();

    /// <summary>One try at signing in.</summary>
    /// <param name="Name">The name as typed.</param>
    /// <param name="Password">The password as typed.</param>
    /// <param name="Address">The client's address key (see <see cref="ClientAddress.Key"/>).</param>
    /// <param name="TrustedDevice">The id of the browser's device cookie when it names this user, else null.</param>
    public sealed record SignInAttempt(string? Name, string? Password, string Address, string? TrustedDevice);

    /// <summary>The signed-in principal, or why not: a wrong name or password, or a try refused because its key must wait.</summary>
    /// <param name="Principal">Set when signed in.</param>
    /// <param name="UserName">The stored name when signed in.</param>
    /// <param name="Refused">True when the try was refused unheard because too many failures came before it.</param>
    /// <param name="Wait">How long until the next try may be made (zero when it may be made now).</param>
    public sealed record SignInResult(ClaimsPrincipal? Principal, string? UserName, bool Refused, TimeSpan Wait);

    public async Task<EditorUser> CreateAsync(string name, string password, string role, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 64 || name.Any(char.IsControl))
        {
            throw new ArgumentException("A user name is 1 to 64 visible characters.", nameof(name));
        }
        if (!IsRole(role))
        {
            throw new ArgumentException($"The role must be '{EditorRole}' or '{AdminRole}', not '{role}'.", nameof(role));
        }
        CheckPassword(password);
        return await store.AddUserAsync(name, Hash(password), role, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>Sets a new password and ends every session of the user. False when there is no such user.</summary>
    public async Task<bool> ChangePasswordAsync(string name, string password, string actor, CancellationToken cancellationToken)
    {
        CheckPassword(password);
        if (!await store.SetPasswordAsync(name, Hash(password), cancellationToken))
        {
            return false;
        }
        await store.AddAuditAsync(new AuditEntry(time.GetUtcNow(), actor, "user.password", "user:" + NormalName(name)), cancellationToken);
        return true;
    }

    private static void CheckPassword(string password)
    {
        if (password.Length < 10)
        {
            throw new ArgumentException("The password must have at least 10 characters.", nameof(password));
        }
    }

    public async Task<SignInResult> SignInAsync(SignInAttempt attempt, CancellationToken cancellationToken)
    {
        var name = NormalName(attempt.Name ?? "");
        // A name longer than any account can only be unknown; cut it so that guessed names cannot make keys of any size.
        var nameKey = "name:" + (name.Length > 80 ? name[..80] : name);
        var addressKey = "address:" + attempt.Address;
        // A browser that signed in as this user before answers for its own failures only, not for anonymous ones.
        var accountKey = attempt.TrustedDevice is { } device ? "device:" + device : nameKey;

        var wait = Max(_throttle.Wait(addressKey), _throttle.Wait(accountKey));
        if (wait > TimeSpan.Zero)
        {
            return new SignInResult(null, null, true, wait);
        }

        var user = name.Length == 0 ? null : await store.FindUserAsync(name, cancellationToken);
        var verdict = Hasher.VerifyHashedPassword("", user?.PasswordHash ?? DummyHash, attempt.Password ?? "");
        if (user is null || verdict == PasswordVerificationResult.Failed)
        {
            wait = Max(_throttle.Fail(addressKey, options.FailedSignInsPerAddress), _throttle.Fail(accountKey, options.MaxFailedSignIns));
            if (user is not null)
            {
                await store.RecordFailedSignInAsync(user.Id, cancellationToken);
                await store.AddAuditAsync(new AuditEntry(time.GetUtcNow(), user.Name, wait > TimeSpan.Zero ? "sign-in.delayed" : "sign-in.failed",
                    "user:" + user.Name, attempt.TrustedDevice is null ? null : "{\"trustedDevice\":true}"), cancellationToken);
            }
            return new SignInResult(null, null, false, wait);
        }
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            // The same password under a stronger hash; SetPasswordAsync also gives a new stamp, so read the user again.
            await store.SetPasswordAsync(user.Name, Hash(attempt.Password!), cancellationToken);
            user = await store.FindUserAsync(user.Name, cancellationToken) ?? user;
        }
        _throttle.Forget(accountKey);
        var now = time.GetUtcNow();
        await store.RecordSignInAsync(user.Id, now, cancellationToken);
        await store.AddAuditAsync(new AuditEntry(now, user.Name, "sign-in", "user:" + user.Name), cancellationToken);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, user.Role), new Claim(StampClaim, user.SecurityStamp)],
            Scheme, ClaimTypes.Name, ClaimTypes.Role);
        return new SignInResult(new ClaimsPrincipal(identity), user.Name, false, TimeSpan.Zero);
    }

    /// <summary>Whether a session cookie's principal is still good: its user exists, has the same role and the same security stamp.</summary>
    public async Task<bool> IsSessionCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (principal.Identity?.Name is not { Length: > 0 } name || principal.FindFirst(StampClaim)?.Value is not { Length: > 0 } stamp)
        {
            return false;
        }
        var user = await store.FindUserAsync(name, cancellationToken);
        return user is not null
            && principal.IsInRole(user.Role)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(stamp), Encoding.UTF8.GetBytes(user.SecurityStamp));
    }

    /// <summary>Ends every session of the user (a new security stamp), not only the one in this browser.</summary>
    public async Task SignOutAsync(string name, CancellationToken cancellationToken)
    {
        if (await store.RotateSecurityStampAsync(name, cancellationToken) is not null)
        {
            await store.AddAuditAsync(new AuditEntry(time.GetUtcNow(), NormalName(name), "sign-out", "user:" + NormalName(name)), cancellationToken);
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
