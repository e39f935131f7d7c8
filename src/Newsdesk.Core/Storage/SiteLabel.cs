using Newsdesk.Model;

namespace Newsdesk.Storage;

/// <summary>
/// A section or topic name as shown in one edition: the name found in the source's language and its rendering in the
/// edition's language, set by the desk's engine or by an editor (an editor's rendering is never replaced by the engine's).
/// </summary>
/// <param name="SourceLanguage">The language the name was found in.</param>
/// <param name="Source">The name as found ("Économie").</param>
/// <param name="Language">The edition's language.</param>
/// <param name="Label">The name in the edition's language ("Economia").</param>
/// <param name="SetBy">Who set it.</param>
/// <param name="Engine">The engine that translated it, when the engine did.</param>
/// <param name="Editor">The editor who set it, when one did.</param>
/// <param name="UpdatedAt">When it was set.</param>
public sealed record SiteLabel(
    LanguageTag SourceLanguage,
    string Source,
    LanguageTag Language,
    string Label,
    SiteLabelSetter SetBy,
    string? Engine,
    string? Editor,
    DateTimeOffset UpdatedAt);
