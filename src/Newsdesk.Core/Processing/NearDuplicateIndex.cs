using Newsdesk.Ingest;
using Newsdesk.Model;
using Newsdesk.Storage;

namespace Newsdesk.Processing;

/// <summary>
/// The SimHash fingerprints of recent articles, kept in memory and refreshed incrementally from the store
/// (so articles stored by other processes are seen too), to link syndicated copies of one story.
/// </summary>
public sealed class NearDuplicateIndex(IArticleStore store, TimeProvider time, IngestOptions options)
{
    private readonly Dictionary<ArticleId, ArticleFingerprint> _fingerprints = [];
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly Lock _lock = new();
    private ArticleId _last;

    /// <summary>The cluster of the nearest recent article within the distance limit, other than <paramref name="self"/>.</summary>
    public async Task<ArticleId?> FindClusterAsync(long simHash, ArticleId? self, CancellationToken cancellationToken)
    {
        await RefreshAsync(cancellationToken);
        ArticleId? best = null;
        var bestDistance = int.MaxValue;
        lock (_lock)
        {
            foreach (var f in _fingerprints.Values)
            {
                var d = SimHash.Distance((ulong)f.SimHash, (ulong)simHash);
                if (f.Id != self && d <= options.NearDuplicateMaxDistance && (d < bestDistance || (d == bestDistance && f.ClusterId.Value < best!.Value.Value)))
                {
                    best = f.ClusterId;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    /// <summary>Adds an article just stored by this process.</summary>
    public void Add(ArticleFingerprint fingerprint)
    {
        lock (_lock)
        {
            _fingerprints[fingerprint.Id] = fingerprint;
        }
    }

    /// <summary>Records that an article (alone in its cluster) joined another story's cluster.</summary>
    public void MoveToCluster(ArticleId article, ArticleId cluster)
    {
        lock (_lock)
        {
            if (_fingerprints.TryGetValue(article, out var f))
            {
                _fingerprints[article] = f with { ClusterId = cluster };
            }
        }
    }

    // Ids are taken when a row is inserted but become visible when its transaction commits, not always in id order:
    // each refresh reads this many ids back again, so an article committed after a newer one is still seen.
    private const long RefreshOverlap = 64;

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            var cutoff = time.GetUtcNow() - options.NearDuplicateWindow;
            var fresh = await store.ListFingerprintsSinceAsync(cutoff, new ArticleId(Math.Max(0, _last.Value - RefreshOverlap)), cancellationToken);
            lock (_lock)
            {
                foreach (var f in fresh)
                {
                    _fingerprints[f.Id] = f;
                }
                if (fresh.Count > 0 && fresh[^1].Id.Value > _last.Value)
                {
                    _last = fresh[^1].Id;
                }
                foreach (var old in _fingerprints.Values.Where(f => f.CreatedAt < cutoff).Select(f => f.Id).ToList())
                {
                    _fingerprints.Remove(old);
                }
            }
        }
        finally
        {
            _refresh.Release();
        }
    }
}
