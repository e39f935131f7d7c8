using System.CommandLine;

namespace Newsdesk.Web.Cli;

/// <summary>newsdesk run: the production command, pipeline workers and the site in one process on the configured database.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run", "Run the desk: pipeline workers and the site together (use 'work' and 'serve' to split them).")
        {
            ServeCommand.Urls,
        };
        command.SetAction((parseResult, cancellationToken) => ServeCommand.RunHostAsync(parseResult, withWorkers: true, cancellationToken));
        return command;
    }
}
