using Newsdesk.Model;

namespace Newsdesk.Translation;

/// <summary>Translate one extracted article into one target locale.</summary>
/// <param name="Article">The extracted, sanitised article.</param>
/// <param name="Target">Target locale ("de-DE", "es").</param>
public sealed record ArticleTranslationRequest(ExtractedArticle Article, LanguageTag Target)
{
    /// <summary>Source language; defaults to the article's detected language.</summary>
    public LanguageTag? Source { get; init; }

    /// <summary>Engine chosen explicitly (`--engine`); null lets the registry choose.</summary>
    public string? Engine { get; init; }

    public TranslationGlossary Glossary { get; init; } = TranslationGlossary.Empty;

    public Formality Formality { get; init; } = Formality.Default;
}
