namespace Newsdesk.Quality;

/// <summary>The kind of defect a finding reports, in the check contract's vocabulary.</summary>
public enum FindingCategory
{
    Untranslated,
    Number,
    LocaleFormat,
    Punctuation,
    Omission,
    Addition,
    Boilerplate,
    FalseFriend,
    Glossary,
    Names,
    Spelling,
    Fluency,
}
