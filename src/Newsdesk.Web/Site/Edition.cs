using System.Globalization;
using Newsdesk.Model;

namespace Newsdesk.Web.Site;

/// <summary>One language edition of the site: its language, culture and interface text.</summary>
public sealed record Edition(LanguageTag Language, long Articles)
{
    public CultureInfo Culture { get; } = LanguageNames.Culture(Language);

    public SiteText Text => _text ??= new SiteText(Culture);

    private SiteText? _text;

    public string Code => Language.Value;

    public string NativeName => LanguageNames.Native(Language);

    public string Path => "/" + Code + "/";
}
