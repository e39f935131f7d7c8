using System.Collections.Concurrent;
using System.Globalization;
using Newsdesk.Quality;
using Newsdesk.Quality.Language;
using Newsdesk.Quality.Spelling;
using Newsdesk.Translation;

namespace Newsdesk.Processing;

/// <summary>
/// Mends a word an engine did not know from the bilingual dictionary the gate reads (FreeDict) and the Hunspell stems:
/// "réservations" is a plural of "réservation" &lt;n, fem&gt;, whose one rendering is "reserva", so "reservas". Only when every
/// reading of the word leads to one rendering of a noun or adjective (a verb only in the infinitive), inflected for number
/// and gender by rule, with the same gender as the source noun where the ending shows it, and known to the target language's
/// Hunspell dictionary. Anything else stays as the engine left it, for the gate to hold.
/// </summary>
public sealed class DictionaryWordResolver(QualityServices services) : IUnknownWordResolver
{
    private readonly ConcurrentDictionary<(string, string, string), UnknownWordRendering?> _cache = new();
    private readonly ConcurrentDictionary<LanguagePair, bool> _prepared = new();

    public UnknownWordRendering? Resolve(LanguagePair pair, string word)
    {
        var source = pair.Source.Language;
        var target = pair.Target.Language;
        if (_cache.Count > 50_000)
        {
            _cache.Clear();
        }
        return _cache.GetOrAdd((source, target, word), key => Find(key.Item1, key.Item2, key.Item3));
    }

    /// <summary>Loads the pair's bilingual dictionary and both Hunspell dictionaries on a thread-pool thread (the gate reads them too).</summary>
    public void Prepare(LanguagePair pair)
    {
        if (!_prepared.TryAdd(pair, true))
        {
            return;
        }
        Preparation.Start(() =>
        {
            services.Lexicons.GetDictionary(pair.Source.Language, pair.Target.Language, out string? _);
            services.Spelling.Get(pair.Source.Language, out string? _);
            services.Spelling.Get(pair.Target.Language, out string? _);
        });
    }

    private UnknownWordRendering? Find(string source, string target, string word)
    {
        // Acronyms and words with digits are not for a dictionary.
        if (word.Length < 3 || word.Any(char.IsDigit) || word.Count(char.IsUpper) > 1)
        {
            return null;
        }
        if (services.Lexicons.GetDictionary(source, target, out _) is not { } dictionary
            || services.Spelling.Get(source, out _) is not { } sourceSpelling
            || services.Spelling.Get(target, out _) is not { } targetSpelling)
        {
            return null;
        }
        var lower = word.ToLower(CultureInfo.InvariantCulture);
        var headwords = new List<string> { lower };
        if (sourceSpelling.IsCorrect(lower))
        {
            headwords.AddRange(sourceSpelling.Stems(lower).Select(s => s.ToLower(CultureInfo.InvariantCulture)));
        }
        var renderings = new Dictionary<string, (string Evidence, bool Feminine)>(StringComparer.Ordinal);
        foreach (var headword in headwords.Distinct(StringComparer.Ordinal))
        {
            foreach (var entry in dictionary.Lookup(headword))
            {
                if (Reading(lower, headword, entry, target, targetSpelling) is not { } rendering)
                {
                    if (IsUsable(entry) && (entry.PartOfSpeech != "v" || headword == lower))
                    {
                        // A reading the dictionary has but that cannot be rendered safely: the word is not mended.
                        return null;
                    }
                    continue;
                }
                var feminine = entry.PartOfSpeech == "n" && (Inflect.GenderByEnding(target, rendering) ?? entry.Gender) == 'f';
                renderings.TryAdd(rendering, ($"{dictionary.Name}: {headword} <{Label(entry)}> -> {entry.Senses[0][0]}", feminine));
            }
        }
        if (renderings.Count != 1)
        {
            return null;
        }
        var (found, (evidence, feminineNoun)) = renderings.First();
        if (feminineNoun && (found.StartsWith('a') || found.StartsWith("ha", StringComparison.Ordinal)))
        {
            // "el agua", "el hambre": the article before a stressed a is not a rule to apply blindly.
            return null;
        }
        if (char.IsUpper(word[0]))
        {
            found = char.ToUpper(found[0], CultureInfo.InvariantCulture) + found[1..];
        }
        return new UnknownWordRendering(found, evidence, feminineNoun);
    }

