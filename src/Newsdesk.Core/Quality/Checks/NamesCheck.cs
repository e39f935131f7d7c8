using Newsdesk.Text;

namespace Newsdesk.Quality.Checks;

/// <summary>
/// People and organisations of the source present in the target: a run of capitalised words in the source (not at
/// a sentence start) with at least one word no dictionary knows is a name; its distinctive words must reappear in
/// the target. Needs a source in a language that capitalises only names (not German), and its Hunspell dictionary.
/// </summary>
public sealed class NamesCheck : IQualityCheck
{
    public FindingCategory Category => FindingCategory.Names;

    public void Check(CheckContext context, ICollection<Finding> findings)
    {
        if (context.Source is not { } source || context.SourceLanguage == "de" || context.Alignment is not { } alignment)
        {
            return;
        }
        // Without the original's dictionary every capitalised common word of a title ("Asian Athletics Indoor
        // Championships") would pass for a name and be missed in a correct translation: no check beats a wrong one.
        if (context.Spelling.Get(context.SourceLanguage, out var problem) is not { } dictionary)
        {
            context.AddNotice($"names check skipped: {problem}");
            return;
        }
        var targetFolded = Stemmable(Fold(context.Target.Text));
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var words = source.Words;
        var i = 0;
        while (i < words.Count)
        {
            if (!IsNameWord(source.Text, words[i]))
            {
                i++;
                continue;
            }
            var j = i;
            while (j + 1 < words.Count && words[j + 1].Sentence == words[i].Sentence && IsNameWord(source.Text, words[j + 1])
                && OnlySpaceBetween(source.Text, words[j].End, words[j + 1].Start))
            {
                j++;
            }
            var run = Enumerable.Range(i, j - i + 1).Select(k => words[k]).ToList();
            i = j + 1;
            if (run.Count < 2 || run[0].SentenceInitial)
            {
                continue;
            }
            var distinctive = run.Select(w => StripPossessive(source.Text[w.Start..w.End]))
                .Where(w => w.Length >= 4 && !dictionary.IsCorrect(w.ToLowerInvariant())
                    && !context.Lexicon.Contains(context.SourceLanguage, w))
                .ToList();
            if (distinctive.Count == 0)
            {
                continue;
            }
            var name = source.Text[run[0].Start..run[^1].End];
            if (!reported.Add(name) || distinctive.Any(w => Appears(targetFolded, Fold(w))))
            {
                continue;
            }
            if (alignment.BeadOfSource(run[0].Sentence) is not { TargetCount: > 0 } bead)
            {
                continue; // the sentence is missing altogether: reported as an omission
            }
            var first = context.Target.Sentences[bead.TargetStart];
            var last = context.Target.Sentences[bead.TargetStart + bead.TargetCount - 1];
            findings.Add(new Finding(Category, Severity.Major, new TextSpan(first.Start, last.End), "names.missing",
                $"The name \"{name}\" of the original does not appear in the translation.",
                SourceSpan: new TextSpan(run[0].Start, run[^1].End), Suggestion: name));
        }
    }

    private static bool IsNameWord(string text, Text.WordToken w) =>
        char.IsUpper(text[w.Start]) && w.End - w.Start >= 2 && !text.AsSpan(w.Start, w.End - w.Start).ToString().All(char.IsUpper);

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    private static bool OnlySpaceBetween(string text, int from, int to) => to - from == 1 && text[from] == ' ';

    /// <summary>
    /// Whether a name word (folded) is in the target. Compared are the first five letters with spelling and
    /// transliteration variants merged ("American" and "südamerikanisch", "Tokayev" and "Tokajew", "Kazakh" and
    /// "kasachisch", "Dnieper" and "Dnjepr"), anywhere, for German compounds. Shorter stems would match common words
    /// ("Star" in "Start"), so a name shorter than five letters ("Keir", "Oslo") and a demonym without its ending
    /// ("Indi" of "Indian", for "indisch") must start a word; the short name must also end it, but for a genitive or
    /// adjective ending ("Oslos", "Osloer"). An "-ian" demonym also matches its German country or its "-iat" adjective
    /// ("Asian": "Asien", "asiatisch").
    /// </summary>
    private static bool Appears(string targetFolded, string nameFolded)
    {
        var s = Stemmable(nameFolded);
        // German names the country of an "-ian" demonym with "-ien" ("Asian" and "Asien", "Italian" and "Italien"), and
        // some of its adjectives with "-iat" ("asiatisch").
        if (s.Length >= 5 && s.EndsWith("ian", StringComparison.Ordinal)
            && (targetFolded.Contains(string.Concat(s.AsSpan(0, s.Length - 3), "ien").AsSpan(0, StemLength), StringComparison.Ordinal)
                || targetFolded.Contains(string.Concat(s.AsSpan(0, s.Length - 3), "iat").AsSpan(0, StemLength), StringComparison.Ordinal)))
        {
            return true;
        }
        var shortName = s.Length < StemLength;
        var demonym = s.Length >= 6 && s.EndsWith("an", StringComparison.Ordinal) && s.Length - 2 < StemLength;
        if (!shortName && !demonym)
        {
            return targetFolded.Contains(s[..StemLength], StringComparison.Ordinal);
        }
        var stem = demonym ? s[..^2] : s;
        for (var at = targetFolded.IndexOf(stem, StringComparison.Ordinal); at >= 0; at = targetFolded.IndexOf(stem, at + 1, StringComparison.Ordinal))
        {
            if (at > 0 && char.IsLetter(targetFolded[at - 1]))
            {
                continue;
            }
            var rest = targetFolded.AsSpan(at + stem.Length);
            var ending = rest.Length - rest.TrimStart("abcdefghijklmnopqrstuvwxyz").Length;
            if (demonym || ending == 0 || rest[..ending] is "s" or "er" or "ern" or "ers")
            {
                return true;
            }
        }
        return false;
    }

    private const int StemLength = 5;

    private static string Stemmable(string folded) => folded.Replace("ph", "f", StringComparison.Ordinal)
        .Replace("th", "t", StringComparison.Ordinal).Replace("kh", "k", StringComparison.Ordinal).Replace("ch", "k", StringComparison.Ordinal)
        .Replace('c', 'k').Replace('q', 'k').Replace('y', 'i').Replace('j', 'i').Replace('z', 's').Replace('w', 'v');

    private static string Fold(string s) => TextFolding.Fold(s);
}
