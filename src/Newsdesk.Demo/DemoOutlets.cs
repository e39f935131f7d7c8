namespace Newsdesk.Demo;

/// <summary>The two fictional outlets of the demo desk. Their names are invented for the project.</summary>
public static class DemoOutlets
{
    /// <summary>A Lyon daily: RSS 2.0 feed, JSON-LD NewsArticle metadata.</summary>
    public const string Traboules = "traboules";

    /// <summary>A Mediterranean-coast daily: Atom feed, Open Graph and meta-tag metadata.</summary>
    public const string Ecume = "ecume";

    public static IReadOnlyList<string> Ids { get; } = [Traboules, Ecume];

    /// <summary>The outlet's display name.</summary>
    public static string NameOf(string id) => id switch
    {
        Traboules => "Le Quotidien des Traboules",
        Ecume => "L’Écume du Littoral",
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "not a demo outlet"),
    };
}
