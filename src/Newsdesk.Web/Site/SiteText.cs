using System.Globalization;
using System.Resources;
using Newsdesk.Locales;
using Newsdesk.Model;

namespace Newsdesk.Web.Site;

/// <summary>
/// An edition's interface text, from Resources/SiteText.{lang}.resx (English where a language has none), and its dates
/// and times as the locale table writes them.
/// </summary>
public sealed class SiteText(CultureInfo culture, Locale locale)
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
    public string Date(DateTimeOffset time) => locale.FormatDate(DateOnly.FromDateTime(time.DateTime));

    /// <summary>A date and time of day ("28. November 2026, 09:05", "November 28, 2026, 9:05 AM").</summary>
    public string DateTime(DateTimeOffset time) => Date(time) + ", " + locale.FormatTime(time.Hour, time.Minute);
}
