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
/// "accuser") and looked up; a word counts as found when one of its translations, or the word itself (a name, a
/// cognate), occurs in the translated passage. Dictionaries list few senses and translators choose freely, so a found
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
        if (!_foldedTarget.TryGetValue(targetSpan, out var target))
        {
            target = _foldedTarget[targetSpan] = TextFolding.Fold(_target[targetSpan]);
        }
        int known = 0, found = 0;
        foreach (var w in _source.Words)
        {
            if (w.Start < sourceSpan.Start)
            {
                continue;
            }
            if (w.End > sourceSpan.End)
            {
                break;
            }
            foreach (var part in ContentParts(_source.Text.AsSpan(w.Start, w.End - w.Start)))
            {
                var keys = KeysOf(part);
                if (keys.Count == 0)
                {
                    continue;
                }
                known++;
                if (keys.Any(k => target.Contains(k, StringComparison.Ordinal)) || target.Contains(BilingualLexicon.Key(part), StringComparison.Ordinal))
                {
                    found++;
                }
            }
        }
        return new WordCoverage(known, found);
    }

    /// <summary>The parts of a word worth looking up: without an elided article ("l'objectif"), split at hyphens, no function words.</summary>
    private List<string> ContentParts(ReadOnlySpan<char> word)
    {
        var apostrophe = word.IndexOfAny('\'', '’');
        if (apostrophe is > 0 and <= 3)
        {
            word = word[(apostrophe + 1)..];
        }
        var parts = new List<string>(1);
        foreach (var range in word.Split('-'))
        {
            var part = word[range];
            if (part.Length >= MinimumWordLength && !_functionWords.Contains(_source.Language, part))
            {
                parts.Add(part.ToString().ToLowerInvariant());
            }
        }
        return parts;
    }

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
