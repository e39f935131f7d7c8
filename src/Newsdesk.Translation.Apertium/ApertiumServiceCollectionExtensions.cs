using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Newsdesk.Translation.Apertium;

/// <summary>Registers the Apertium engine (the command, or APy when Apertium:ApyUrl is set).</summary>
public static class ApertiumServiceCollectionExtensions
{
    /// <summary>Adds Apertium with options bound from the "Apertium" section.</summary>
    public static IServiceCollection AddApertiumTranslation(this IServiceCollection services, IConfiguration configuration) =>
        services.AddApertiumTranslation(options => configuration.GetSection(ApertiumOptions.SectionName).Bind(options));

    /// <summary>Adds Apertium configured in code.</summary>
    public static IServiceCollection AddApertiumTranslation(this IServiceCollection services, Action<ApertiumOptions>? configure = null)
    {
        var builder = services.AddOptions<ApertiumOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }
        services.AddHttpClient(ApertiumApyEngine.HttpClientName, (sp, client) =>
        {
            var options = sp.GetRequiredService<IOptions<ApertiumOptions>>().Value;
            if (options.ApyUrl is { } url)
            {
                client.BaseAddress = url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
            }
            client.Timeout = options.Timeout;
        });
        // Words the pair did not know, looked up through two other installed pairs (fr -> ca -> es).
        services.AddSingleton(sp => ApertiumWordResolver.For(sp.GetRequiredService<IOptions<ApertiumOptions>>().Value));
        services.AddSingleton<ITranslationEngine>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ApertiumOptions>>().Value;
            return options.ApyUrl is null
                ? new ApertiumCommandEngine(options)
                : new ConcurrencyLimitedEngine(new ApertiumApyEngine(sp.GetRequiredService<IHttpClientFactory>().CreateClient(ApertiumApyEngine.HttpClientName),
                    sp.GetService<TimeProvider>() ?? TimeProvider.System), Math.Max(1, options.Pipelines));
        });
        return services;
    }
}
