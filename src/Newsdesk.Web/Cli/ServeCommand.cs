using System.CommandLine;
using Newsdesk.Web.Site;

namespace Newsdesk.Web.Cli;

/// <summary>newsdesk serve: the published site and the editors' pages, without workers.</summary>
public static class ServeCommand
{
    public static readonly Option<string> Urls = new("--urls")
    {
        Description = $"Where the site listens (default {SiteHost.DefaultUrls}; several separated by ';').",
        DefaultValueFactory = _ => SiteHost.DefaultUrls,
    };

    public static Command Create()
    {
        var command = new Command("serve", "Serve the published site and the editors' pages (no pipeline workers; see 'run').") { Urls };
        command.SetAction((parseResult, cancellationToken) => RunHostAsync(parseResult, withWorkers: false, cancellationToken));
        return command;
    }

    internal static async Task<int> RunHostAsync(ParseResult parseResult, bool withWorkers, CancellationToken cancellationToken)
    {
        IHost host;
        try
        {
            host = SiteHost.CreateBuilder(CliHost.Configuration(parseResult), parseResult.GetValue(Urls), withWorkers,
                parseResult.GetValue(CliHost.Verbose) ? LogLevel.Information : LogLevel.Warning).Build();
        }
        catch (Exception e) when (e is FileNotFoundException or ArgumentException or InvalidOperationException)
        {
            return CliHost.Error(e.Message);
        }
        using (host)
        {
            try
            {
                await host.StartAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested
                                                     || host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested)
            {
                // Stopped while starting (a signal): what did start, such as the workers, stops as it always does.
                await host.StopAsync(CancellationToken.None);
                return 0;
            }
            var addresses = host.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
                .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses ?? [];
            Console.Error.WriteLine($"newsdesk: {(withWorkers ? "workers and site" : "site")} on {string.Join(", ", addresses)} (Ctrl+C stops)");
            try
            {
                await host.WaitForShutdownAsync(cancellationToken);
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
            }
        }
        return 0;
    }
}
