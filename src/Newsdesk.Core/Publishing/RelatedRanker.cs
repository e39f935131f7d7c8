using Newsdesk.Model;
using Newsdesk.Storage;

namespace Newsdesk.Publishing;

/// <summary>
/// Combines the two "related stories" signals: text similarity (BM25 / ts_rank over headline and lead words) and
/// shared topics (weighted by how rare each topic is). Each list is normalised to its best score, then summed.
/// </summary>
public static class RelatedRanker
{
    public static IReadOnlyList<PublicationId> Combine(IReadOnlyList<RelatedCandidate> byText, IReadOnlyList<RelatedCandidate> byTopics,
        IReadOnlySet<PublicationId> exclude, int limit, double textWeight = 1.0, double topicWeight = 1.0)
    {
        var scores = new Dictionary<PublicationId, double>();
        void AddAll(IReadOnlyList<RelatedCandidate> list, double weight)
        {
            var max = list.Count == 0 ? 0 : list.Max(c => c.Score);
            if (max <= 0)
            {
                return;
            }
            foreach (var c in list)
            {
                scores[c.PublicationId] = scores.GetValueOrDefault(c.PublicationId) + weight * c.Score / max;
            }
        }
        AddAll(byText, textWeight);
        AddAll(byTopics, topicWeight);
        return scores.Where(kv => !exclude.Contains(kv.Key))
            .OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key.Value)
            .Take(limit).Select(kv => kv.Key).ToList();
    }
}
