using Newsdesk.Locales;
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
    private readonly Dictionary<string, int[]> _keySentences = new(StringComparer.Ordinal);
    private List<int[]>?[]? _sentenceWords;
    private int[]? _cells;
    private GramIndex? _targetIndex;

    public LexicalEvidence(BilingualLexicon lexicon, HunspellDictionary? sourceStems, FunctionWordLexicon functionWords, TextAnalysis source, TextAnalysis target)
    {
        _lexicon = lexicon;
        _sourceStems = sourceStems;
        _functionWords = functionWords;
        _source = source;
        _target = target;
    }

    /// <summary>
    /// Coverage of the original's words in <paramref name="sourceSpan"/> by the translation's sentences that
    /// <paramref name="targetSpan"/> touches (the callers pass whole sentences).
    /// </summary>
    public WordCoverage Of(TextSpan sourceSpan, TextSpan targetSpan)
    {
        var sentences = _target.Sentences;
        int first = 0, last = sentences.Count - 1;
        while (first <= last && sentences[first].End <= targetSpan.Start)
        {
            first++;
        }
        while (last >= first && sentences[last].Start >= targetSpan.End)
        {
            last--;
        }
        int known = 0, found = 0;
        var words = _source.Words;
        for (var i = FirstWordAt(sourceSpan.Start); i < words.Count && words[i].End <= sourceSpan.End; i++)
        {
            foreach (var keys in KeysOfWord(words[i]))
            {
                known++;
                if (SentencesRendering(keys).Any(t => t >= first && t <= last))
                {
                    found++;
                }
            }
        }
        return new WordCoverage(known, found);
    }

    /// <summary>
    /// Coverage of one sentence of the original by consecutive sentences of the translation. The alignment asks this
    /// for every cell of its table, so each word's keys are looked up once in an index of the translation's
    /// four-letter sequences, and a cell only counts the words rendered in its sentences.
    /// </summary>
    public WordCoverage OfSentence(int sourceSentence, int targetStart, int targetCount)
    {
        var cell = -1;
        if (targetCount is >= 1 and <= MaxCachedTargetSentences && targetStart + targetCount <= _target.Sentences.Count
            && (long)_source.Sentences.Count * _target.Sentences.Count * MaxCachedTargetSentences <= MaxCachedCells)
        {
            _cells ??= CellCache();
            cell = (((sourceSentence * _target.Sentences.Count) + targetStart) * MaxCachedTargetSentences) + targetCount - 1;
            if (_cells[cell] >= 0)
            {
                return new WordCoverage(SentenceWords(sourceSentence).Count, _cells[cell]);
            }
        }
        var words = SentenceWords(sourceSentence);
        var found = 0;
        foreach (var rendering in words)
        {
            foreach (var t in rendering)
            {
                if (t >= targetStart && t < targetStart + targetCount)
                {
                    found++;
                    break;
                }
            }
        }
        if (cell >= 0)
        {
            _cells![cell] = found;
        }
        return new WordCoverage(words.Count, found);
    }

    // The alignment's beads span at most three sentences of the translation; 3,000,000 cells (12 MB) is its limit
    // of 1,000 sentences a side.
    private const int MaxCachedTargetSentences = 3;
    private const long MaxCachedCells = 3_000_000;

    private int[] CellCache()
    {
        var cells = new int[_source.Sentences.Count * _target.Sentences.Count * MaxCachedTargetSentences];
        Array.Fill(cells, -1);
        return cells;
    }

    /// <summary>The sentences of the translation in which any of the keys occurs, in order.</summary>
    private int[] SentencesRendering(string[] keys)
    {
        List<int>? sentences = null;
        int[]? single = null;
        foreach (var key in keys)
        {
            if (!_keySentences.TryGetValue(key, out var found))
            {
                found = _keySentences[key] = FindKey(key);
            }
            if (found.Length == 0)
            {
                continue;
            }
            if (single is null && sentences is null)
            {
                single = found;
                continue;
            }
            sentences ??= [.. single!];
            sentences.AddRange(found);
        }
        if (sentences is null)
        {
            return single ?? [];
        }
        sentences.Sort();
        var distinct = 0;
        for (var k = 0; k < sentences.Count; k++)
        {
            if (distinct == 0 || sentences[distinct - 1] != sentences[k])
            {
                sentences[distinct++] = sentences[k];
            }
        }
        return [.. sentences.GetRange(0, distinct)];
    }

    private int[] FindKey(string key)
    {
        var index = _targetIndex ??= new GramIndex(_target);
        var folded = index.Folded;
        var result = new List<int>();
        if (key.Length < GramLength)
        {
            for (var t = 0; t < folded.Length; t++)
            {
                if (folded[t].Contains(key, StringComparison.Ordinal))
                {
                    result.Add(t);
                }
            }
            return [.. result];
        }
        for (var at = index.First(Gram(key.AsSpan(0, GramLength))); at >= 0; at = index.Next[at])
        {
            var sentence = index.Sentence[at];
            if ((result.Count == 0 || result[^1] != sentence) && folded[sentence].AsSpan(index.Offset[at]).StartsWith(key, StringComparison.Ordinal))
            {
                result.Add(sentence);
            }
        }
        return [.. result];
    }

    private const int GramLength = 4;

    private static ulong Gram(ReadOnlySpan<char> four) => ((ulong)four[0] << 48) | ((ulong)four[1] << 32) | ((ulong)four[2] << 16) | four[3];

    /// <summary>
    /// The translation's sentences folded, and where each four-letter sequence occurs in them: per sequence a chain
    /// of places in sentence and text order, kept in flat arrays (one allocation each, not a list per sequence).
    /// </summary>
    private sealed class GramIndex
    {
        private readonly Dictionary<ulong, int> _first = [];

        public GramIndex(TextAnalysis target)
        {
            Folded = target.Sentences.Select(x => TextFolding.Fold(target[x])).ToArray();
            var count = Folded.Sum(f => Math.Max(0, f.Length - GramLength + 1));
            Next = new int[count];
            Sentence = new int[count];
            Offset = new int[count];
            // Filled from the end, each place put before the chain of its sequence: the chains read forwards.
            var n = 0;
            for (var t = Folded.Length - 1; t >= 0; t--)
            {
                var f = Folded[t];
                for (var i = f.Length - GramLength; i >= 0; i--)
                {
                    ref var first = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_first, Gram(f.AsSpan(i, GramLength)), out var exists);
                    Next[n] = exists ? first : -1;
                    Sentence[n] = t;
                    Offset[n] = i;
                    first = n++;
                }
            }
        }

        public string[] Folded { get; }

        public int[] Next { get; }

        public int[] Sentence { get; }

        public int[] Offset { get; }

        /// <summary>The first place of a sequence, or -1.</summary>
        public int First(ulong gram) => _first.TryGetValue(gram, out var at) ? at : -1;
    }

    /// <summary>For each dictionary-known content word of a sentence of the original, the translation's sentences rendering it.</summary>
    private List<int[]> SentenceWords(int sentence)
    {
        _sentenceWords ??= new List<int[]>?[_source.Sentences.Count];
        if (_sentenceWords[sentence] is { } cached)
        {
            return cached;
        }
        var result = new List<int[]>();
        var words = _source.Words;
        for (var i = FirstWordAt(_source.Sentences[sentence].Start); i < words.Count && words[i].Sentence == sentence; i++)
        {
            foreach (var keys in KeysOfWord(words[i]))
            {
                result.Add(SentencesRendering(keys));
            }
        }
        return _sentenceWords[sentence] = result;
    }

    /// <summary>For each content part of a word the dictionary knows, its match keys: its translations and its own key (a name, a cognate).</summary>
    private IEnumerable<string[]> KeysOfWord(WordToken w)
    {
        foreach (var part in ContentParts(_source.Text.AsSpan(w.Start, w.End - w.Start)))
        {
            var keys = _lexicon.MatchKeys(part, _sourceStems);
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
}
