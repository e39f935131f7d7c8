namespace Newsdesk.Model;

/// <summary>Languages named in English for messages to editors and in engine prompts ("German", "Catalan").</summary>
public static class LanguageNames
{
    /// <summary>The English name of a language code, or the code itself when it is not one the desk names.</summary>
    public static string English(string code) => code switch
    {
        "de" => "German",
        "fr" => "French",
        "en" => "English",
        "es" => "Spanish",
        "it" => "Italian",
        "pt" => "Portuguese",
        "nl" => "Dutch",
        "ca" => "Catalan",
        _ => code,
    };
}
