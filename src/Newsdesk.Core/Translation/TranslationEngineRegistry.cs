using System.Text;

namespace Newsdesk.Translation;

/// <summary>
/// Picks the engine for a pair: the one named explicitly, otherwise the first in preference order that has the
/// pair. Apertium comes first wherever it has the pair because it is local and free.
/// </summary>
public sealed class TranslationEngineRegistry
{
    /// <summary>Engines tried first when no engine is named, in this order; the rest follow in registration order.</summary>
    public static readonly IReadOnlyList<string> DefaultPreference = ["apertium"];

    private readonly IReadOnlyList<ITranslationEngine> _engines;

    public TranslationEngineRegistry(IEnumerable<ITranslationEngine> engines, IReadOnlyList<string>? preference = null)
    {
        var order = preference ?? DefaultPreference;
        var all = engines.ToList();
        var duplicate = all.GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two translation engines are registered under the name '{duplicate.Key}'.", nameof(engines));
        }
        _engines = all
            .Select((engine, index) => (engine, rank: IndexOf(order, engine.Name) is var i and >= 0 ? i : order.Count + index))
            .OrderBy(x => x.rank)
            .Select(x => x.engine)
            .ToList();
    }

    public IReadOnlyList<ITranslationEngine> Engines => _engines;

    /// <summary>Finds an engine by name, or null.</summary>
    public ITranslationEngine? Find(string name) =>
        _engines.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Returns the engine that will translate <paramref name="pair"/>, or throws a message listing what is installed.</summary>
    public async Task<ITranslationEngine> ResolveAsync(LanguagePair pair, string? engineName, CancellationToken cancellationToken)
    {
        if (engineName is not null)
        {
            var named = Find(engineName) ?? throw new TranslationUnavailableException(
                $"No translation engine named '{engineName}'. Installed: {(_engines.Count == 0 ? "none" : string.Join(", ", _engines.Select(e => e.Name)))}.");
            var (pairs, error) = await TryGetPairsAsync(named, cancellationToken);
            if (error is not null)
            {
                throw new TranslationUnavailableException($"Engine {named.Name} cannot list its language pairs: {error}");
            }
            if (!pairs.Any(p => p.Covers(pair)))
            {
                throw new TranslationUnavailableException(
                    $"Engine {named.Name} does not translate {pair}. It translates: {FormatPairs(pairs)}.");
            }
            return named;
        }

        var listing = new StringBuilder();
        foreach (var engine in _engines)
        {
            var (pairs, error) = await TryGetPairsAsync(engine, cancellationToken);
            if (pairs.Any(p => p.Covers(pair)))
            {
                return engine;
            }
            if (listing.Length > 0)
            {
                listing.Append("; ");
            }
            listing.Append(engine.Name).Append(' ').Append(error is null ? FormatPairs(pairs) : $"(pairs unavailable: {error})");
        }
        throw new TranslationUnavailableException(
            $"No engine translates {pair}. Installed: {(listing.Length == 0 ? "no translation engine" : listing.ToString())}.");
    }

    /// <summary>Every engine with its pairs, for `newsdesk translate --list` and the settings page.</summary>
    public async Task<IReadOnlyList<(ITranslationEngine Engine, IReadOnlyCollection<LanguagePair> Pairs, string? Error)>> ListAsync(
        CancellationToken cancellationToken)
    {
        var result = new List<(ITranslationEngine, IReadOnlyCollection<LanguagePair>, string?)>();
        foreach (var engine in _engines)
        {
            var (pairs, error) = await TryGetPairsAsync(engine, cancellationToken);
            result.Add((engine, pairs, error));
        }
        return result;
    }

    private static async Task<(IReadOnlyCollection<LanguagePair> Pairs, string? Error)> TryGetPairsAsync(
        ITranslationEngine engine, CancellationToken cancellationToken)
    {
        try
        {
            return (await engine.GetPairsAsync(cancellationToken), null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // One unreachable engine must not hide the others' pairs.
            return ([], ex.Message);
        }
    }

    private static string FormatPairs(IReadOnlyCollection<LanguagePair> pairs) =>
        pairs.Count == 0 ? "no pairs" : string.Join(", ", pairs.Select(p => p.ToString()).Order(StringComparer.Ordinal));

    private static int IndexOf(IReadOnlyList<string> order, string name)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (string.Equals(order[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }
}
