using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Newsdesk.Quality.Language;

namespace Newsdesk.Translation.OpenAI;

/// <summary>Registers an OpenAI-compatible chat-completions engine with a typed HttpClient.</summary>
public static class OpenAIServiceCollectionExtensions
{
    /// <summary>Adds the engine with options bound from the "OpenAI" section.</summary>
    public static IServiceCollection AddOpenAITranslation(this IServiceCollection services, IConfiguration configuration) =>
        services.AddOpenAITranslation(options => configuration.GetSection(OpenAIOptions.SectionName).Bind(options));

    /// <summary>Adds the engine configured in code.</summary>
    public static IServiceCollection AddOpenAITranslation(this IServiceCollection services, Action<OpenAIOptions> configure)
    {
        services.AddOptions<OpenAIOptions>()
            .Configure(configure)
            .Validate(o => o.BaseUrl is not null, "OpenAI:BaseUrl is required (e.g. http://127.0.0.1:11434/v1/).")
            .Validate(o => o.Model.Trim().Length > 0, "OpenAI:Model is required.");
        services.AddHttpClient(OpenAIEngine.HttpClientName, (sp, client) =>
        {
            var options = sp.GetRequiredService<IOptions<OpenAIOptions>>().Value;
            var url = options.BaseUrl!;
            client.BaseAddress = url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
            client.Timeout = options.Timeout;
        });
        services.AddSingleton<ITranslationEngine>(sp => new ConcurrencyLimitedEngine(new OpenAIEngine(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(OpenAIEngine.HttpClientName),
            sp.GetRequiredService<IOptions<OpenAIOptions>>().Value,
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetService<LanguageIdentifier>()),
            Math.Max(1, sp.GetRequiredService<IOptions<OpenAIOptions>>().Value.MaxConcurrency)));
        return services;
    }
}
