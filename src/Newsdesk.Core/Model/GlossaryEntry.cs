namespace Newsdesk.Model;

/// <summary>
/// One glossary rule for a language pair: either a preferred rendering of a source term
/// ("site" -> "Standort"), or a term that must not be translated at all ("Stargate").
/// </summary>
/// <param name="SourceLanguage">Language of the source text.</param>
/// <param name="TargetLanguage">Language of the translation.</param>
/// <param name="Term">The source-language term (matched case-insensitively on word boundaries).</param>
/// <param name="Rendering">The required target rendering; null for a do-not-translate term.</param>
/// <param name="Avoid">Target renderings that are wrong for this term (e.g. "Website" for "site"); used by the quality gate.</param>
/// <param name="Note">Why the rule exists, for editors.</param>
/// <param name="Context">A regular expression the source segment must match for the rule to apply (the sense of the term:
/// "site" near "construction"); null: everywhere.</param>
/// <param name="ReplaceAvoided">When an engine was given the rule but wrote an avoided rendering anyway, the pipeline replaces
/// it (one for one with the term's occurrences) after the engine.</param>
public sealed record GlossaryEntry(
    LanguageTag SourceLanguage,
    LanguageTag TargetLanguage,
    string Term,
    string? Rendering,
    IReadOnlyList<string>? Avoid = null,
    string? Note = null,
    string? Context = null,
    bool ReplaceAvoided = false)
{
    /// <summary>True when the rule applies to this source text (its context, if any, is there).</summary>
    public bool AppliesTo(string sourceText) => Context is null
        || System.Text.RegularExpressions.Regex.IsMatch(sourceText, Context,
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public bool DoNotTranslate => Rendering is null;
}
