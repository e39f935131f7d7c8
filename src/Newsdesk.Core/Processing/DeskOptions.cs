using Newsdesk.Model;

namespace Newsdesk.Processing;

/// <summary>What the desk produces: the languages every new article is translated into.</summary>
public sealed record DeskOptions
{
    /// <summary>Target languages (BCP-47); an article is not translated into its own language.</summary>
    public IReadOnlyList<LanguageTag> TargetLanguages { get; init; } = [];
}
