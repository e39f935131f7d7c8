using Newsdesk.Model;

namespace Newsdesk.Storage;

/// <summary>A translation as stored, with the gate's verdict and findings and the editors' actions.</summary>
public sealed record StoredTranslation
{
    public required TranslationId Id { get; init; }
    public required ArticleId ArticleId { get; init; }
    public int ArticleRevision { get; init; }
    public required LanguageTag SourceLanguage { get; init; }
    public required LanguageTag Language { get; init; }
    public required string Engine { get; init; }
    public TranslationStatus Status { get; init; }
    public required ExtractedArticle Content { get; init; }
    /// <summary>"publish", "hold" or "reject" from the quality gate; null before the check.</summary>
    public string? Verdict { get; init; }
    /// <summary>The gate's findings as JSON (the quality gate's own format).</summary>
    public string FindingsJson { get; init; } = "[]";
    /// <summary>Safe fixes the gate applied, as JSON before/after records.</summary>
    public string FixesJson { get; init; } = "[]";
    public long CostCharacters { get; init; }
    public long CostTokens { get; init; }
    public int MemoryHits { get; init; }
    public int EngineCalls { get; init; }
    public string? Error { get; init; }
    /// <summary>The editor who approved or edited it; null for a machine-only translation.</summary>
    public string? ReviewedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    /// <summary>Words the engine marked as unknown and the desk left as they were (see <see cref="TranslationDraft.UnknownWords"/>).</summary>
    public IReadOnlyList<string> UnknownWords { get; init; } = [];
}

/// <summary>The gate's result recorded on a translation.</summary>
/// <param name="Status">Published, Held or Rejected.</param>
/// <param name="Verdict">"publish", "hold" or "reject".</param>
/// <param name="FindingsJson">Findings, as JSON.</param>
/// <param name="FixesJson">Applied fixes, as JSON.</param>
/// <param name="FixedContent">The content after safe fixes, when any were applied.</param>
public sealed record TranslationCheck(TranslationStatus Status, string Verdict, string FindingsJson, string FixesJson, ExtractedArticle? FixedContent);

/// <summary>Which translations to list.</summary>
public sealed record TranslationQuery(LanguageTag? Language = null, TranslationStatus? Status = null, int Limit = 50, int Offset = 0);

/// <summary>What one engine cost for one target language.</summary>
public sealed record TranslationCostSummary(string Engine, string Language, long Translations, long Characters, long Tokens, long EngineCalls, long MemoryHits);
