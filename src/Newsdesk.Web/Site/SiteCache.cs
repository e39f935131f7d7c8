using Microsoft.AspNetCore.OutputCaching;
using Newsdesk.Model;
using Newsdesk.Publishing;
using Newsdesk.Storage;

namespace Newsdesk.Web.Site;

/// <summary>
/// Output caching of the public pages. Every public page is tagged "site"; publishing anything evicts the tag, in this
/// process through <see cref="ISiteChangeNotifier"/>, and in other processes (workers elsewhere on the same database)
/// through <see cref="SiteVersionWatcher"/>, which polls the store's change counter.
/// </summary>
public static class SiteCache
{
    public const string Policy = "site";
    public const string Tag = "site";
}

/// <summary>Evicts the site's cached pages when this process publishes.</summary>
public sealed class SiteCacheInvalidator(IOutputCacheStore cache, EditionCatalog editions) : ISiteChangeNotifier
{
    public async Task SiteChangedAsync(ArticleId article, LanguageTag language, CancellationToken cancellationToken) => await EvictAsync(cancellationToken);

    public async Task EvictAsync(CancellationToken cancellationToken)
    {
        editions.Invalidate();
        await cache.EvictByTagAsync(SiteCache.Tag, cancellationToken);
    }
}

/// <summary>Notices publications made by other processes and evicts the cache then.</summary>
public sealed class SiteVersionWatcher(ISiteStore site, SiteCacheInvalidator invalidator, SiteOptions options, TimeProvider time,
    ILogger<SiteVersionWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        long? seen = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var version = await site.GetSiteVersionAsync(stoppingToken);
                if (seen is { } before && before != version)
                {
                    await invalidator.EvictAsync(stoppingToken);
                }
                seen = version;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not read the site version; cached pages may stay stale until it can");
            }
            try
            {
                await Task.Delay(options.ChangePollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
