using System.Security.Cryptography;
using System.Text;
using Newsdesk.Model;
using Newsdesk.Storage;

namespace Newsdesk.Review;

/// <summary>
/// Writes the segments an editor changed into the translation memory: the headline, and each block when the source and
/// the translation have the same number of blocks (so they pair by position). Engine "editor"; key
/// <c>editor:{source}:{target}:{sha256 of the source segment's inline HTML (or text)}</c>, see <see cref="KeyFor"/>.
/// </summary>
public class TranslationMemoryEditSink(INewsStore store, TimeProvider time) : IApprovedEditSink
{
    public const string EngineName = "editor";

    public async Task RecordAsync(ApprovedEdit edit, CancellationToken cancellationToken)
    {
        var source = edit.Source.Content;
        var pairs = new List<(string SourceSegment, string SourceText, string Before, string After)>
        {
            (source.Title, source.Title, edit.Before.Content.Title, edit.After.Title),
        };
        if (source.Blocks.Count == edit.After.Blocks.Count && source.Blocks.Count == edit.Before.Content.Blocks.Count)
        {
            for (var i = 0; i < source.Blocks.Count; i++)
            {
                var s = source.Blocks[i];
                pairs.Add((s.Html ?? s.Text, s.Text, edit.Before.Content.Blocks[i].Text, edit.After.Blocks[i].Text));
            }
        }
        var segments = pairs
            .Where(p => p.SourceText.Length > 0 && p.After.Length > 0 && !string.Equals(p.Before, p.After, StringComparison.Ordinal))
            .Select(p => new MemorySegment(KeyFor(edit.Before.SourceLanguage, edit.Before.Language, p.SourceSegment),
                edit.Before.SourceLanguage.Value, edit.Before.Language.Value, EngineName, p.SourceText, p.After))
            .ToList();
        await store.PutMemoryAsync(segments, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>The memory key of an edited segment.</summary>
    protected virtual string KeyFor(LanguageTag source, LanguageTag target, string sourceSegment) =>
        $"{EngineName}:{source}:{target}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sourceSegment)))}";
}
