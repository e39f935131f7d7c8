namespace Newsdesk.Translation;

/// <summary>What one engine call translates: segments of inline HTML, in order, for one pair.</summary>
/// <param name="Pair">Source and target language, with the full target locale (the engine maps it to its own codes).</param>
/// <param name="Segments">Inline HTML fragments (markup and placeholders as the engine's capabilities asked for).</param>
/// <param name="Glossary">The pair's glossary, for engines that apply it themselves.</param>
/// <param name="Formality">Register, for engines that support it.</param>
public sealed record TranslationBatch(
    LanguagePair Pair,
    IReadOnlyList<string> Segments,
    TranslationGlossary? Glossary = null,
    Formality Formality = Formality.Default)
{
    public int SourceCharacters => Segments.Sum(s => s.Length);
}
