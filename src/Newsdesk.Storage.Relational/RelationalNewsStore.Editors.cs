using Newsdesk.Model;
using Dapper;

namespace Newsdesk.Storage.Relational;

// Editor accounts and the audit log.
public abstract partial class RelationalNewsStore : IEditorStore
{
    private const string UserColumns = "id, name, password_hash, role, failed_sign_ins, created_at, last_sign_in_at, security_stamp";

    public async Task<EditorUser> AddUserAsync(string name, string passwordHash, string role, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var normal = name.Trim().ToLowerInvariant();
        await using var db = await OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
            $"""
            INSERT INTO users (name, password_hash, role, failed_sign_ins, created_at, security_stamp) VALUES (@Name, @Hash, @Role, 0, @Now, @Stamp)
            ON CONFLICT (name) DO NOTHING
            RETURNING {UserColumns}
            """, new { Name = normal, Hash = passwordHash, Role = role, Now = Time.Ms(now), Stamp = NewSecurityStamp() }, cancellationToken: cancellationToken));
        return row?.ToModel() ?? throw new DuplicateUserException(normal);
    }

    public async Task<EditorUser?> FindUserAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
            $"SELECT {UserColumns} FROM users WHERE name = @Name", new { Name = name.Trim().ToLowerInvariant() }, cancellationToken: cancellationToken));
        return row?.ToModel();
    }

    public async Task<IReadOnlyList<EditorUser>> ListUsersAsync(CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<UserRow>(new CommandDefinition($"SELECT {UserColumns} FROM users ORDER BY name", cancellationToken: cancellationToken));
        return rows.Select(r => r.ToModel()).ToList();
    }

    public async Task<bool> SetPasswordAsync(string name, string passwordHash, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        return await db.ExecuteAsync(new CommandDefinition(
            "UPDATE users SET password_hash = @Hash, failed_sign_ins = 0, security_stamp = @Stamp WHERE name = @Name",
            new { Name = name.Trim().ToLowerInvariant(), Hash = passwordHash, Stamp = NewSecurityStamp() }, cancellationToken: cancellationToken)) > 0;
    }

    public async Task<string?> RotateSecurityStampAsync(string name, CancellationToken cancellationToken)
    {
        var stamp = NewSecurityStamp();
        await using var db = await OpenAsync(cancellationToken);
        var changed = await db.ExecuteAsync(new CommandDefinition(
            "UPDATE users SET security_stamp = @Stamp WHERE name = @Name",
            new { Name = name.Trim().ToLowerInvariant(), Stamp = stamp }, cancellationToken: cancellationToken));
        return changed > 0 ? stamp : null;
    }

    // Unguessable, so that a stamp can never be predicted from an earlier one.
    private static string NewSecurityStamp() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    public async Task<int> RecordFailedSignInAsync(UserId userId, CancellationToken cancellationToken)
    {
        // locked_until (0003) is no longer read or written: the waits between tries moved to the site (issue 21); the column
        // stays for binaries still running during an upgrade.
        await using var db = await OpenAsync(cancellationToken);
        var n = await db.ExecuteScalarAsync<long?>(new CommandDefinition(
            "UPDATE users SET failed_sign_ins = failed_sign_ins + 1 WHERE id = @Id RETURNING failed_sign_ins",
            new { Id = userId.Value }, cancellationToken: cancellationToken));
        return (int)(n ?? 0);
    }

    public async Task RecordSignInAsync(UserId userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            "UPDATE users SET failed_sign_ins = 0, last_sign_in_at = @Now WHERE id = @Id",
            new { Id = userId.Value, Now = Time.Ms(now) }, cancellationToken: cancellationToken));
    }

    public async Task AddAuditAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition(
            "INSERT INTO audit_log (at, actor, action, target, details) VALUES (@At, @Actor, @Action, @Target, @Details)",
            new { At = Time.Ms(entry.At), entry.Actor, entry.Action, entry.Target, entry.Details }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAuditAsync(int limit, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        var rows = await db.QueryAsync<AuditRow>(new CommandDefinition(
            "SELECT id, at, actor, action, target, details FROM audit_log ORDER BY at DESC, id DESC LIMIT @Limit",
            new { Limit = (long)limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToModel()).ToList();
    }
}
