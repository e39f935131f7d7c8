using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Newsdesk.Model;

/// <summary>
/// Finds a glossary term or rendering in text, the one way the desk does it: case-insensitively and as whole words
/// (no letter or digit right before or after it), the same in every language. The translator protects terms with
/// it and checks the engine's output with it, and the quality gate's glossary check reads it.
/// </summary>
public static class GlossaryMatcher
{
    private const int MaxCached = 10_000;

    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    private static readonly Regex Nothing = new("(?!)", RegexOptions.CultureInvariant);

    /// <summary>The pattern of a phrase (surrounding spaces ignored; an empty phrase matches nothing), built once per phrase.</summary>
    public static Regex Pattern(string phrase)
    {
        var trimmed = phrase.Trim();
        if (trimmed.Length == 0)
        {
            return Nothing;
        }
        if (Patterns.TryGetValue(trimmed, out var cached))
        {
            return cached;
        }
        var pattern = new Regex($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(trimmed)}(?![\p{{L}}\p{{N}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        if (Patterns.Count >= MaxCached)
        {
            Patterns.Clear();
        }
        Patterns[trimmed] = pattern;
        return pattern;
    }

    /// <summary>The first place the phrase stands in the text as a whole word, or null.</summary>
    public static Match? Find(string text, string phrase) => Pattern(phrase).Match(text) is { Success: true } m ? m : null;

    /// <summary>Every place the phrase stands in the text as a whole word.</summary>
    public static MatchCollection FindAll(string text, string phrase) => Pattern(phrase).Matches(text);

    /// <summary>True when the phrase stands in the text as a whole word.</summary>
    public static bool Contains(string text, string phrase) => Pattern(phrase).IsMatch(text);
}
