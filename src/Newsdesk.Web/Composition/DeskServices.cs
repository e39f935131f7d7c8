using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;
using Newsdesk.Extraction;
using Newsdesk.Fetching;
using Newsdesk.Processing;
using Newsdesk.Publishing;
using Newsdesk.Quality;
using Newsdesk.Review;
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
        // One database, seen through the roles the desk's parts use.
        services.AddSingleton<ISourceStore>(sp => sp.GetRequiredService<INewsStore>());
        services.AddSingleton<IArticleStore>(sp => sp.GetRequiredService<INewsStore>());
        services.AddSingleton<ITranslationStore>(sp => sp.GetRequiredService<INewsStore>());
        services.AddSingleton<IJobStore>(sp => sp.GetRequiredService<INewsStore>());
        services.AddSingleton<ISiteStore>(sp => sp.GetRequiredService<INewsStore>());
        services.AddSingleton<IEditorStore>(sp => sp.GetRequiredService<INewsStore>());

        services.AddSingleton(DeskSettings.Worker(configuration));
        services.AddSingleton(configuration.GetSection("Ingest").Get<IngestOptions>() ?? new IngestOptions());
        services.AddSingleton(sp => DeskSettings.Desk(configuration));
        services.AddSingleton(sp => DeskSettings.Fetch(configuration));
        services.AddSingleton(sp => new PoliteFetcher(sp.GetRequiredService<FetchOptions>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<PoliteFetcher>>()));
        services.AddSingleton(_ => new ArticleExtractor());
        services.AddSingleton<NearDuplicateIndex>();
        services.AddSingleton<SourceScheduler>();

        // The pipeline's steps, in the order of Newsdesk.Processing.PipelineRoutes; Pipeline checks there is one per route.
        services.AddSingleton<IPipelineStep, FetchSourceStep>();
        services.AddSingleton<IPipelineStep, FetchPageStep>();
        services.AddSingleton<IPipelineStep, ExtractPageStep>();
        services.AddTranslationEngines(configuration);
        services.AddSingleton<IPipelineStep, TranslateStep>();
        // The gate loads language models and dictionaries: built once, on first use, shared by all jobs.
        services.AddSingleton(_ => QualityGate.CreateDefault(configuration.GetSection("Quality").Get<QualityGateOptions>() ?? QualityGateOptions.Default));
        // Words an engine did not know are mended where a dictionary gives one safe rendering: Apertium's own dictionaries
        // of two other pairs by way of a third language first (inflected by the languages' morphologies), then the gate's.
        services.AddSingleton<Newsdesk.Translation.IUnknownWordResolver>(sp => new Newsdesk.Translation.FirstUnknownWordResolver(
            new Newsdesk.Translation.IUnknownWordResolver?[]
            {
                sp.GetService<Newsdesk.Translation.Apertium.ApertiumWordResolver>(),
                new DictionaryWordResolver(sp.GetRequiredService<QualityGate>().Services),
            }.OfType<Newsdesk.Translation.IUnknownWordResolver>()));
        services.AddSingleton<Newsdesk.Translation.INameEvidence>(sp => new DictionaryNameEvidence(sp.GetRequiredService<QualityGate>().Services));
        services.AddSingleton<TranslationDecisions>();
        services.AddSingleton<IPipelineStep, CheckStep>();
        services.AddSingleton<IPipelineStep, PublishStep>();
        services.AddSingleton<IPipelineStep, LabelsStep>();
        services.AddSingleton<IPipelineStep, ProbeStep>();
        services.AddSingleton(sp => new Pipeline(sp.GetServices<IPipelineStep>()));
        services.AddSingleton<JobWorker>();

        // Publishing (the translation.publish step's work); the site replaces the change notifier.
        services.AddSingleton(configuration.GetSection("Publishing").Get<PublisherOptions>() ?? new PublisherOptions());
        services.AddSingleton<TopicExtractor>();
        services.TryAddSingleton<ISiteChangeNotifier, NoSiteChangeNotifier>();
        services.TryAddSingleton<IApprovedEditSink, TranslationMemoryEditSink>();
        services.AddSingleton<IPublisher, Publisher>();
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
