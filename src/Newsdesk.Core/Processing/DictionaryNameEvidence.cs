using System.Collections.Concurrent;
using Newsdesk.Quality;
using Newsdesk.Translation;

namespace Newsdesk.Processing;

/// <summary>
/// Name evidence from the gate's dictionaries: a lower-case word Hunspell knows is a common word ("pierre"); a name a FreeDict
/// dictionary from the source language renders differently ("Allemagne" -> "Alemania", "Deutschland") is an exonym.
/// </summary>
public sealed class DictionaryNameEvidence(QualityServices services) : INameEvidence
{
    // The FreeDict languages a source may have dictionaries into.
    private static readonly string[] Targets = ["es", "de", "en", "ca", "it", "pt", "nl", "fr"];

    private readonly ConcurrentDictionary<(string, string), bool> _exonyms = new();

    public bool IsCommonWord(string language, string word) =>
        services.Spelling.Get(language, out _) is not { } spelling || spelling.IsCorrect(word);

    public bool IsKnownName(string language, string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && services.Spelling.Get(language, out _) is { } spelling
        && spelling.HasCapitalisedEntry(word);

    public bool HasExonym(string language, string name)
    {
        if (_exonyms.Count > 50_000)
        {
            _exonyms.Clear();
        }
        return _exonyms.GetOrAdd((language, name), key =>
        {
            var lower = key.Item2.ToLowerInvariant();
            foreach (var target in Targets.Where(t => t != key.Item1))
            {
                if (services.Lexicons.GetDictionary(key.Item1, target, out _) is not { } dictionary)
                {
                    continue;
                }
                foreach (var entry in dictionary.Lookup(lower))
                {
                    if (entry.PartOfSpeech is "pn" or "" && entry.Senses.SelectMany(s => s).Any(r => !string.Equals(r, key.Item2, StringComparison.Ordinal)))
                    {
                        return true;
                    }
                }
            }
            return false;
        });
    }
}
