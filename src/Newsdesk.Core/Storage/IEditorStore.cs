using Newsdesk.Model;

namespace Newsdesk.Storage;

/// <summary>Editor accounts and the audit log. Implemented by both SQL stores.</summary>
public interface IEditorStore
{
    /// <summary>Adds a user; a taken name throws <see cref="DuplicateUserException"/>.</summary>
    Task<EditorUser> AddUserAsync(string name, string passwordHash, string role, DateTimeOffset now, CancellationToken cancellationToken);

    Task<EditorUser?> FindUserAsync(string name, CancellationToken cancellationToken);

    Task<IReadOnlyList<EditorUser>> ListUsersAsync(CancellationToken cancellationToken);

    /// <summary>Sets the password hash, clears the failures and gives the user a new security stamp (ends every session).</summary>
    Task<bool> SetPasswordAsync(string name, string passwordHash, CancellationToken cancellationToken);

    /// <summary>Gives the user a new security stamp, which ends every session of that user. Null when there is no such user.</summary>
    Task<string?> RotateSecurityStampAsync(string name, CancellationToken cancellationToken);

    /// <summary>Counts a failed sign-in (for the record: the waits between tries are the site's, see EditorAccounts). Returns the new count.</summary>
    Task<int> RecordFailedSignInAsync(UserId userId, CancellationToken cancellationToken);

    /// <summary>Records a successful sign-in: clears the failures.</summary>
    Task RecordSignInAsync(UserId userId, DateTimeOffset now, CancellationToken cancellationToken);

    Task AddAuditAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAuditAsync(int limit, CancellationToken cancellationToken);
}
