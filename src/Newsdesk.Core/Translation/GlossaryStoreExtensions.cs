namespace Newsdesk.Translation;

/// <summary>Reads the glossary that applies to a pair.</summary>
public static class GlossaryStoreExtensions
{
    /// <summary>The pair's glossary: entries for the same source and target language (a de entry also serves de-CH).</summary>
    public static async Task<TranslationGlossary> GetGlossaryAsync(
        this IGlossaryStore store, LanguagePair pair, CancellationToken cancellationToken)
    {
        var entries = await store.ListAsync(pair, cancellationToken);
        return TranslationGlossary.Create(entries.Where(e => new LanguagePair(e.SourceLanguage, e.TargetLanguage).Covers(pair)));
    }
}
