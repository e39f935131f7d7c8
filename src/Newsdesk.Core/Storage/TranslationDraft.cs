using Newsdesk.Model;

namespace Newsdesk.Storage;

/// <summary>The output of translating one article revision into one language.</summary>
/// <param name="ArticleId">The article translated.</param>
/// <param name="ArticleRevision">The revision of the article it was made from.</param>
/// <param name="SourceLanguage">The article's language.</param>
/// <param name="Language">The target language.</param>
/// <param name="Engine">The engine (or engines, comma-separated) that produced it.</param>
/// <param name="Content">The translated title, lead, blocks and body HTML.</param>
/// <param name="Status">Translated (on its way to the gate) or Failed.</param>
/// <param name="CostCharacters">Characters billed by the engines.</param>
/// <param name="CostTokens">Tokens used by LLM engines.</param>
/// <param name="Error">The engine's own message when something failed.</param>
/// <param name="MemoryHits">Segments that came from the translation memory.</param>
/// <param name="EngineCalls">Calls made to engines.</param>
/// <param name="MemoryCandidates">The segments the engines translated for this translation. They wait on the translation and enter
/// the translation memory only when it is accepted (the gate publishes it or an editor approves it), never when it is held or rejected.</param>
/// <param name="FixesJson">Changes the pipeline made after the engine (unknown words mended), as the gate's fixes JSON; the gate's own
/// fixes are added to them at the check.</param>
/// <param name="UnknownWords">Words the engine marked as unknown that the desk left as they were (no safe rendering); the check
/// reports each one still in the text.</param>
public sealed record TranslationDraft(
    ArticleId ArticleId,
    int ArticleRevision,
    LanguageTag SourceLanguage,
    LanguageTag Language,
    string Engine,
    ExtractedArticle Content,
    TranslationStatus Status = TranslationStatus.Translated,
    long CostCharacters = 0,
    long CostTokens = 0,
    string? Error = null,
    int MemoryHits = 0,
    int EngineCalls = 0,
    IReadOnlyList<MemorySegment>? MemoryCandidates = null,
    string FixesJson = "[]",
    IReadOnlyList<string>? UnknownWords = null);
