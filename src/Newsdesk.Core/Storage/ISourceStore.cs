using Newsdesk.Model;

namespace Newsdesk.Storage;

/// <summary>The sources the desk follows, their fetch health and the entries seen in them.</summary>
public interface ISourceStore
{
    /// <summary>Adds a source; adding a URL that is already followed is an error naming the existing source.</summary>
    Task<Source> AddSourceAsync(SourceDraft draft, DateTimeOffset now, CancellationToken cancellationToken);

    Task<Source?> GetSourceAsync(SourceId id, CancellationToken cancellationToken);

    Task<Source?> FindSourceByUrlAsync(string url, CancellationToken cancellationToken);

    Task<IReadOnlyList<Source>> ListSourcesAsync(CancellationToken cancellationToken);

    /// <summary>Saves the user-editable settings of a source (name, kind, language, licence, noindex, interval, paused).</summary>
    Task UpdateSourceSettingsAsync(Source source, CancellationToken cancellationToken);

    /// <summary>Removes a source and its feed items; stored articles stay.</summary>
    Task<bool> RemoveSourceAsync(SourceId id, CancellationToken cancellationToken);

    /// <summary>Unpaused sources whose next fetch time has come.</summary>
    Task<IReadOnlyList<Source>> ListDueSourcesAsync(DateTimeOffset now, CancellationToken cancellationToken);

    Task RecordSourceFetchAsync(SourceId id, SourceFetchRecord record, CancellationToken cancellationToken);

    /// <summary>Records entries seen in a source; returns those that are new (or a new version of a known one).</summary>
    Task<IReadOnlyList<FeedItemDraft>> AddFeedItemsAsync(SourceId source, IReadOnlyList<FeedItemDraft> items, DateTimeOffset now, CancellationToken cancellationToken);
}
