using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Newsdesk.Translation.DeepL;

/// <summary>Registers the DeepL engine with a typed HttpClient.</summary>
public static class DeepLServiceCollectionExtensions
{
    /// <summary>Adds DeepL with options bound from the "DeepL" section.</summary>
    public static IServiceCollection AddDeepLTranslation(this IServiceCollection services, IConfiguration configuration) =>
        services.AddDeepLTranslation(options => configuration.GetSection(DeepLOptions.SectionName).Bind(options));

    /// <summary>Adds DeepL configured in code.</summary>
    public static IServiceCollection AddDeepLTranslation(this IServiceCollection services, Action<DeepLOptions> configure)
    {
        services.AddOptions<DeepLOptions>()
            .Configure(configure)
            .Validate(o => o.ApiKey.Trim().Length > 0, "DeepL:ApiKey is required to use DeepL.");
        services.AddHttpClient(DeepLEngine.HttpClientName, (sp, client) =>
        {
            var options = sp.GetRequiredService<IOptions<DeepLOptions>>().Value;
            client.BaseAddress = options.ResolveBaseUrl();
            client.Timeout = options.Timeout;
        });
        services.AddSingleton<ITranslationEngine>(sp => new ConcurrencyLimitedEngine(new DeepLEngine(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(DeepLEngine.HttpClientName),
            sp.GetRequiredService<IOptions<DeepLOptions>>().Value,
            sp.GetService<TimeProvider>() ?? TimeProvider.System),
            Math.Max(1, sp.GetRequiredService<IOptions<DeepLOptions>>().Value.MaxConcurrency)));
        return services;
    }
}
