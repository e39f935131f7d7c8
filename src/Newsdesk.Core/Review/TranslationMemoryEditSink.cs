using Newsdesk.Model;
using Newsdesk.Storage;
using Newsdesk.Translation;

namespace Newsdesk.Review;

/// <summary>
/// Puts an editor's approved edits into the translation memory, keyed so that the translator finds them the next time
/// the same source segment is translated into the same language, by any engine (see <see cref="ArticleTranslator.EditorKey"/>).
/// </summary>
public sealed class TranslationMemoryEditSink(ITranslationStore store, ITranslationMemory memory) : IApprovedEditSink
{
    public async Task RecordAsync(ApprovedEdit edit, CancellationToken cancellationToken)
    {
        var pair = new LanguagePair(edit.Before.SourceLanguage, edit.Before.Language);
        var glossary = await store.GetGlossaryAsync(pair, cancellationToken);
        var entries = ArticleTranslator.EditorEntries(edit.Source.Content, edit.Before.Content, edit.After, pair, glossary.Version);
        await memory.PutManyAsync(entries, cancellationToken);
    }
}
