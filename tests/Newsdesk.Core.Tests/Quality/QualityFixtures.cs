using Newsdesk.Model;
using Newsdesk.Quality;

namespace Newsdesk.Tests.Quality;

/// <summary>One gate for all quality tests (it is immutable and thread-safe) and readers for fixtures/quality.</summary>
internal static class QualityFixtures
{
    public static QualityGate Gate { get; } = QualityGate.CreateDefault();

    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "quality", name)).ReplaceLineEndings("\n");

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "quality", name);

    public static QualityInput FrDe(string target, string? source = null, string locale = "de-DE") =>
        new(target, LanguageTag.Parse("fr"), LanguageTag.Parse("de"), LanguageTag.Parse(locale), source);

    public static QualityReport Check(string target, string? source = null, string locale = "de-DE") =>
        Gate.Check(FrDe(target, source, locale));

    /// <summary>Checks an English→German translation (the pair of the real MQM-rated cases).</summary>
    public static QualityReport CheckFromEnglish(string target, string source) =>
        Gate.Check(new QualityInput(target, LanguageTag.Parse("en"), LanguageTag.Parse("de"), LanguageTag.Parse("de-DE"), source));

    public static IEnumerable<Finding> Of(this QualityReport report, FindingCategory category) =>
        report.Findings.Where(f => f.Category == category);

    public static string At(this Finding finding, string text) => text[finding.Span.Start..finding.Span.End];
}
