using System.CommandLine;

namespace Newsdesk.Web.Cli;

/// <summary>The one place that lists the executable's subcommands.</summary>
/// <remarks>Each subcommand lives in its own file as <c>XCommand.Create()</c> and is added here, once.</remarks>
public static class NewsdeskCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Newsdesk: follow news sources, extract, translate, check and publish articles.");
        root.Options.Add(CliHost.Database);
        root.Options.Add(CliHost.ConfigFile);
        root.Options.Add(CliHost.Verbose);
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(SourcesCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(WorkCommand.Create());
        root.Subcommands.Add(JobsCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(TranslateCommand.Create());
        root.Subcommands.Add(TranslationsCommand.Create());
        root.Subcommands.Add(GlossaryCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(UsersCommand.Create());
        return root;
    }

    public static Task<int> InvokeAsync(string[] args) => Build().Parse(args).InvokeAsync();
}
