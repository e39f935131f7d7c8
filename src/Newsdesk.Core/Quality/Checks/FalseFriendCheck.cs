using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Newsdesk.Quality.Data;

namespace Newsdesk.Quality.Checks;

/// <summary>
/// False friends per language pair from data files (false-friends.fr-de.tsv, …): a source term rendered by its
/// look-alike ("site" -> "Website" about a construction site). Entries marked for target-only use need context
/// words near the look-alike; the others need the source term in the aligned source sentence. An entry may name the
/// original's wordings in which the look-alike is the right word (its sense fits), and stays silent there.
/// </summary>
public sealed class FalseFriendCheck : IQualityCheck
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<Entry>> Lists = new(StringComparer.Ordinal);

    public FindingCategory Category => FindingCategory.FalseFriend;

    public void Check(CheckContext context, ICollection<Finding> findings)
    {
        var entries = Lists.GetOrAdd($"{context.SourceLanguage}-{context.TargetLanguage}", Load);
        if (entries.Count == 0)
        {
            return;
        }
        var target = context.Target;
        var source = context.Source;
        foreach (var entry in entries)
        {
            if (source is null && !entry.TargetOnly)
            {
                continue;
            }
            foreach (Match m in entry.Target.Matches(target.Text))
            {
                var ti = target.SentenceAt(m.Index);
                if (ti < 0)
                {
                    continue;
                }
                // Context window: the sentence and its neighbours in the target, the aligned sentences in the source.
                var from = target.Sentences[Math.Max(0, ti - 1)].Start;
                var to = target.Sentences[Math.Min(target.Sentences.Count - 1, ti + 1)].End;
                var window = target.Text[from..to];
                TextSpan? sourceSpan = null;
                if (source is not null)
                {
                    var aligned = AlignedSource(context, ti);
                    if (aligned is null)
                    {
                        continue;
                    }
                    var sourceText = source[aligned.Value];
                    var sm = entry.Source.Match(sourceText);
                    if (!sm.Success)
                    {
                        continue;
                    }
                    sourceSpan = new TextSpan(aligned.Value.Start + sm.Index, aligned.Value.Start + sm.Index + sm.Length);
                    window += " " + sourceText;
                }
                if (entry.Context is not null && !entry.Context.IsMatch(window))
                {
                    continue;
                }
                // The original uses the term in the sense the look-alike has too ("une politique conséquente").
                if (entry.Fits is not null && entry.Fits.IsMatch(window))
                {
                    continue;
                }
                findings.Add(new Finding(Category, source is null ? Severity.Major : Severity.Major, new TextSpan(m.Index, m.Index + m.Length),
                    $"false_friend.{context.SourceLanguage}-{context.TargetLanguage}",
                    $"\"{m.Value}\" looks like a false friend of the original's wording here; it means something else.",
                    SourceSpan: sourceSpan, Suggestion: entry.Suggestion));
            }
        }
    }

    private static TextSpan? AlignedSource(CheckContext context, int targetSentence)
    {
        if (context.Alignment?.BeadOfTarget(targetSentence) is not { SourceCount: > 0 } bead || context.Source is not { } source)
        {
            return null;
        }
        // One sentence of slack on each side: alignment errors should not hide a false friend.
        var first = Math.Max(0, bead.SourceStart - 1);
        var last = Math.Min(source.Sentences.Count - 1, bead.SourceStart + bead.SourceCount);
        return new TextSpan(source.Sentences[first].Start, source.Sentences[last].End);
    }

    private static IReadOnlyList<Entry> Load(string pair)
    {
        var entries = new List<Entry>();
        foreach (var row in QualityData.Rows($"false-friends.{pair}.tsv"))
        {
            if (row.Length < 3)
            {
                continue;
            }
            const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
            var context = row.Length > 3 && row[3].Length > 0 ? new Regex(row[3], options) : null;
            var targetOnly = row.Length > 4 && row[4] == "target";
            // Target words are matched case-sensitively where the list capitalises them (German nouns).
            var targetOptions = row[1].Any(char.IsUpper) ? options & ~RegexOptions.IgnoreCase : options;
            var fits = row.Length > 5 && row[5].Length > 0 ? new Regex(row[5], options) : null;
            entries.Add(new Entry(new Regex(row[0], options), new Regex(row[1], targetOptions), row[2], context, targetOnly, fits));
        }
        return entries;
    }

    private sealed record Entry(Regex Source, Regex Target, string Suggestion, Regex? Context, bool TargetOnly, Regex? Fits);
}
