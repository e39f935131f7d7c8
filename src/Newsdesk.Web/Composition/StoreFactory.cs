using Newsdesk.Storage;
using Newsdesk.Storage.Postgres;
using Newsdesk.Storage.Sqlite;
using Npgsql;

namespace Newsdesk.Web.Composition;

/// <summary>Chooses the store by the connection string: PostgreSQL for "Host=…" or a postgres:// URI, SQLite otherwise.</summary>
public static class StoreFactory
{
    public const string DefaultSqlite = "Data Source=data/newsdesk.db";

    public static bool IsPostgres(string connectionString) =>
        connectionString.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || connectionString.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase)
        || connectionString.Contains("Server=", StringComparison.OrdinalIgnoreCase);

    public static INewsStore Create(string? connectionString, TimeProvider time)
    {
        var cs = string.IsNullOrWhiteSpace(connectionString) ? DefaultSqlite : connectionString.Trim();
        if (IsPostgres(cs))
        {
            return new PostgresNewsStore(FromUri(cs), time);
        }
        if (!cs.Contains('='))
        {
            cs = "Data Source=" + cs; // a bare path to a database file
        }
        return new SqliteNewsStore(cs, time);
    }

    /// <summary>postgres://user:password@host:port/database → Npgsql keywords.</summary>
    private static string FromUri(string cs)
    {
        if (!cs.Contains("://", StringComparison.Ordinal))
        {
            return cs;
        }
        var uri = new Uri(cs);
        var user = uri.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
            Username = user.Length > 0 ? Uri.UnescapeDataString(user[0]) : null,
            Password = user.Length > 1 ? Uri.UnescapeDataString(user[1]) : null,
        };
        return builder.ConnectionString;
    }
}
