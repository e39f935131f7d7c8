using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Newsdesk.Storage.Relational;

namespace Newsdesk.Storage.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode. Several processes may share it; writers queue on
/// SQLite's database lock (BEGIN IMMEDIATE with a busy timeout), which is also what makes job leasing safe.
/// </summary>
public sealed partial class SqliteNewsStore : RelationalNewsStore
{
    private readonly string _connectionString;
    private readonly TimeProvider _time;

    public SqliteNewsStore(string connectionString, TimeProvider time)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            Pooling = true,
            DefaultTimeout = 60,
        };
        if (string.IsNullOrWhiteSpace(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            throw new ArgumentException("Newsdesk needs a SQLite database file (Data Source=path/to/file.db), not an in-memory database.", nameof(connectionString));
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        _connectionString = builder.ToString();
        _time = time;
        FilePath = Path.GetFullPath(builder.DataSource);
    }

    public string FilePath { get; }

    public override string Dialect => "sqlite";

    protected override string ForUpdate => "";

    // SQLite has one writer at a time and the caller holds BEGIN IMMEDIATE, so a plain UPDATE … RETURNING is a lease.
    // The runnable jobs are read from each partial index in its order and stop at @Max: with one OR over both states the
    // planner read every pending job and sorted them for each lease, so leasing slowed down as the queue grew.
    protected override string LeaseSql =>
        """
        UPDATE jobs SET state = 'running', lease_owner = @Worker, lease_expires = @Expires, attempts = attempts + 1, updated_at = @Now
        WHERE id IN (
            SELECT id FROM (
                SELECT id, priority FROM (
                    SELECT id, priority FROM jobs INDEXED BY jobs_pending
                    WHERE state = 'pending' AND run_after <= @Now ORDER BY priority, id LIMIT @Max)
                UNION ALL
                SELECT id, priority FROM (
                    SELECT id, priority FROM jobs INDEXED BY jobs_running
                    WHERE state = 'running' AND lease_expires < @Now ORDER BY priority, id LIMIT @Max))
            ORDER BY priority, id
            LIMIT @Max)
        RETURNING id, kind, payload, attempts, max_attempts, lease_owner, lease_expires, dedupe_key
        """;

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "PRAGMA busy_timeout = 60000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;", cancellationToken: cancellationToken));
        return connection;
    }

    // Writers of this process queue here, in order, instead of in SQLite's busy handler, which sleeps in steps of up to
    // 100 ms and leaves the lock idle meanwhile. A connection holds its turn until it is closed (every write transaction
    // lives in its own `await using` connection); SQLite's lock still orders writers of other processes.
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbConnection, object> _holders = [];

    protected override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (!_holders.TryGetValue(connection, out _))
        {
            await _writer.WaitAsync(cancellationToken);
            _holders.Add(connection, connection);
            connection.StateChange += Release;
        }
        return ((SqliteConnection)connection).BeginTransaction(deferred: false);

        void Release(object? sender, System.Data.StateChangeEventArgs e)
        {
            if (e.CurrentState == System.Data.ConnectionState.Closed && _holders.Remove(connection))
            {
                connection.StateChange -= Release;
                _writer.Release();
            }
        }
    }

    public override async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        await db.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL;", cancellationToken: cancellationToken));
        return await Migrator.ApplyAsync(db, Migrator.Load(typeof(SqliteNewsStore).Assembly), _time.GetUtcNow().ToUnixTimeMilliseconds(),
            c => BeginWriteAsync(c, cancellationToken), cancellationToken);
    }
}
