using Newsdesk.Model;

namespace Newsdesk.Storage;

/// <summary>Raw bytes of a fetched story page, kept so extraction can run (and run again) without refetching.</summary>
public sealed record FetchedPage
{
    public PageId Id { get; init; }
    public required string Url { get; init; }
    public required string FinalUrl { get; init; }
    public SourceId? SourceId { get; init; }
    public required DateTimeOffset FetchedAt { get; init; }
    public int StatusCode { get; init; }
    public string? ContentType { get; init; }
    public string? Charset { get; init; }
    public required byte[] Body { get; init; }
    /// <summary>The feed's entry title, a fallback when the page has none.</summary>
    public string? FeedTitle { get; init; }
}
