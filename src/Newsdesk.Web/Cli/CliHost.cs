using System.CommandLine;
using Newsdesk.Storage;
using Newsdesk.Web.Composition;

namespace Newsdesk.Web.Cli;

/// <summary>Options every subcommand understands, and the service provider a subcommand runs with.</summary>
public static class CliHost
{
    public static readonly Option<string?> Database = new("--db")
    {
        Description = "Database: a SQLite file path or 'Data Source=…' (default data/newsdesk.db), or a PostgreSQL connection string ('Host=…;Database=…' or postgres://…). Also NEWSDESK_DATABASE.",
        Recursive = true,
    };

    public static readonly Option<string?> ConfigFile = new("--config")
    {
        Description = "Settings file (default: newsdesk.json in the working directory, if present).",
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Log each step to stderr.",
        Recursive = true,
    };

    public static LogLevel LogLevelOf(ParseResult parseResult) =>
        parseResult.GetValue(Verbose) ? LogLevel.Debug : LogLevel.Warning;

    public static IConfigurationRoot Configuration(ParseResult parseResult, IEnumerable<KeyValuePair<string, string?>>? overrides = null) =>
        DeskConfiguration.Build(parseResult.GetValue(ConfigFile), parseResult.GetValue(Database), overrides);

    /// <summary>Builds the desk's services and brings the database schema up to date.</summary>
    public static async Task<ServiceProvider> StartAsync(ParseResult parseResult, CancellationToken cancellationToken,
        IEnumerable<KeyValuePair<string, string?>>? overrides = null, LogLevel? logLevel = null)
    {
        var configuration = Configuration(parseResult, overrides);
        var services = new ServiceCollection()
            .AddLogging(l => l.AddDeskConsole(logLevel ?? LogLevelOf(parseResult)))
            .AddNewsdesk(configuration)
            .BuildServiceProvider();
        await services.GetRequiredService<INewsStore>().MigrateAsync(cancellationToken);
        return services;
    }

    /// <summary>Writes a clear error for the user and returns the usage/I-O exit code.</summary>
    public static int Error(string message)
    {
        Console.Error.WriteLine($"newsdesk: {message}");
        return 2;
    }
}
