using Microsoft.Data.Sqlite;
using Newsdesk.Storage;
using Newsdesk.Storage.Postgres;
using Newsdesk.Storage.Sqlite;
using Npgsql;

namespace Newsdesk.Testing;

/// <summary>A real, empty, migrated database for one test: a temporary SQLite file or a fresh PostgreSQL database.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>Where the PostgreSQL tests connect (the server `scripts/test` starts); override with NEWSDESK_TEST_POSTGRES.</summary>
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("NEWSDESK_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=5432;Username=newsdesk;Password=newsdesk;Database=postgres";

    private readonly Func<ValueTask> _cleanup;

    private TestDatabase(string dialect, string connectionString, INewsStore store, Func<ValueTask> cleanup)
    {
        Dialect = dialect;
        ConnectionString = connectionString;
        Store = store;
        _cleanup = cleanup;
    }

    public string Dialect { get; }

    /// <summary>The connection string, for starting `newsdesk` processes on the same database.</summary>
    public string ConnectionString { get; }

    public INewsStore Store { get; }

    public static Task<TestDatabase> CreateAsync(string dialect, TimeProvider time) => dialect switch
    {
        "sqlite" => CreateSqliteAsync(time),
        "postgres" => CreatePostgresAsync(time),
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, "sqlite or postgres"),
    };

    public static async Task<TestDatabase> CreateSqliteAsync(TimeProvider time)
    {
        var dir = Path.Combine(Path.GetTempPath(), "newsdesk-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dir);
        var cs = $"Data Source={Path.Combine(dir, "newsdesk.db")}";
        var store = new SqliteNewsStore(cs, time);
        await store.MigrateAsync(CancellationToken.None);
        return new TestDatabase("sqlite", cs, store, () =>
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                // A process started by the test may still hold the file for a moment; the temp folder is cleaned later.
            }
            return ValueTask.CompletedTask;
        });
    }

    public static async Task<TestDatabase> CreatePostgresAsync(TimeProvider time)
    {
        var server = new NpgsqlConnectionStringBuilder(PostgresServer);
        var name = "newsdesk_test_" + Guid.NewGuid().ToString("n")[..16];
        await using (var admin = new NpgsqlConnection(server.ConnectionString))
        {
            try
            {
                await admin.OpenAsync();
            }
            catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
            {
                throw new InvalidOperationException(
                    $"PostgreSQL is not reachable at '{server.Host}:{server.Port}' ({e.Message}). The PostgreSQL tests need a real server: " +
                    "run the tests through scripts/test, which installs and starts one, or set NEWSDESK_TEST_POSTGRES.", e);
            }
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        var cs = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name }.ConnectionString;
        var store = new PostgresNewsStore(cs, time);
        await store.MigrateAsync(CancellationToken.None);
        return new TestDatabase("postgres", cs, store, async () =>
        {
            await store.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server.ConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            // FORCE ends our own sessions, not an autovacuum worker that happens to be in the database (which a role
            // without superuser rights may not signal: 42501), nor one starting meanwhile (55006): wait for it.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await drop.ExecuteNonQueryAsync();
                    return;
                }
                catch (PostgresException e) when (e.SqlState is "42501" or "55006" && attempt < 60)
                {
                    await Task.Delay(250);
                }
            }
        });
    }

    public ValueTask DisposeAsync() => _cleanup();
}
