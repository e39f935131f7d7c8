using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;
using Newsdesk.Text;

namespace Newsdesk.Quality.Language;

/// <summary>
/// Word translations of one language pair, read from a FreeDict dictionary in dictd format (Debian packages
/// dict-freedict-fra-deu and the like): the headword index ("word TAB offset TAB length", base64 numbers) and the
/// gzip-compressed entries. Each translation is kept as a match key: folded to lower case without diacritics and cut
/// before a common inflection ending, so that "beschuldigen" matches "beschuldigt" and "Bank" the compound
/// "Bankmanagerin". Used as evidence of which sentence of a translation renders which sentence of its original.
/// </summary>
public sealed class BilingualLexicon
{
    private const int MinimumKeyLength = 4;
    private static readonly string[] Endings = ["ieren", "en", "er", "es", "os", "as", "e", "n", "s", "o", "a"];

    private readonly FrozenDictionary<string, string[]> _entries;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]?> _plainKeys = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]?> _stemmedKeys = new(StringComparer.Ordinal);
    private const int MaxCachedWords = 200_000;
    private int _cachedWords;

    private BilingualLexicon(FrozenDictionary<string, string[]> entries, string name)
    {
        _entries = entries;
        Name = name;
    }

    /// <summary>The dictionary's file name ("freedict-fra-deu").</summary>
    public string Name { get; }

    public int Count => _entries.Count;

    /// <summary>Match keys of the translations of a lower-case headword, or an empty list.</summary>
    public IReadOnlyList<string> Translations(string headword) => _entries.GetValueOrDefault(headword) ?? [];

    /// <summary>
    /// What a lower-case word of the original is matched by in a translation: the keys of its translations and of the
    /// translations of its dictionary forms (<paramref name="stems"/>, "accuse" -> "accuser"), and its own key (a
    /// cognate); null when the dictionary knows neither the word nor its forms. Cached: the same words come back in
    /// every article.
    /// </summary>
    public string[]? MatchKeys(string word, Spelling.HunspellDictionary? stems)
    {
        var cache = stems is null ? _plainKeys : _stemmedKeys;
        if (cache.TryGetValue(word, out var cached))
        {
            return cached;
        }
        var keys = new HashSet<string>(Translations(word), StringComparer.Ordinal);
        if (stems is not null)
        {
            foreach (var stem in stems.Stems(word))
            {
                keys.UnionWith(Translations(stem.ToLowerInvariant()));
            }
        }
        string[]? result = keys.Count == 0 ? null : [.. keys, Key(word)];
        if (Interlocked.Increment(ref _cachedWords) > MaxCachedWords)
        {
            // Counting the dictionaries' entries would take all their locks on every miss; a counter is enough.
            Interlocked.Exchange(ref _cachedWords, 0);
            _plainKeys.Clear();
            _stemmedKeys.Clear();
        }
        return cache[word] = result;
    }

    /// <summary>
    /// Reads a dictd dictionary; <paramref name="isFunctionWord"/> drops translations that are function words of the
    /// target language ("gegen" of "peitschen gegen"), which would match any sentence. Throws InvalidDataException
    /// naming the file and line when the index is malformed.
    /// </summary>
    public static BilingualLexicon Load(string indexPath, string dictPath, Func<string, bool> isFunctionWord)
    {
        var entries = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (headword, _, text) in DictdIndex.Read(indexPath, dictPath))
        {
            if (headword.StartsWith("00database", StringComparison.Ordinal) || headword.StartsWith("00-database", StringComparison.Ordinal))
            {
                continue;
            }
            var keys = entries.TryGetValue(headword, out var existing) ? existing : entries[headword] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var translation in TranslationLines(text))
            {
                foreach (var word in Words(translation))
                {
                    if (!isFunctionWord(word) && Key(word) is { Length: >= MinimumKeyLength } key)
                    {
                        keys.Add(key);
                    }
                }
            }
        }
        return new BilingualLexicon(
            entries.Where(e => e.Value.Count > 0).ToFrozenDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal),
            Path.GetFileNameWithoutExtension(indexPath));
    }

    /// <summary>
    /// The match key of a word: folded, without a common inflection ending when at least four letters stay
    /// ("anklagen" -> "anklag", "Krise" -> "kris").
    /// </summary>
    public static string Key(string word)
    {
        var folded = TextFolding.Fold(word);
        foreach (var ending in Endings)
        {
            if (folded.Length - ending.Length >= MinimumKeyLength && folded.EndsWith(ending, StringComparison.Ordinal))
            {
                return folded[..^ending.Length];
            }
        }
        return folded;
    }

    /// <summary>
    /// The translation lines of an entry: the first line after the headword line, and each numbered sense ("2. Ziel").
    /// Indented lines (examples, notes) and the definitions WikDict puts after a sense are not translations.
    /// </summary>
    private static IEnumerable<string> TranslationLines(string entry)
    {
        var lines = entry.Split('\n');
        var expectTranslation = true;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || char.IsWhiteSpace(line[0]))
            {
                continue;
            }
            var dot = line.IndexOf(". ", StringComparison.Ordinal);
            if (dot > 0 && dot <= 3 && !line.AsSpan(0, dot).ContainsAnyExceptInRange('0', '9'))
            {
                yield return line[(dot + 2)..];
                expectTranslation = false;
                continue;
            }
            if (expectTranslation)
            {
                yield return line;
                expectTranslation = false;
            }
        }
    }

    /// <summary>
    /// The words of a translation line, without grammar labels (&lt;masc&gt;), field labels ([sport]), glosses in
    /// brackets, pronunciations (/ˈsɛk/) or abbreviations ("Sekr.").
    /// </summary>
    private static IEnumerable<string> Words(string line)
    {
        var b = new StringBuilder(line.Length);
        var depth = 0;
        var inPronunciation = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            switch (c)
            {
                case '<' or '[' or '(' or '{':
                    depth++;
                    continue;
                case '>' or ']' or ')' or '}':
                    depth = Math.Max(0, depth - 1);
                    continue;
                // A pronunciation opens after a space ("Sekretär /zekʁeˈtɛːɐ̯/"); "und/oder" is two words.
                case '/' when inPronunciation || i == 0 || char.IsWhiteSpace(line[i - 1]):
                    inPronunciation = !inPronunciation;
                    continue;
            }
            if (depth == 0 && !inPronunciation)
            {
                b.Append(char.IsLetter(c) || c == '.' ? c : ' ');
            }
        }
        foreach (var token in b.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!token.EndsWith('.'))
            {
                foreach (var word in token.Split('.', StringSplitOptions.RemoveEmptyEntries))
                {
                    yield return word;
                }
            }
        }
    }
}
