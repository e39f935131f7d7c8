namespace Newsdesk.Translation;

/// <summary>
/// What the desk's dictionaries say about a capitalised source word, so that names are kept as written: whether its lower-case
/// form is a common word of the source language ("Pierre" is also "pierre"), and whether other languages write the name
/// differently ("Allemagne" -> "Alemania"), in which case the engine translates it.
/// </summary>
public interface INameEvidence
{
    /// <summary>True when the lower-case <paramref name="word"/> is a common word of <paramref name="language"/>.</summary>
    bool IsCommonWord(string language, string word);

    /// <summary>True when a bilingual dictionary renders the name <paramref name="name"/> differently (an exonym).</summary>
    bool HasExonym(string language, string name);

    /// <summary>
    /// True when the dictionary of <paramref name="language"/> lists the capitalised <paramref name="word"/> as a name of its
    /// own ("Pierre", "Olivier"), not only its lower-case form as a common word ("Tempête"). By default it cannot tell: false.
    /// </summary>
    bool IsKnownName(string language, string word) => false;
}
