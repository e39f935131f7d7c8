using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Translation;

namespace Newsdesk.Tests.Support;

/// <summary>Builds an engine the way the executable does: through its registration extension and IHttpClientFactory.</summary>
public static class EngineServices
{
    public static ITranslationEngine Build(Action<IServiceCollection> register, TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(time ?? TimeProvider.System);
        register(services);
        return services.BuildServiceProvider().GetRequiredService<ITranslationEngine>();
    }
}
