using Newsdesk.Model;

namespace Newsdesk.Storage;

/// <summary>A topic found in an article: an entity (person, organisation, place) or a section or tag of its source.</summary>
/// <param name="Key">Language-independent identity: "place:us", "name:elon-musk".</param>
/// <param name="Kind">"place", "person", "organisation", "name", "section" or "tag".</param>
/// <param name="Labels">Its name per language (at least the language it was found in).</param>
/// <param name="Weight">How central it is to the article (mentions; higher is more).</param>
public sealed record TopicDraft(string Key, string Kind, IReadOnlyDictionary<string, string> Labels, int Weight = 1);

/// <summary>A topic as named in one language, with the URL slug of its page in that edition.</summary>
public sealed record TopicLabel(TopicId TopicId, string Key, string Kind, LanguageTag Language, string Label, string Slug);
