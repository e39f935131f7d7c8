using System.Data.Common;
using Dapper;
using Newsdesk.Storage.Relational;
using Npgsql;

namespace Newsdesk.Storage.Postgres;

/// <summary>
/// The store for many worker and web processes on one PostgreSQL database. Jobs are leased with
/// FOR UPDATE SKIP LOCKED, so workers never wait on or double-take each other's jobs.
/// </summary>
public sealed partial class PostgresNewsStore : RelationalNewsStore, IAsyncDisposable
{
    // Any constant works; it keeps two processes from migrating at once.
    private const long MigrationLockKey = 0x4E657773_6465736B;
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;

    public PostgresNewsStore(string connectionString, TimeProvider time)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
        _time = time;
    }

    public override string Dialect => "postgres";

    protected override string ForUpdate => " FOR UPDATE";

    // Pending and expired jobs are picked apart, each from its partial index in order and only up to @Max: one OR over
    // both states made PostgreSQL scan and sort the whole jobs table for every lease, so leasing slowed as it grew.
    protected override string LeaseSql =>
        """
        WITH pending AS (
            SELECT id, priority FROM jobs WHERE state = 'pending' AND run_after <= @Now
            ORDER BY priority, id LIMIT @Max FOR UPDATE SKIP LOCKED),
        expired AS (
            SELECT id, priority FROM jobs WHERE state = 'running' AND lease_expires < @Now
            ORDER BY priority, id LIMIT @Max FOR UPDATE SKIP LOCKED),
        picked AS (
            SELECT id FROM (SELECT id, priority FROM pending UNION ALL SELECT id, priority FROM expired) runnable
            ORDER BY priority, id LIMIT @Max)
        UPDATE jobs SET state = 'running', lease_owner = @Worker, lease_expires = @Expires, attempts = jobs.attempts + 1, updated_at = @Now
        FROM picked WHERE jobs.id = picked.id
        RETURNING jobs.id, jobs.kind, jobs.payload, jobs.attempts, jobs.max_attempts, jobs.lease_owner, jobs.lease_expires, jobs.dedupe_key
        """;

    protected override string InList(string column, string parameter) => $"{column} = ANY({parameter})";

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    public override async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@Key)", new { Key = MigrationLockKey }, cancellationToken: cancellationToken));
        try
        {
            return await Migrator.ApplyAsync(db, Migrator.Load(typeof(PostgresNewsStore).Assembly), _time.GetUtcNow().ToUnixTimeMilliseconds(),
                async c => await c.BeginTransactionAsync(cancellationToken), cancellationToken);
        }
        finally
        {
            await db.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@Key)", new { Key = MigrationLockKey }, cancellationToken: CancellationToken.None));
        }
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
