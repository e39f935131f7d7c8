using Microsoft.Extensions.Logging.Console;
using Newsdesk.Processing;
using Newsdesk.Storage;

namespace Newsdesk.Web.Composition;

/// <summary>The composition root: every part of the desk registered once, for the CLI and the web host alike.</summary>
public static class DeskServices
{
    public static IServiceCollection AddNewsdesk(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<INewsStore>(sp => StoreFactory.Create(configuration["Database"], sp.GetRequiredService<TimeProvider>()));

        services.AddSingleton(configuration.GetSection("Worker").Get<WorkerOptions>() ?? new WorkerOptions());
        services.AddSingleton<IPipelineStep, ProbeStep>();
        services.AddSingleton(sp => new Pipeline(sp.GetServices<IPipelineStep>()));
        services.AddSingleton<JobWorker>();
        return services;
    }

    /// <summary>Logs go to stderr so that stdout stays clean for --json output.</summary>
    public static ILoggingBuilder AddDeskConsole(this ILoggingBuilder logging, LogLevel minimum)
    {
        logging.ClearProviders();
        logging.SetMinimumLevel(minimum);
        logging.AddFilter("Microsoft", LogLevel.Warning);
        logging.AddFilter("System.Net.Http", LogLevel.Warning);
        logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        logging.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        return logging;
    }
}
