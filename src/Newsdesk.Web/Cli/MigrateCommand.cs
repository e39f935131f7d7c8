using System.CommandLine;
using Newsdesk.Storage;
using Newsdesk.Web.Composition;

namespace Newsdesk.Web.Cli;

/// <summary>newsdesk migrate: brings the database schema up to date.</summary>
public static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply the database migrations that are not applied yet (SQLite migrates on start by itself).");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var configuration = CliHost.Configuration(parseResult);
            var store = StoreFactory.Create(configuration["Database"], TimeProvider.System);
            try
            {
                var applied = await store.MigrateAsync(cancellationToken);
                Console.WriteLine(applied.Count == 0
                    ? $"{store.Dialect}: schema is up to date."
                    : $"{store.Dialect}: applied {string.Join(", ", applied)}.");
                return 0;
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or ArgumentException)
            {
                return CliHost.Error($"migration failed on {store.Dialect}: {e.Message}");
            }
            finally
            {
                if (store is IAsyncDisposable d)
                {
                    await d.DisposeAsync();
                }
            }
        });
        return command;
    }
}
