namespace Newsdesk.Locales;

/// <summary>Whether a locale sets a space before the high punctuation marks : ; ! ? (French typography).</summary>
public enum HighPunctuationSpacing
{
    /// <summary>The mark follows the word directly; a space before it is a slip (German, English, Spanish, ...).</summary>
    None,

    /// <summary>A no-break space is required before : and a narrow one before ; ! ? (France, Belgium).</summary>
    Required,

    /// <summary>Spaced and unspaced are both usage (Switzerland, Canada): written spaced, neither form is reported.</summary>
    Optional,
}
