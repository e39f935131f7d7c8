namespace Newsdesk.Translation;

/// <summary>How protected spans (numbers, names, do-not-translate terms) are marked in what an engine receives.</summary>
public enum PlaceholderStyle
{
    /// <summary>An empty element <c>&lt;x-k i="3"/&gt;</c> replaces the span; the engine translates around it (Apertium, LibreTranslate, LLMs).</summary>
    VoidTag,

    /// <summary>
    /// A token the engine takes for an unknown word, <c>ZQ3Z</c> (Apertium): it keeps its place in the sentence and
    /// elisions around it ("d'ZQ3Z" becomes "de ZQ3Z"), where an empty element would make some pairs capitalise the next word.
    /// </summary>
    Token,

    /// <summary>The span's target rendering stays in the text inside <c>&lt;span translate="no" data-k="3"&gt;</c>, so the engine keeps the context (DeepL).</summary>
    NoTranslateSpan,
}
