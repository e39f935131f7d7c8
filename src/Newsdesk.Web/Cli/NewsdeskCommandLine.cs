using System.CommandLine;
using System.Runtime.InteropServices;

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

    /// <summary>
    /// Runs the command line. SIGTERM and SIGINT ask the running command to stop through its cancellation token (workers
    /// then finish or release the jobs they hold within Desk:ShutdownGrace and exit 0); a second signal ends the process at once.
    /// </summary>
    public static async Task<int> InvokeAsync(string[] args)
    {
        using var stop = new CancellationTokenSource();
        var signals = 0;
        void OnSignal(PosixSignalContext context)
        {
            if (Interlocked.Increment(ref signals) == 1)
            {
                context.Cancel = true;
                stop.Cancel();
            }
        }
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        // System.CommandLine's own handling would end the process two seconds after the signal, whatever is still running.
        return await Build().Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, stop.Token);
    }
}
