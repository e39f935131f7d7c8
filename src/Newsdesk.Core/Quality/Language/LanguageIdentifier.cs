using System.Collections.Concurrent;
using Lingua;
using LinguaLanguage = Lingua.Language;

namespace Newsdesk.Quality.Language;

/// <summary>
/// Identifies the language of a sentence or block with Lingua, restricted to the languages a news desk meets
/// (so that short texts are not read as Latin or Tagalog); results are cached because headlines and
/// boilerplate repeat across articles.
/// </summary>
public sealed class LanguageIdentifier
{
    private const int MaxCacheEntries = 50_000;

    private static readonly Dictionary<string, LinguaLanguage> ByCode = new(StringComparer.Ordinal)
    {
        ["de"] = LinguaLanguage.German, ["fr"] = LinguaLanguage.French, ["en"] = LinguaLanguage.English,
        ["es"] = LinguaLanguage.Spanish, ["it"] = LinguaLanguage.Italian, ["pt"] = LinguaLanguage.Portuguese,
        ["nl"] = LinguaLanguage.Dutch, ["ca"] = LinguaLanguage.Catalan,
    };

    private readonly Lazy<LanguageDetector> _detector;
    private int _preparing;
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, double>> _cache = new(StringComparer.Ordinal);

    public LanguageIdentifier()
    {
        _detector = new Lazy<LanguageDetector>(
            () => LanguageDetectorBuilder.FromLanguages([.. ByCode.Values]).Build(),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public static IReadOnlyCollection<string> SupportedLanguages => ByCode.Keys;

    /// <summary>
    /// Loads the language models on a thread-pool thread and returns at once, so that the first check does not wait for
    /// them (about 3 s of one core for the eight languages). Checks that come before it is done wait as they would anyway.
    /// </summary>
    public void Prepare()
    {
        if (Interlocked.Exchange(ref _preparing, 1) == 1)
        {
            return;
        }
        // A short text: Lingua reads one- to five-letter sequences of short texts, so every model it has is loaded.
        Preparation.Start(() => _detector.Value.ComputeLanguageConfidenceValues("Prepare."));
    }

    public static bool Supports(string language) => ByCode.ContainsKey(language);

    /// <summary>Relative confidence per language code (the values sum to 1); empty when the text has no letters.</summary>
    public IReadOnlyDictionary<string, double> Confidences(string text)
    {
        if (_cache.TryGetValue(text, out var cached))
        {
            return cached;
        }
        var values = _detector.Value.ComputeLanguageConfidenceValues(text);
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (code, language) in ByCode)
        {
            if (values.TryGetValue(language, out var v))
            {
                result[code] = v;
            }
        }
        if (_cache.Count >= MaxCacheEntries)
        {
            _cache.Clear();
        }
        _cache[text] = result;
        return result;
    }

    /// <summary>The most likely language and its confidence, or null when undecidable.</summary>
    public (string Language, double Confidence)? Best(string text)
    {
        var c = Confidences(text);
        if (c.Count == 0)
        {
            return null;
        }
        var best = c.MaxBy(kv => kv.Value);
        return best.Value <= 0 ? null : (best.Key, best.Value);
    }
}
