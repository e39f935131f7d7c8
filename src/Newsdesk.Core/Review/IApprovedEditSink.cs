using Newsdesk.Model;
using Newsdesk.Storage;

namespace Newsdesk.Review;

/// <summary>
/// Receives an editor's approved edit of a translation, so the corrected segments go into the translation memory.
/// The default (<see cref="TranslationMemoryEditSink"/>) pairs blocks by position; the translation pipeline may
/// register its own to write keys in its own format.
/// </summary>
public interface IApprovedEditSink
{
    Task RecordAsync(ApprovedEdit edit, CancellationToken cancellationToken);
}

/// <summary>An approved edit: the source article, the translation as the machine left it, and the editor's version.</summary>
public sealed record ApprovedEdit(StoredArticle Source, StoredTranslation Before, ExtractedArticle After, string Editor);
