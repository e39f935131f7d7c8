using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Newsdesk.Translation.LibreTranslate;

/// <summary>Registers the LibreTranslate engine with a typed HttpClient.</summary>
public static class LibreTranslateServiceCollectionExtensions
{
    /// <summary>Adds LibreTranslate with options bound from the "LibreTranslate" section.</summary>
    public static IServiceCollection AddLibreTranslateTranslation(this IServiceCollection services, IConfiguration configuration) =>
        services.AddLibreTranslateTranslation(options => configuration.GetSection(LibreTranslateOptions.SectionName).Bind(options));

    /// <summary>Adds LibreTranslate configured in code.</summary>
    public static IServiceCollection AddLibreTranslateTranslation(this IServiceCollection services, Action<LibreTranslateOptions> configure)
    {
        services.AddOptions<LibreTranslateOptions>()
            .Configure(configure)
            .Validate(o => o.BaseUrl is not null, "LibreTranslate:BaseUrl is required to use LibreTranslate.");
        services.AddHttpClient(LibreTranslateEngine.HttpClientName, (sp, client) =>
        {
            var options = sp.GetRequiredService<IOptions<LibreTranslateOptions>>().Value;
            client.BaseAddress = WithSlash(options.BaseUrl!);
            client.Timeout = options.Timeout;
        });
        services.AddSingleton<ITranslationEngine>(sp => new ConcurrencyLimitedEngine(new LibreTranslateEngine(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(LibreTranslateEngine.HttpClientName),
            sp.GetRequiredService<IOptions<LibreTranslateOptions>>().Value,
            sp.GetService<TimeProvider>() ?? TimeProvider.System),
            Math.Max(1, sp.GetRequiredService<IOptions<LibreTranslateOptions>>().Value.MaxConcurrency)));
        return services;
    }

    private static Uri WithSlash(Uri url) => url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
}
