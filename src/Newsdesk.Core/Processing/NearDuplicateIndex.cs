using Newsdesk.Ingest;
using Newsdesk.Model;
using Newsdesk.Storage;

namespace Newsdesk.Processing;

/// <summary>
/// The SimHash fingerprints of recent articles, kept in memory and refreshed incrementally from the store
/// (so articles stored by other processes are seen too), to link syndicated copies of one story.
/// </summary>
public sealed class NearDuplicateIndex(INewsStore store, TimeProvider time, IngestOptions options)
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

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            var cutoff = time.GetUtcNow() - options.NearDuplicateWindow;
            var fresh = await store.ListFingerprintsSinceAsync(cutoff, _last, cancellationToken);
            lock (_lock)
            {
                foreach (var f in fresh)
                {
                    _fingerprints[f.Id] = f;
                }
                if (fresh.Count > 0)
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
