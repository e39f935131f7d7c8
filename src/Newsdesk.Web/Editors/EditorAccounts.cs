using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Newsdesk.Storage;
using Newsdesk.Web.Site;

namespace Newsdesk.Web.Editors;

/// <summary>
/// Editor accounts: PBKDF2 password hashes (ASP.NET Core Identity's PasswordHasher, never plaintext), roles, and
/// lockout after too many failed sign-ins in a row.
/// </summary>
public sealed class EditorAccounts(IEditorStore store, SiteOptions options, TimeProvider time)
{
    public const string Scheme = "newsdesk-editor";
    public const string EditorRole = "editor";
    public const string AdminRole = "admin";
    public const string EditorPolicy = "editor";
    public const string AdminPolicy = "admin";

    private static readonly PasswordHasher<string> Hasher = new();

    // Verified when the user does not exist, so a wrong name costs as much time as a wrong password.
    private static readonly string DummyHash = Hasher.HashPassword("", Guid.NewGuid().ToString());

    public static bool IsRole(string role) => role is EditorRole or AdminRole;

    public static string Hash(string password) => Hasher.HashPassword("", password);

    /// <summary>Why a sign-in failed, or the signed-in principal.</summary>
    public sealed record SignInResult(ClaimsPrincipal? Principal, bool LockedOut);

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
        if (password.Length < 10)
        {
            throw new ArgumentException("The password must have at least 10 characters.", nameof(password));
        }
        return await store.AddUserAsync(name, Hash(password), role, time.GetUtcNow(), cancellationToken);
    }

    public async Task<SignInResult> SignInAsync(string? name, string? password, CancellationToken cancellationToken)
    {
        var user = string.IsNullOrWhiteSpace(name) ? null : await store.FindUserAsync(name, cancellationToken);
        var now = time.GetUtcNow();
        if (user is null)
        {
            Hasher.VerifyHashedPassword("", DummyHash, password ?? "");
            return new SignInResult(null, false);
        }
        if (user.LockedUntil is { } until && until > now)
        {
            return new SignInResult(null, true);
        }
        var verdict = Hasher.VerifyHashedPassword("", user.PasswordHash, password ?? "");
        if (verdict == PasswordVerificationResult.Failed)
        {
            // Locking starts the count again, so after a lock runs out it takes as many failures to lock again.
            var failures = user.FailedSignIns + 1;
            var lockUntil = failures >= options.MaxFailedSignIns ? now + options.LockoutDuration : (DateTimeOffset?)null;
            await store.RecordFailedSignInAsync(user.Id, lockUntil, cancellationToken);
            await store.AddAuditAsync(new AuditEntry(now, user.Name, lockUntil is null ? "sign-in.failed" : "sign-in.locked", "user:" + user.Name), cancellationToken);
            return new SignInResult(null, lockUntil is not null);
        }
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await store.SetPasswordAsync(user.Name, Hash(password!), cancellationToken);
        }
        await store.RecordSignInAsync(user.Id, now, cancellationToken);
        await store.AddAuditAsync(new AuditEntry(now, user.Name, "sign-in", "user:" + user.Name), cancellationToken);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, user.Role)], Scheme, ClaimTypes.Name, ClaimTypes.Role);
        return new SignInResult(new ClaimsPrincipal(identity), false);
    }
}
