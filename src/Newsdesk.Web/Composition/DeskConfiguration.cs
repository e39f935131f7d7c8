namespace Newsdesk.Web.Composition;

/// <summary>
/// Where settings come from, later ones winning: built-in defaults, <c>newsdesk.json</c> in the working directory
/// (or the file given with --config), environment variables prefixed NEWSDESK_ (NEWSDESK_DATABASE,
/// NEWSDESK_FETCH__CONTACTURL, …), then command-line options such as --db.
/// </summary>
public static class DeskConfiguration
{
    public static IConfigurationRoot Build(string? configFile, string? database, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var builder = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database"] = StoreFactory.DefaultSqlite });
        if (configFile is not null)
        {
            if (!File.Exists(configFile))
            {
                throw new FileNotFoundException($"The configuration file '{configFile}' does not exist.", configFile);
            }
            builder.AddJsonFile(Path.GetFullPath(configFile), optional: false);
        }
        else
        {
            builder.AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "newsdesk.json"), optional: true);
        }
        builder.AddEnvironmentVariables("NEWSDESK_");
        var cli = new Dictionary<string, string?>();
        if (!string.IsNullOrWhiteSpace(database))
        {
            cli["Database"] = database;
        }
        foreach (var (key, value) in overrides ?? [])
        {
            cli[key] = value;
        }
        builder.AddInMemoryCollection(cli);
        return builder.Build();
    }
}
