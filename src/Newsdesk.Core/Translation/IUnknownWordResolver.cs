namespace Newsdesk.Translation;

/// <summary>
/// Finds a safe rendering for a source word an engine did not know (a bilingual dictionary with one unambiguous rendering
/// of the right part of speech, inflected like the source word), or says there is none.
/// </summary>
public interface IUnknownWordResolver
{
    /// <summary>The rendering of <paramref name="word"/> (as it stands in the source), or null when there is no safe one.</summary>
    UnknownWordRendering? Resolve(LanguagePair pair, string word);

    /// <summary>
    /// The rendering of <paramref name="word"/> where the word before it in the translation decides its form (an adjective
    /// of either gender in the source agrees with the noun before it: "las turbinas *hydroélectriques"), or null. By
    /// default the same as without it.
    /// </summary>
    UnknownWordRendering? Resolve(LanguagePair pair, string word, string? wordBefore) => Resolve(pair, word);

    /// <summary>
    /// Whether a rendering of <paramref name="word"/> cannot agree with the word before it in the translation (an adjective
    /// in the masculine after a feminine noun), as far as this resolver's knowledge of the target language tells. By
    /// default it cannot tell: false.
    /// </summary>
    bool Disagrees(LanguagePair pair, string word, string rendering, string wordBefore) => false;

    /// <summary>
    /// Whether <paramref name="word"/>, left as the engine wrote it, is a word of the pair's target language ("honorable"
    /// is Spanish too, "ferré" is not, though Spanish spelling dictionaries know it as a verb form), as this resolver's
    /// dictionaries tell; null when they cannot tell.
    /// </summary>
    bool? IsTargetWord(LanguagePair pair, string word) => null;

    /// <summary>
    /// The feminine form of a target-language word that is a masculine adjective or participle in every reading ("hidráulicos"
    /// -> "hidráulicas"), in the same number; null when it is not one, or this resolver cannot tell.
    /// </summary>
    string? FeminineOf(LanguagePair pair, string word) => null;

    /// <summary>
    /// Starts in the background what resolving the pair's words needs (dictionaries to load, programs to start) and returns
    /// at once; called before a translation of the pair is asked of an engine, so that both start together. By default nothing.
    /// </summary>
    void Prepare(LanguagePair pair)
    {
    }
}

/// <summary>A rendering of an unknown word and where it came from ("freedict-fra-spa: érosion &lt;n, fem&gt; -> erosión").</summary>
/// <param name="Rendering">The target word, inflected like the source word.</param>
/// <param name="Evidence">The dictionary entry it came from.</param>
/// <param name="FeminineNoun">A feminine noun: the article an engine put before a word it did not know ("l'érosion" -> "el") is made feminine.</param>
public sealed record UnknownWordRendering(string Rendering, string Evidence, bool FeminineNoun = false);

/// <summary>Asks several resolvers in turn and takes the first rendering found (an engine's own dictionaries, then a general one).</summary>
public sealed class FirstUnknownWordResolver(IEnumerable<IUnknownWordResolver> resolvers) : IUnknownWordResolver
{
    private readonly IUnknownWordResolver[] _resolvers = [.. resolvers];

    public UnknownWordRendering? Resolve(LanguagePair pair, string word) => Resolve(pair, word, null);

    public UnknownWordRendering? Resolve(LanguagePair pair, string word, string? wordBefore)
    {
        foreach (var resolver in _resolvers)
        {
            if (resolver.Resolve(pair, word, wordBefore) is { } found)
            {
                // A later resolver's rendering may not know the context an earlier one does ("ferrado" after "red").
                return wordBefore is not null && Disagrees(pair, word, found.Rendering, wordBefore) ? null : found;
            }
        }
        return null;
    }

    public bool Disagrees(LanguagePair pair, string word, string rendering, string wordBefore) =>
        _resolvers.Any(r => r.Disagrees(pair, word, rendering, wordBefore));

    public bool? IsTargetWord(LanguagePair pair, string word) =>
        _resolvers.Select(r => r.IsTargetWord(pair, word)).FirstOrDefault(answer => answer is not null);

    public string? FeminineOf(LanguagePair pair, string word) =>
        _resolvers.Select(r => r.FeminineOf(pair, word)).FirstOrDefault(form => form is not null);

    public void Prepare(LanguagePair pair)
    {
        foreach (var resolver in _resolvers)
        {
            resolver.Prepare(pair);
        }
    }
}
