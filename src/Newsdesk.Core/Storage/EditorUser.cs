using Newsdesk.Model;

namespace Newsdesk.Storage;

/// <summary>An editor account. The password is only ever kept as a salted hash.</summary>
public sealed record EditorUser
{
    public required UserId Id { get; init; }
    /// <summary>Sign-in name, lower case.</summary>
    public required string Name { get; init; }
    public required string PasswordHash { get; init; }
    /// <summary>"editor" or "admin".</summary>
    public required string Role { get; init; }
    /// <summary>Failed sign-ins since the last successful one.</summary>
    public int FailedSignIns { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? LastSignInAt { get; init; }
    /// <summary>Copied into every session of this user; a new stamp ends them all (sign-out, password change).</summary>
    public required string SecurityStamp { get; init; }
}

/// <summary>The user name is taken.</summary>
public sealed class DuplicateUserException(string name) : InvalidOperationException($"There is already a user named '{name}'.")
{
    public string Name { get; } = name;
}

/// <summary>One line of the audit log: who did what to which item, and when.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The editor's name (or "system").</param>
/// <param name="Action">A short verb such as "translation.approve" or "source.update".</param>
/// <param name="Target">The item, such as "translation:12".</param>
/// <param name="Details">Free text or JSON with what changed.</param>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, string? Target, string? Details = null)
{
    public long Id { get; init; }
}
