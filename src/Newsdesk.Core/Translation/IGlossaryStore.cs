using Newsdesk.Model;

namespace Newsdesk.Translation;

/// <summary>The desk's glossaries, one per language pair; implemented by the stores, edited with `newsdesk glossary`.</summary>
public interface IGlossaryStore
{
    /// <summary>Entries of one pair, or of every pair when <paramref name="pair"/> is null.</summary>
    Task<IReadOnlyList<GlossaryEntry>> ListAsync(LanguagePair? pair, CancellationToken cancellationToken);

    /// <summary>Adds an entry, replacing an entry of the same pair and term.</summary>
    Task AddAsync(GlossaryEntry entry, CancellationToken cancellationToken);

    /// <summary>Removes the entry of that pair and term; false when there was none.</summary>
    Task<bool> RemoveAsync(LanguagePair pair, string term, CancellationToken cancellationToken);
}
