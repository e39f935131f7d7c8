namespace Newsdesk.Translation;

/// <summary>Register of the translation, for engines that can choose it.</summary>
public enum Formality
{
    Default,
    More,
    Less,
}
