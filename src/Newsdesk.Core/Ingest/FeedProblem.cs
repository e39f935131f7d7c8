namespace Newsdesk.Ingest;

/// <summary>A problem found while parsing, with the item it concerns when there is one.</summary>
/// <param name="Kind">What went wrong.</param>
/// <param name="Message">A sentence naming the problem and what was done about it.</param>
/// <param name="ItemIndex">Zero-based position of the entry in the document, when the problem concerns one entry.</param>
/// <param name="ItemId">The entry's id or link when known.</param>
public sealed record FeedProblem(FeedProblemKind Kind, string Message, int? ItemIndex = null, string? ItemId = null)
{
    public override string ToString() => ItemIndex is null ? Message : $"item {ItemIndex.Value}{(ItemId is null ? "" : $" ({ItemId})")}: {Message}";
}
