using Newsdesk.Model;

namespace Newsdesk.Storage;

/// <summary>How many extracted pages of one source (null: pages of no source) are of one kind.</summary>
public sealed record PageKindCount(SourceId? Source, PageKind Kind, long Pages);

/// <summary>One extracted page of a kind, with the evidence the kind was decided on.</summary>
public sealed record PageKindSample(PageId Page, string Url, SourceId? Source, PageKind Kind, string? Reason);
