using System.Globalization;
using Newsdesk.Locales;
using Newsdesk.Model;

namespace Newsdesk.Web.Site;

/// <summary>One language edition of the site: its language, culture, locale conventions and interface text.</summary>
public sealed record Edition(LanguageTag Language, long Articles)
{
    public CultureInfo Culture { get; } = LanguageNames.Culture(Language);

    /// <summary>How the edition's language writes dates, times and numbers.</summary>
    public Locale Locale { get; } = Locale.For(Language);

    public SiteText Text => _text ??= new SiteText(Culture, Locale);

    private SiteText? _text;

    public string Code => Language.Value;

    public string NativeName => LanguageNames.Native(Language);

    public string Path => "/" + Code + "/";
}
