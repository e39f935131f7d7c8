using Newsdesk.Storage;

namespace Newsdesk.Translation;

/// <summary>Reads the glossary that applies to a pair from the desk's store.</summary>
public static class NewsStoreGlossaryExtensions
{
    /// <summary>The pair's glossary: entries for the same source and target language (a "de" entry also serves de-CH).</summary>
    public static async Task<TranslationGlossary> GetGlossaryAsync(this ITranslationStore store, LanguagePair pair, CancellationToken cancellationToken)
    {
        var entries = await store.ListGlossaryAsync(null, null, cancellationToken);
        return TranslationGlossary.Create(entries.Where(e => new LanguagePair(e.SourceLanguage, e.TargetLanguage).Covers(pair)));
    }
}
