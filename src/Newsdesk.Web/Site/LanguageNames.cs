using System.Globalization;
using Newsdesk.Model;

namespace Newsdesk.Web.Site;

/// <summary>Language names as their speakers write them, for the language switcher ("Deutsch", "español").</summary>
public static class LanguageNames
{
    public static CultureInfo Culture(LanguageTag language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language.Value);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    public static string Native(LanguageTag language)
    {
        var culture = Culture(language);
        var name = culture == CultureInfo.InvariantCulture ? language.Value : culture.NativeName;
        return name.Length == 0 ? language.Value : char.ToUpper(name[0], culture) + name[1..];
    }
}
