using Newsdesk.Model;
using Newsdesk.Review;
using Newsdesk.Storage;

namespace Newsdesk.Web.Editors;

/// <summary>What every editor page shares: the signed-in editor, the antiforgery token for its forms, a message.</summary>
public sealed record EditorFrame(string Title, string? User, bool IsAdmin, string Stylesheet, string TokenField, string Token, string? Flash = null,
    string? Error = null);

public sealed record SignInModel(EditorFrame Frame, string? ReturnUrl, string? Name);

public sealed record QueueItem(StoredTranslation Translation, string SourceTitle, int Findings);

public sealed record QueueModel(EditorFrame Frame, IReadOnlyList<QueueItem> Held, IReadOnlyList<StoredTranslation> RecentlyReviewed);

public sealed record ReviewModel(
    EditorFrame Frame,
    StoredTranslation Translation,
    StoredArticle Source,
    IReadOnlyList<ReviewFinding> Findings,
    IReadOnlyList<IReadOnlyList<HighlightSegment>> TranslationLines,
    IReadOnlyList<IReadOnlyList<HighlightSegment>> SourceLines,
    IReadOnlyList<string> Engines,
    string? LiveUrl,
    IReadOnlyList<ReviewFix>? Fixes = null);

public sealed record SourcesModel(EditorFrame Frame, IReadOnlyList<Source> Sources);

public sealed record GlossaryModel(EditorFrame Frame, string SourceLanguage, string TargetLanguage, IReadOnlyList<GlossaryEntry> Entries,
    IReadOnlyList<(string Source, string Target)> Pairs);

/// <summary>The section and topic names of one edition: set ones (by the engine or an editor) and those still missing.</summary>
public sealed record LabelsModel(EditorFrame Frame, string Language, IReadOnlyList<string> Languages, IReadOnlyList<SiteLabel> Labels,
    IReadOnlyList<(string SourceLanguage, string Source)> Missing);

public sealed record AuditModel(EditorFrame Frame, IReadOnlyList<AuditEntry> Entries);
