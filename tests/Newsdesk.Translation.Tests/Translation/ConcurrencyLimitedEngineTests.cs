using Newsdesk.Model;
using Newsdesk.Tests.Support;
using Newsdesk.Translation;
using Newsdesk.Translation.DeepL;
using Newsdesk.Translation.LibreTranslate;
using Newsdesk.Translation.OpenAI;

namespace Newsdesk.Tests.Translation;

/// <summary>Issue 22: engines other than Apertium keep their own limit of requests in flight, with back-pressure.</summary>
public sealed class ConcurrencyLimitedEngineTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An engine that holds every request until released, counting those inside it.</summary>
    private sealed class HeldEngine : ITranslationEngine
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _inside;
        public int Entered;
        public int MostInside;

        public string Name => "held";
        public EngineCapabilities Capabilities { get; } = new();
        public Task<IReadOnlyCollection<LanguagePair>> GetPairsAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyCollection<LanguagePair>>([LanguagePair.Parse("fr->es")]);

        public void Release() => _release.TrySetResult();

        public async Task<EngineResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Entered);
            var inside = Interlocked.Increment(ref _inside);
            lock (this)
            {
                MostInside = Math.Max(MostInside, inside);
            }
            await _release.Task.WaitAsync(cancellationToken);
            Interlocked.Decrement(ref _inside);
            return EngineResult.Success(batch.Segments, new TranslationCost(0, 0, 0, 1));
        }
    }

    [Fact]
    public async Task TranslateAsync_MoreCallersThanTheLimit_TheRestWaitTheirTurn()
    {
        var held = new HeldEngine();
        using var limited = new ConcurrencyLimitedEngine(held, maxConcurrency: 2);
        var calls = Enumerable.Range(0, 6).Select(i => limited.TranslateAsync(new TranslationBatch(LanguagePair.Parse("fr->es"), [$"texte {i}"]), Ct)).ToList();
        while (Volatile.Read(ref held.Entered) < 2)
        {
            await Task.Delay(5, Ct);
        }
        await Task.Delay(100, Ct); // give any request that would slip past the limit the chance to enter

        Assert.Equal(2, Volatile.Read(ref held.Entered));
        held.Release();
        var results = await Task.WhenAll(calls);

        Assert.All(results, r => Assert.True(r.IsSuccess));
        Assert.Equal(6, held.Entered);
        Assert.Equal(2, held.MostInside);
        Assert.Equal(Enumerable.Range(0, 6).Select(i => $"texte {i}"), results.Select(r => r.Segments[0]));
    }

    [Fact]
    public async Task TranslateAsync_CallerCancelsWhileWaiting_NoSlotIsLost()
    {
        var held = new HeldEngine();
        using var limited = new ConcurrencyLimitedEngine(held, maxConcurrency: 1);
        var first = limited.TranslateAsync(new TranslationBatch(LanguagePair.Parse("fr->es"), ["un"]), Ct);
        using var cancel = new CancellationTokenSource();
        var waiting = limited.TranslateAsync(new TranslationBatch(LanguagePair.Parse("fr->es"), ["deux"]), cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Release();
        Assert.True((await first).IsSuccess);
        Assert.True((await limited.TranslateAsync(new TranslationBatch(LanguagePair.Parse("fr->es"), ["trois"]), Ct)).IsSuccess);
        Assert.Equal(2, held.Entered);
    }

    [Fact]
    public void Registration_EachHttpEngine_IsLimitedByItsOwnSetting()
    {
        var deepL = Assert.IsType<ConcurrencyLimitedEngine>(EngineServices.Build(s => s.AddDeepLTranslation(o =>
        {
            o.ApiKey = "k:fx";
            o.MaxConcurrency = 3;
        })));
        var libre = Assert.IsType<ConcurrencyLimitedEngine>(EngineServices.Build(s => s.AddLibreTranslateTranslation(o =>
        {
            o.BaseUrl = new Uri("http://127.0.0.1:5000");
            o.MaxConcurrency = 1;
        })));

        Assert.Equal(3, deepL.MaxConcurrency);
        Assert.IsType<DeepLEngine>(deepL.Inner);
        Assert.Equal(1, libre.MaxConcurrency);
        Assert.Equal("deepl", deepL.Name);
    }
}
