using Newsdesk.Storage;

namespace Newsdesk.Web.Site;

/// <summary>
/// An edition's section names: the source's section as translated for the edition (by the engine or an editor), or the
/// edition's own generic word while there is none. A translated story never shows its source's section word.
/// </summary>
public sealed class SectionNames(Edition edition, IReadOnlyDictionary<string, string> names)
{
    public static async Task<SectionNames> LoadAsync(ISiteStore site, Edition edition, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var label in await site.ListSiteLabelsAsync(Newsdesk.Model.LanguageTag.Parse(edition.Language.Language), cancellationToken))
        {
            // An editor's name wins over the engine's when two source languages share a word.
            if (!names.ContainsKey(label.Source) || label.SetBy == SiteLabelSetter.Editor)
            {
                names[label.Source] = label.Label;
            }
        }
        return new SectionNames(edition, names);
    }

    /// <summary>The edition's generic section word ("News", "Notícies").</summary>
    public string Generic => edition.Text["SectionGeneric"];

    /// <summary>The section to show for a publication, or null when it has none.</summary>
    public string? Of(Publication publication)
    {
        if (publication.Section?.Trim() is not { Length: > 0 } section)
        {
            return null;
        }
        // An original in its own edition is already in the edition's language.
        if (publication.TranslationId is null)
        {
            return section;
        }
        return names.TryGetValue(section, out var name) ? name : Generic;
    }
}
