using Newsdesk.Model;

namespace Newsdesk.Publishing;

/// <summary>Told when the site's content changed, so caches drop what they hold (the web host evicts its output cache).</summary>
public interface ISiteChangeNotifier
{
    Task SiteChangedAsync(ArticleId article, LanguageTag language, CancellationToken cancellationToken);
}

/// <summary>For processes without a site: nothing to tell. Web processes elsewhere notice through the site version.</summary>
public sealed class NoSiteChangeNotifier : ISiteChangeNotifier
{
    public Task SiteChangedAsync(ArticleId article, LanguageTag language, CancellationToken cancellationToken) => Task.CompletedTask;
}
