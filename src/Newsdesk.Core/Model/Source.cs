namespace Newsdesk.Model;

/// <summary>A followed source: a feed, a sitemap or a single article URL, with its fetch state and health.</summary>
public sealed record Source
{
    public required SourceId Id { get; init; }
    public required string Url { get; init; }
    public SourceKind Kind { get; init; } = SourceKind.Auto;
    public string? Name { get; init; }
    /// <summary>Language of the source's articles when known; extraction detects it otherwise.</summary>
    public LanguageTag? Language { get; init; }
    public Licence Licence { get; init; } = Licence.ExcerptAndLink;
    public bool NoIndex { get; init; }
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMinutes(15);
    public bool Paused { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public SourceFetchState Fetch { get; init; } = new();
}

/// <summary>What kind of document a source URL points at.</summary>
public enum SourceKind
{
    /// <summary>Detected on the first fetch (feed, sitemap, or a home page with a discoverable feed).</summary>
    Auto,
    Rss,
    Atom,
    JsonFeed,
    Sitemap,
    /// <summary>A single article page.</summary>
    Page,
}

/// <summary>What the desk may republish from a source.</summary>
public enum Licence
{
    /// <summary>The lead and a link to the original (the default for a new source).</summary>
    ExcerptAndLink,
    /// <summary>The whole article.</summary>
    Full,
    /// <summary>Only the headline and a link.</summary>
    LinkOnly,
}

/// <summary>The fetch bookkeeping and health of a source.</summary>
public sealed record SourceFetchState
{
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public DateTimeOffset? LastFetchAt { get; init; }
    public DateTimeOffset? NextFetchAt { get; init; }
    /// <summary>"ok", "not-modified", or the short name of the failure.</summary>
    public string? LastStatus { get; init; }
    public string? LastError { get; init; }
    public int ConsecutiveErrors { get; init; }
    public int ItemCount { get; init; }
}
