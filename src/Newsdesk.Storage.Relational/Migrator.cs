using System.Data.Common;
using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;

namespace Newsdesk.Storage.Relational;

/// <summary>
/// Applies numbered SQL migrations (embedded resources named <c>Migrations/NNNN_name.sql</c>) in order,
/// each in its own transaction, recording them in <c>schema_migrations</c>. Append-only: a file never changes once applied.
/// </summary>
public static partial class Migrator
{
    public sealed record Migration(int Number, string Name, string Sql);

    /// <summary>The migrations embedded in a dialect assembly, in order.</summary>
    public static IReadOnlyList<Migration> Load(Assembly assembly)
    {
        var list = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = MigrationName().Match(resource);
            if (!match.Success)
            {
                continue;
            }
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            list.Add(new Migration(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups[1].Value + "_" + match.Groups[2].Value, reader.ReadToEnd()));
        }
        list.Sort((a, b) => a.Number.CompareTo(b.Number));
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Number != i + 1)
            {
                throw new InvalidOperationException($"Migrations in {assembly.GetName().Name} must be numbered 0001, 0002, … without gaps; found {list[i].Name} at position {i + 1}.");
            }
        }
        return list;
    }

    /// <summary>Applies what is missing. The caller holds whatever lock the dialect needs against concurrent migrators.</summary>
    public static async Task<IReadOnlyList<string>> ApplyAsync(
        DbConnection connection, IReadOnlyList<Migration> migrations, long nowMs,
        Func<DbConnection, Task<DbTransaction>> beginAsync, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
            cancellationToken: cancellationToken));
        var applied = (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT version FROM schema_migrations", cancellationToken: cancellationToken))).ToHashSet();
        var done = new List<string>();
        foreach (var migration in migrations.Where(m => !applied.Contains(m.Number)))
        {
            await using var tx = await beginAsync(connection);
            try
            {
                await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: tx, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Number, @Name, @Now)",
                    new { migration.Number, migration.Name, Now = nowMs }, tx, cancellationToken: cancellationToken));
                await tx.CommitAsync(cancellationToken);
            }
            catch (DbException e)
            {
                throw new InvalidOperationException($"Migration {migration.Name} failed: {e.Message}", e);
            }
            done.Add(migration.Name);
        }
        return done;
    }

    [GeneratedRegex(@"Migrations\.(\d{4})_([A-Za-z0-9_]+)\.sql$")]
    private static partial Regex MigrationName();
}
