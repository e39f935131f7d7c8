using Newsdesk.Model;
using Newsdesk.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Benchmarks;

/// <summary>A desk following the loopback fixture server's feeds, for the benches that run the real `newsdesk` executable.</summary>
internal static class FixtureDesk
{
    /// <summary>The environment that lets `newsdesk` fetch from the fixture hosts, without the per-host delay (they are ours; real sources keep the 1 s default).</summary>
    public static Dictionary<string, string> LocalFetching() => new()
    {
        ["NEWSDESK_FETCH__ALLOWEDPRIVATEADDRESSES"] = "127.0.0.0/8",
        ["NEWSDESK_FETCH__MINDELAYPERHOST"] = "0",
    };

    /// <summary>Adds one source per fixture feed.</summary>
    public static async Task AddFeedsAsync(INewsStore store, FixtureNewsServer server, int feeds, Licence licence = Licence.ExcerptAndLink)
    {
        for (var i = 0; i < feeds; i++)
        {
            await store.AddSourceAsync(new SourceDraft(server.FeedUrl(i).AbsoluteUri, Licence: licence), TimeProvider.System.GetUtcNow(), CancellationToken.None);
        }
    }
}
