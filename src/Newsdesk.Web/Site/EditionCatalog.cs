using Newsdesk.Model;
using Newsdesk.Storage;

namespace Newsdesk.Web.Site;

/// <summary>
/// The site's editions: the languages that have published articles. Read from the store once and kept until the
/// site changes (the change notifier and the version watcher call <see cref="Invalidate"/>).
/// </summary>
public sealed class EditionCatalog(ISiteStore site, INewsStore news, SiteOptions options)
{
    private volatile Snapshot? _snapshot;

    private sealed record Snapshot(IReadOnlyList<Edition> Editions, IReadOnlyDictionary<long, Source> Sources);

    public void Invalidate() => _snapshot = null;

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        if (_snapshot is { } s)
        {
            return s;
        }
        var editions = (await site.ListEditionsAsync(cancellationToken)).Select(e => new Edition(e.Language, e.Count)).ToList();
        var sources = (await news.ListSourcesAsync(cancellationToken)).ToDictionary(x => x.Id.Value);
        var snapshot = new Snapshot(editions, sources);
        _snapshot = snapshot;
        return snapshot;
    }

    public async Task<IReadOnlyList<Edition>> ListAsync(CancellationToken cancellationToken) => (await LoadAsync(cancellationToken)).Editions;

    /// <summary>The edition for a URL's language segment, or null when the site has none in that language.</summary>
    public async Task<Edition?> FindAsync(string? lang, CancellationToken cancellationToken)
    {
        if (!LanguageTag.TryParse(lang, out var tag) || tag.Value != lang)
        {
            return null;
        }
        return (await ListAsync(cancellationToken)).FirstOrDefault(e => e.Language == tag);
    }

    /// <summary>Where "/" leads and what x-default names: the configured language, else the largest edition.</summary>
    public async Task<Edition?> DefaultAsync(CancellationToken cancellationToken)
    {
        var editions = await ListAsync(cancellationToken);
        return editions.FirstOrDefault(e => e.Code == options.DefaultLanguage)
            ?? editions.OrderByDescending(e => e.Articles).ThenBy(e => e.Code, StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>A source by id (names and licences change rarely; they are cached with the editions).</summary>
    public async Task<Source?> SourceAsync(SourceId? id, CancellationToken cancellationToken) =>
        id is { } sid && (await LoadAsync(cancellationToken)).Sources.TryGetValue(sid.Value, out var source) ? source : null;
}
