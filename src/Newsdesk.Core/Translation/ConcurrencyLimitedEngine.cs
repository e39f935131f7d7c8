namespace Newsdesk.Translation;

/// <summary>
/// An engine behind a limit on the requests in flight at once to its endpoint (the engine's MaxConcurrency setting):
/// a caller waits for a free slot, so many workers put back-pressure on themselves instead of sending an unbounded
/// number of requests to a rate-limited or single-GPU server. Everything else is the engine's own.
/// </summary>
public sealed class ConcurrencyLimitedEngine : ITranslationEngine, IDisposable
{
    private readonly ITranslationEngine _inner;
    private readonly SemaphoreSlim _slots;

    /// <param name="inner">The engine.</param>
    /// <param name="maxConcurrency">Requests in flight at once; at least 1.</param>
    public ConcurrencyLimitedEngine(ITranslationEngine inner, int maxConcurrency)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrency, 1);
        _inner = inner;
        MaxConcurrency = maxConcurrency;
        _slots = new SemaphoreSlim(maxConcurrency, maxConcurrency);
    }

    public int MaxConcurrency { get; }

    /// <summary>The engine behind the limit.</summary>
    public ITranslationEngine Inner => _inner;

    public string Name => _inner.Name;

    public EngineCapabilities Capabilities => _inner.Capabilities;

    public async Task<IReadOnlyCollection<LanguagePair>> GetPairsAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            return await _inner.GetPairsAsync(cancellationToken);
        }
        finally
        {
            _slots.Release();
        }
    }

    public async Task<EngineResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            return await _inner.TranslateAsync(batch, cancellationToken);
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose()
    {
        (_inner as IDisposable)?.Dispose();
        _slots.Dispose();
    }
}
