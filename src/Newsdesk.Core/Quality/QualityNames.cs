namespace Newsdesk.Quality;

/// <summary>Maps categories, severities and verdicts to and from the names used in the JSON contract.</summary>
public static class QualityNames
{
    public static string ToContractName(this FindingCategory category) => category switch
    {
        FindingCategory.Untranslated => "untranslated",
        FindingCategory.Number => "number",
        FindingCategory.LocaleFormat => "locale_format",
        FindingCategory.Punctuation => "punctuation",
        FindingCategory.Omission => "omission",
        FindingCategory.Addition => "addition",
        FindingCategory.Boilerplate => "boilerplate",
        FindingCategory.FalseFriend => "false_friend",
        FindingCategory.Glossary => "glossary",
        FindingCategory.Names => "names",
        FindingCategory.Spelling => "spelling",
        FindingCategory.Fluency => "fluency",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    public static string ToContractName(this Severity severity) => severity switch
    {
        Severity.Minor => "minor",
        Severity.Major => "major",
        Severity.Critical => "critical",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    public static string ToContractName(this Verdict verdict) => verdict switch
    {
        Verdict.Publish => "publish",
        Verdict.Hold => "hold",
        Verdict.Reject => "reject",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };
}
