using Newsdesk.Model;

namespace Newsdesk.Quality;

/// <summary>A translation to check: the target text, optionally its source, and the languages involved.</summary>
/// <param name="Target">The translated text; paragraphs separated by "\n", the first line may be the headline.</param>
/// <param name="SourceLanguage">Language of the original.</param>
/// <param name="TargetLanguage">Language of the translation.</param>
/// <param name="TargetLocale">Locale whose conventions apply (de-CH quotes and numbers differ from de-DE); defaults to the target language's main locale.</param>
/// <param name="Source">The original text, when available; checks that need it are skipped otherwise.</param>
/// <param name="Glossary">Glossary rules for this language pair.</param>
/// <param name="KeptPassages">
/// Lines of the target the desk kept in their own language on purpose (an embedded post or a quotation in a third
/// language): they are not judged as translation, unless they read as the source language after all.
/// </param>
/// <remarks><see cref="EngineUnknownWords"/>: words the engine itself marked as unknown and left as they were.</remarks>
public sealed record QualityInput(
    string Target,
    LanguageTag SourceLanguage,
    LanguageTag TargetLanguage,
    LanguageTag? TargetLocale = null,
    string? Source = null,
    IReadOnlyList<GlossaryEntry>? Glossary = null,
    IReadOnlyList<string>? KeptPassages = null)
{
    /// <summary>
    /// Words the engine marked as unknown (Apertium's "*") and the desk left as they were: each one still in the text is
    /// reported as untranslated, also when the target's dictionary happens to know the word ("ferré" is a Spanish verb
    /// form too). Empty when the engine does not mark them or nothing was left.
    /// </summary>
    public IReadOnlyList<string> EngineUnknownWords { get; init; } = [];
}
