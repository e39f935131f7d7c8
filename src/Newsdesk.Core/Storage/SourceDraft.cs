using Newsdesk.Model;

namespace Newsdesk.Storage;

/// <summary>A source to add: only what a user states.</summary>
public sealed record SourceDraft(
    string Url,
    SourceKind Kind = SourceKind.Auto,
    string? Name = null,
    LanguageTag? Language = null,
    Licence Licence = Licence.ExcerptAndLink,
    bool NoIndex = false,
    TimeSpan? PollInterval = null);
