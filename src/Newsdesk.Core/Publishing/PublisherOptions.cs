namespace Newsdesk.Publishing;

/// <summary>How the publisher publishes (section "Publishing").</summary>
public sealed record PublisherOptions
{
    /// <summary>Show each original article in its own language's edition too (a French source makes a /fr/ edition).</summary>
    public bool PublishOriginals { get; init; } = true;
}
