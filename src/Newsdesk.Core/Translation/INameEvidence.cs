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
}