    private static bool IsUsable(DictionaryEntry entry) => entry.PartOfSpeech is "n" or "adj" or "v";

    private static string Label(DictionaryEntry entry) =>
        entry.Gender == '\0' ? entry.PartOfSpeech : $"{entry.PartOfSpeech}, {(entry.Gender == 'f' ? "fem" : "masc")}";

    /// <summary>The rendering of one reading of the word, inflected like it, or null when there is no safe one.</summary>
    private static string? Reading(string word, string headword, DictionaryEntry entry, string target, HunspellDictionary targetSpelling)
    {
        if (!IsUsable(entry) || entry.Senses.Count != 1)
        {
            return null;
        }
        var sense = entry.Senses[0];
        var rendering = sense[0];
        // "endémico, endémica": one word given in both genders is one rendering.
        if (sense.Length == 2 && Inflect.Feminine(target, sense[0]) is { } feminine && feminine == sense[1])
        {
            rendering = sense[0];
        }
        else if (sense.Length != 1)
        {
            return null;
        }
        if (entry.PartOfSpeech == "v")
        {
            // Verbs only as the infinitive itself: conjugating by rule is not safe.
            return word == headword && Known(rendering, targetSpelling) ? rendering : null;
        }
        var (plural, feminine2, ok) = Form(word, headword, entry.PartOfSpeech);
        if (!ok)
        {
            return null;
        }
        if (word == headword && (headword.EndsWith('s') || headword.EndsWith('x') || headword.EndsWith('z'))
            && Inflect.Plural(target, rendering, targetSpelling) is { } plural2 && plural2 != rendering)
        {
            // "marseillais" is singular or plural; "marsellés" is not.
            return null;
        }
        if (entry.PartOfSpeech == "adj" && headword.EndsWith('e') && !feminine2 && Inflect.Feminine(target, rendering) != rendering)
        {
            // "endémique" is either gender; "endémico" is not.
            return null;
        }
        if (plural || feminine2)
        {
            if (rendering.Contains(' ', StringComparison.Ordinal))
            {
                return null;
            }
            if (feminine2)
            {
                rendering = Inflect.Feminine(target, rendering) ?? "";
            }
            if (plural && rendering.Length > 0)
            {
                rendering = Inflect.Plural(target, rendering, targetSpelling) ?? "";
            }
            if (rendering.Length == 0)
            {
                return null;
            }
        }
        if (entry.PartOfSpeech == "n" && entry.Gender != '\0' && Inflect.GenderByEnding(target, rendering) is { } gender && gender != entry.Gender)
        {
            // "le calcaire" -> "el caliza": the engine chose the article by the source noun's gender.
            return null;
        }
        return Known(rendering, targetSpelling) ? rendering : null;
    }

    /// <summary>How the word relates to its headword: plural, feminine, or both; not ok when the relation is something else.</summary>
    private static (bool Plural, bool Feminine, bool Ok) Form(string word, string headword, string partOfSpeech)
    {
        if (word == headword)
        {
            return (false, false, true);
        }
        if (headword.EndsWith("al", StringComparison.Ordinal) && word == headword[..^2] + "aux")
        {
            return (true, false, true);
        }
        var plural = (word.EndsWith('s') || word.EndsWith('x')) && word.Length > 1 && word[..^1] is var singular
            && (singular == headword || singular == headword + "e");
        var stem = plural ? word[..^1] : word;
        if (stem == headword)
        {
            return (plural, false, true);
        }
        if (stem == headword + "e" && !headword.EndsWith('e'))
        {
            return (plural, true, partOfSpeech == "adj");
        }
        return (false, false, false);
    }

    private static bool Known(string rendering, HunspellDictionary spelling) =>
        rendering.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(spelling.IsCorrect);
}
