namespace Newsdesk.Quality;

/// <summary>The result of checking one translation.</summary>
/// <param name="Verdict">Publish, hold for an editor, or reject.</param>
/// <param name="Findings">All findings, ordered by position in the target.</param>
/// <param name="Notices">Things the gate could not do (a missing dictionary), for logs and editors; they do not affect the verdict.</param>
public sealed record QualityReport(Verdict Verdict, IReadOnlyList<Finding> Findings, IReadOnlyList<string> Notices)
{
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);
}
