using Newsdesk.Quality.Language;
using Newsdesk.Quality.Spelling;
using Newsdesk.Quality.Text;
using Newsdesk.Text;

namespace Newsdesk.Quality.Alignment;

/// <summary>How many content words of a passage of the original a bilingual dictionary knows, and how many of those have a translation (or the word itself) in a passage of the translation.</summary>
public readonly record struct WordCoverage(int Known, int Found);

/// <summary>
/// Word-level evidence that a passage of the translation renders a passage of the original, from a bilingual
/// dictionary: the original's content words are reduced to their dictionary forms (Hunspell stems, "accuse" ->
/// "accuser") and looked up; a word the dictionary knows counts as found when one of its translations, or the word
/// itself (a cognate: "transparent"), occurs in the translated passage. Words it does not know (most names) count
/// neither way; names and numbers are the alignment's anchors already. Dictionaries list few senses and translators choose freely, so a found
/// word is evidence and a missing one is not: only a passage none of whose several known words is found is suspect.
/// </summary>
public sealed class LexicalEvidence
{
    private const int MinimumWordLength = 4;

    private readonly BilingualLexicon _lexicon;
    private readonly HunspellDictionary? _sourceStems;
    private readonly FunctionWordLexicon _functionWords;
    private readonly TextAnalysis _source;
    private readonly TextAnalysis _target;
    private readonly Dictionary<TextSpan, string> _foldedTarget = [];
    private readonly Dictionary<string, string[]?> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<(int, int, int), WordCoverage> _sentenceCoverage = [];
    private List<string[]>?[]? _sentenceWords;

    public LexicalEvidence(BilingualLexicon lexicon, HunspellDictionary? sourceStems, FunctionWordLexicon functionWords, TextAnalysis source, TextAnalysis target)
    {
        _lexicon = lexicon;
        _sourceStems = sourceStems;
        _functionWords = functionWords;
        _source = source;
        _target = target;
    }

    /// <summary>Coverage of the original's words in <paramref name="sourceSpan"/> by the translation's text in <paramref name="targetSpan"/>.</summary>
    public WordCoverage Of(TextSpan sourceSpan, TextSpan targetSpan)
    {
        var target = FoldedTarget(targetSpan);
        int known = 0, found = 0;
        var words = _source.Words;
        for (var i = FirstWordAt(sourceSpan.Start); i < words.Count && words[i].End <= sourceSpan.End; i++)
        {
            foreach (var keys in KeysOfWord(words[i]))
            {
                known++;
                if (Rendered(keys, target))
                {
                    found++;
                }
            }
        }
        return new WordCoverage(known, found);
    }

    /// <summary>Coverage of one sentence of the original by consecutive sentences of the translation (cached: the alignment asks for the same pairs many times).</summary>
    public WordCoverage OfSentence(int sourceSentence, int targetStart, int targetCount)
    {
        if (_sentenceCoverage.TryGetValue((sourceSentence, targetStart, targetCount), out var cached))
        {
            return cached;
        }
        var targetSpan = new TextSpan(_target.Sentences[targetStart].Start, _target.Sentences[targetStart + targetCount - 1].End);
        var target = FoldedTarget(targetSpan);
        var words = SentenceWords(sourceSentence);
        var found = 0;
        foreach (var keys in words)
        {
            if (Rendered(keys, target))
            {
                found++;
            }
        }
        return _sentenceCoverage[(sourceSentence, targetStart, targetCount)] = new WordCoverage(words.Count, found);
    }

    private static bool Rendered(string[] keys, string foldedTarget)
    {
        foreach (var k in keys)
        {
            if (foldedTarget.Contains(k, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private string FoldedTarget(TextSpan span)
    {
        if (!_foldedTarget.TryGetValue(span, out var folded))
        {
            folded = _foldedTarget[span] = TextFolding.Fold(_target[span]);
        }
        return folded;
    }

    /// <summary>The match keys of each dictionary-known content word of a sentence of the original.</summary>
    private List<string[]> SentenceWords(int sentence)
    {
        _sentenceWords ??= new List<string[]>?[_source.Sentences.Count];
        if (_sentenceWords[sentence] is { } cached)
        {
            return cached;
        }
        var result = new List<string[]>();
        var words = _source.Words;
        for (var i = FirstWordAt(_source.Sentences[sentence].Start); i < words.Count && words[i].Sentence == sentence; i++)
        {
            result.AddRange(KeysOfWord(words[i]));
        }
        return _sentenceWords[sentence] = result;
    }

    /// <summary>For each content part of a word the dictionary knows, its match keys: its translations and its own key (a name, a cognate).</summary>
    private IEnumerable<string[]> KeysOfWord(WordToken w)
    {
        foreach (var part in ContentParts(_source.Text.AsSpan(w.Start, w.End - w.Start)))
        {
            if (!_keys.TryGetValue(part, out var keys))
            {
                var set = KeysOf(part);
                keys = _keys[part] = set.Count == 0 ? null : [.. set, BilingualLexicon.Key(part)];
            }
            if (keys is not null)
            {
                yield return keys;
            }
        }
    }

    /// <summary>Index of the first word of the original starting at or after a position.</summary>
    private int FirstWordAt(int position)
    {
        var words = _source.Words;
        int lo = 0, hi = words.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (words[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>
    /// The forms of a word worth looking up, lower case: without an elided article ("l'objectif"), no function words.
    /// A compound is looked up whole as dictd indexes it, without its hyphens and apostrophes ("portemonnaie",
    /// "aujourdhui"), and else part by part.
    /// </summary>
    private List<string> ContentParts(ReadOnlySpan<char> word)
    {
        var apostrophe = word.IndexOfAny('\'', '’');
        if (apostrophe is > 0 and <= 3)
        {
            word = word[(apostrophe + 1)..];
        }
        var parts = new List<string>(1);
        if (word.IndexOfAny(Joiners) < 0)
        {
            if (IsContentWord(word))
            {
                parts.Add(word.ToString().ToLowerInvariant());
            }
            return parts;
        }
        var joined = string.Concat(word.ToString().Split(['\'', '’', '-', '‐'])).ToLowerInvariant();
        if (_lexicon.Translations(joined).Count > 0)
        {
            parts.Add(joined);
            return parts;
        }
        foreach (var range in word.SplitAny(Joiners))
        {
            if (IsContentWord(word[range]))
            {
                parts.Add(word[range].ToString().ToLowerInvariant());
            }
        }
        return parts;
    }

    private static readonly System.Buffers.SearchValues<char> Joiners = System.Buffers.SearchValues.Create("'’-‐");

    private bool IsContentWord(ReadOnlySpan<char> part) => part.Length >= MinimumWordLength && !_functionWords.Contains(_source.Language, part);

    private HashSet<string> KeysOf(string word)
    {
        var keys = new HashSet<string>(_lexicon.Translations(word), StringComparer.Ordinal);
        if (_sourceStems is not null)
        {
            foreach (var stem in _sourceStems.Stems(word))
            {
                keys.UnionWith(_lexicon.Translations(stem.ToLowerInvariant()));
            }
        }
        return keys;
    }
}
