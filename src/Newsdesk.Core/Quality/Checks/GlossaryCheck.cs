using System.Text.RegularExpressions;
using Newsdesk.Model;

namespace Newsdesk.Quality.Checks;

/// <summary>
/// The glossary of the translation issue: a do-not-translate term of the source must appear unchanged in the
/// target; a term with a required rendering must be rendered so; renderings listed under Avoid are flagged.
/// </summary>
public sealed class GlossaryCheck : IQualityCheck
{
    public FindingCategory Category => FindingCategory.Glossary;

    public void Check(CheckContext context, ICollection<Finding> findings)
    {
        var target = context.Target.Text;
        var source = context.Source?.Text;
        foreach (var entry in context.Glossary)
        {
            if (entry.SourceLanguage.Language != context.SourceLanguage || entry.TargetLanguage.Language != context.TargetLanguage)
            {
                continue;
            }
            var sourceMatch = source is null ? null : GlossaryMatcher.Find(source, entry.Term);
            var inSource = sourceMatch is not null;
            if (entry.DoNotTranslate)
            {
                if (inSource && !GlossaryMatcher.Contains(target, entry.Term))
                {
                    findings.Add(new Finding(Category, Severity.Major, new TextSpan(0, 0), "glossary.do-not-translate",
                        $"\"{entry.Term}\" must stay as it is, but it does not appear in the translation.",
                        SourceSpan: new TextSpan(sourceMatch!.Index, sourceMatch.Index + sourceMatch.Length), Suggestion: entry.Term));
                }
                continue;
            }
            foreach (var avoid in entry.Avoid ?? [])
            {
                // Without a source an avoided rendering is only suspicious when the term's rendering is absent too.
                if (source is not null && !inSource)
                {
                    continue;
                }
                foreach (Match m in GlossaryMatcher.FindAll(target, avoid))
                {
                    findings.Add(new Finding(Category, Severity.Major, new TextSpan(m.Index, m.Index + m.Length), "glossary.avoided-rendering",
                        $"\"{m.Value}\" is a rendering the glossary rules out for \"{entry.Term}\"{(entry.Note is null ? "" : $" ({entry.Note})")}.",
                        SourceSpan: inSource ? new TextSpan(sourceMatch!.Index, sourceMatch.Index + sourceMatch.Length) : null,
                        Suggestion: entry.Rendering));
                }
            }
            if (inSource && entry.Rendering is { } rendering && !GlossaryMatcher.Contains(target, rendering))
            {
                findings.Add(new Finding(Category, Severity.Minor, new TextSpan(0, 0), "glossary.rendering-missing",
                    $"The glossary renders \"{entry.Term}\" as \"{rendering}\", which the translation does not use.",
                    SourceSpan: new TextSpan(sourceMatch!.Index, sourceMatch.Index + sourceMatch.Length), Suggestion: rendering));
            }
        }
    }
}
