namespace Newsdesk.Model;

/// <summary>What a fetched page is, decided from its own evidence; only articles go on to translation.</summary>
public enum PageKind
{
    /// <summary>A story told in running prose.</summary>
    Article,
    /// <summary>A live blog: timed entries that keep changing (not translated).</summary>
    LiveBlog,
    /// <summary>A section front, home page, tag page or search result: headlines and teasers linking elsewhere.</summary>
    Listing,
    /// <summary>A video or audio page whose text is only a teaser for the player.</summary>
    Media,
    /// <summary>A match sheet or results table: names and numbers, not sentences.</summary>
    Results,
    /// <summary>A page whose template was never rendered (<c>{{…}}</c> placeholders where the text should be).</summary>
    Template,
    /// <summary>An error page (not found, unavailable) served with a success status.</summary>
    Error,
    /// <summary>Too little prose to be an article: a teaser stub, a blank or placeholder page.</summary>
    Stub,
}

/// <summary>Maps page kinds to and from their short names (stored, printed and in the extraction contract).</summary>
public static class PageKindNames
{
    /// <summary>All kinds in declaration order.</summary>
    public static IReadOnlyList<PageKind> All { get; } = Enum.GetValues<PageKind>();

    public static string ToName(this PageKind kind) => kind switch
    {
        PageKind.Article => "article",
        PageKind.LiveBlog => "live_blog",
        PageKind.Listing => "listing",
        PageKind.Media => "media",
        PageKind.Results => "results",
        PageKind.Template => "template",
        PageKind.Error => "error",
        PageKind.Stub => "stub",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static PageKind FromName(string name)
    {
        foreach (var kind in All)
        {
            if (kind.ToName() == name)
            {
                return kind;
            }
        }
        throw new FormatException($"Unknown page kind '{name}'; expected one of {string.Join(", ", All.Select(k => k.ToName()))}.");
    }

    /// <summary>Whether pages of this kind go on to translation and publication.</summary>
    /// <remarks>Live blogs are not translated: their entries keep changing and no source setting asks for them yet.</remarks>
    public static bool IsTranslated(this PageKind kind) => kind == PageKind.Article;
}
