using Newsdesk.Translation;
using Newsdesk.Translation.Apertium;
using Newsdesk.Translation.DeepL;
using Newsdesk.Translation.LibreTranslate;
using Newsdesk.Translation.OpenAI;

namespace Newsdesk.Web.Composition;

/// <summary>The translation engines and pipeline: one registration call per engine adapter.</summary>
public static class TranslationServices
{
    /// <summary>Apertium always (it reports what it has installed); DeepL, LibreTranslate and OpenAI-compatible endpoints when configured.</summary>
    public static IServiceCollection AddTranslationEngines(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddApertiumTranslation(configuration);
        if (!string.IsNullOrWhiteSpace(configuration["DeepL:ApiKey"]))
        {
            services.AddDeepLTranslation(configuration);
        }
        if (!string.IsNullOrWhiteSpace(configuration["LibreTranslate:BaseUrl"]))
        {
            services.AddLibreTranslateTranslation(configuration);
        }
        if (!string.IsNullOrWhiteSpace(configuration["OpenAI:BaseUrl"]))
        {
            services.AddOpenAITranslation(configuration);
        }
        services.AddSingleton(sp => new TranslationEngineRegistry(sp.GetServices<ITranslationEngine>(),
            DeskSettings.List(configuration, "Translation:Preference") is { Count: > 0 } preference ? preference : null));
        services.AddSingleton<ITranslationMemory, NewsStoreTranslationMemory>();
        services.AddSingleton<LabelTranslator>();
        services.AddSingleton(sp => new ArticleTranslator(sp.GetRequiredService<TranslationEngineRegistry>(),
            sp.GetRequiredService<ITranslationMemory>(), sp.GetRequiredService<TimeProvider>(),
            configuration.GetSection("Translation").Get<ArticleTranslatorOptions>(), sp.GetRequiredService<ILogger<ArticleTranslator>>(),
            sp.GetService<IUnknownWordResolver>(), sp.GetService<INameEvidence>()));
        return services;
    }
}
