using Newsdesk.Locales;
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
        var targetNames = new Lazy<ILookup<string, string>>(() => TargetNames(context));
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
            if (!reported.Add(name) || distinctive.Any(w => Appears(targetFolded, Fold(w)) || SameSkeleton(targetNames.Value, Stemmable(Fold(w))))
                || HasTargetForm(context, source.Text, run, targetFolded))
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

    /// <summary>
    /// Whether the translation writes the name, or a name within it, in the target language's own form ("La Mecque" as
    /// "Mekka", "La Haye" as "Den Haag"): the exonym table of Locales/Data lists the forms.
    /// </summary>
    private static bool HasTargetForm(CheckContext context, string text, List<Text.WordToken> run, string targetFolded)
    {
        for (var a = 0; a < run.Count; a++)
        {
            for (var b = run.Count - 1; b >= a; b--)
            {
                foreach (var form in Exonyms.Default.FormsOf(text[run[a].Start..run[b].End], context.SourceLanguage, context.TargetLanguage))
                {
                    if (ContainsWord(targetFolded, Stemmable(Fold(form))))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>Whether the folded text has the form as a word of its own, or with an inflection of up to three letters ("Kairos").</summary>
    private static bool ContainsWord(string targetFolded, string form)
    {
        for (var at = targetFolded.IndexOf(form, StringComparison.Ordinal); at >= 0; at = targetFolded.IndexOf(form, at + 1, StringComparison.Ordinal))
        {
            if (at > 0 && char.IsLetter(targetFolded[at - 1]))
            {
                continue;
            }
            var end = at + form.Length;
            var letters = 0;
            while (end + letters < targetFolded.Length && char.IsLetter(targetFolded[end + letters]))
            {
                letters++;
            }
            if (letters <= 3)
            {
                return true;
            }
        }
        return false;
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
    /// <summary>
    /// The target language's own form of a name often keeps its first letters and its consonants but not its vowels
    /// ("Mecque" and "Mekka"): a name of the translation starting with the same three letters
    /// whose consonants, doubles merged, begin like the name's (or the name's like its). "Starmer" and "starken" differ
    /// in their consonants.
    /// </summary>
    private static bool SameSkeleton(ILookup<string, string> targetNames, string name)
    {
        var skeleton = Skeleton(name);
        if (skeleton.Length < 2 || name.Length < 4)
        {
            return false;
        }
        foreach (var word in targetNames[name[..3]])
        {
            var other = Skeleton(word);
            if (other.Length >= 2 && (other.StartsWith(skeleton, StringComparison.Ordinal) || skeleton.StartsWith(other, StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The translation's capitalised words its dictionary does not know (names, folded for comparison): a common word
    /// ("Süden") is not the name's own form ("Sudan"), nor is a place the dictionary lists, which the exonym table covers.
    /// </summary>
    private static ILookup<string, string> TargetNames(CheckContext context)
    {
        var target = context.Target;
        var dictionary = context.Spelling.Get(context.TargetLanguage, out _);
        var names = new List<string>();
        foreach (var w in target.Words)
        {
            var word = target.Text[w.Start..w.End];
            if (char.IsUpper(word[0]) && dictionary?.IsCorrect(word) != true)
            {
                names.Add(Stemmable(Fold(word)));
            }
        }
        // By their first three letters, so that each name of the original looks only at its few candidates.
        return names.Where(n => n.Length >= 4).ToLookup(n => n[..3], StringComparer.Ordinal);
    }

    private static string Skeleton(string word)
    {
        var b = new System.Text.StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (char.IsLetter(c) && c is not ('a' or 'e' or 'i' or 'o' or 'u' or 'h') && (b.Length == 0 || b[^1] != c))
            {
                b.Append(c);
            }
        }
        return b.ToString();
    }

    private static string Stemmable(string folded) => folded.Replace("ph", "f", StringComparison.Ordinal)
        .Replace("th", "t", StringComparison.Ordinal).Replace("kh", "k", StringComparison.Ordinal).Replace("ch", "k", StringComparison.Ordinal)
        .Replace('c', 'k').Replace('q', 'k').Replace('y', 'i').Replace('j', 'i').Replace('z', 's').Replace('w', 'v');

    private static string Fold(string s) => TextFolding.Fold(s);
}
