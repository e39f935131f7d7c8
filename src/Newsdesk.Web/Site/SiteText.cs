using System.Globalization;
using System.Resources;
using Newsdesk.Model;

namespace Newsdesk.Web.Site;

/// <summary>An edition's interface text, from Resources/SiteText.{lang}.resx (English where a language has none).</summary>
public sealed class SiteText(CultureInfo culture)
{
    private static readonly ResourceManager Resources = new("Newsdesk.Web.Resources.SiteText", typeof(SiteText).Assembly);

    public CultureInfo Culture => culture;

    public string this[string key] => Resources.GetString(key, culture) ?? key;

    public string Format(string key, params object?[] args) => string.Format(culture, this[key], args);

    /// <summary>"from French" in the edition's language.</summary>
    public string FromLanguage(LanguageTag source) =>
        Resources.GetString("FromLang_" + source.Language, culture) is { } phrase
            ? phrase
            : Format("FromLang_other", LanguageNames.Native(source));

    /// <summary>A date as the edition's readers write it ("28. November 2026", "28 de noviembre de 2026").</summary>
    public string Date(DateTimeOffset time) => time.ToString("D", culture);

    public string DateTime(DateTimeOffset time) => time.ToString("D", culture) + ", " + time.ToString("t", culture);
}
