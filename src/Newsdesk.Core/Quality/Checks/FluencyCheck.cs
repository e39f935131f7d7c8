using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Newsdesk.Quality.Data;

namespace Newsdesk.Quality.Checks;

/// <summary>Literal renderings of idioms from a per-language list (fluency.de.tsv); minor, optional.</summary>
public sealed class FluencyCheck : IQualityCheck
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<(Regex Pattern, string Suggestion, string Why)>> Lists = new(StringComparer.Ordinal);

    public FindingCategory Category => FindingCategory.Fluency;

    public void Check(CheckContext context, ICollection<Finding> findings)
    {
        if (!context.Options.Fluency)
        {
            return;
        }
        var list = Lists.GetOrAdd(context.TargetLanguage, static l => QualityData.Rows($"fluency.{l}.tsv")
            .Where(r => r.Length >= 3)
            .Select(r => (new Regex(r[0], RegexOptions.CultureInvariant | RegexOptions.Compiled), r[1], r[2]))
            .ToList());
        foreach (var (pattern, suggestion, why) in list)
        {
            foreach (Match m in pattern.Matches(context.Target.Text))
            {
                findings.Add(new Finding(Category, Severity.Minor, new TextSpan(m.Index, m.Index + m.Length), "fluency.literal-idiom",
                    $"\"{m.Value}\" reads as a literal rendering: {why}.", Suggestion: suggestion));
            }
        }
    }
}
