using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Newsdesk.Translation.Apertium;

/// <summary>Apertium through an APy service (/listPairs, /translate): one request per article, in HTML format.</summary>
public sealed class ApertiumApyEngine : ITranslationEngine
{
    /// <summary>Name of the HttpClient registered for APy.</summary>
    public const string HttpClientName = "Newsdesk.Translation.Apertium.Apy";

    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _pairsLock = new(1, 1);
    private Dictionary<LanguagePair, (string Source, string Target)>? _pairs;

    public ApertiumApyEngine(HttpClient http, TimeProvider time)
    {
        _http = http;
        _time = time;
    }

    public string Name => "apertium";

    public EngineCapabilities Capabilities { get; } = new()
    {
        SupportsMarkup = true,
        Placeholders = PlaceholderStyle.Token,
        MaxSegmentsPerCall = 2000,
        // APy reads the form body into memory; keep one request well below its defaults.
        MaxCharactersPerCall = 500_000,
    };

    public async Task<IReadOnlyCollection<LanguagePair>> GetPairsAsync(CancellationToken cancellationToken) =>
        (await GetIndexAsync(cancellationToken)).Keys.ToList();

    public async Task<EngineResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
    {
        Dictionary<LanguagePair, (string Source, string Target)> index;
        try
        {
            index = await GetIndexAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or System.Text.Json.JsonException
                                   or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return EngineResult.Failed(new EngineFailure(Name, FailureKind.Transient, $"apertium APy at {_http.BaseAddress} cannot list its pairs: {ex.Message}"));
        }
        var match = index.FirstOrDefault(p => p.Key.Covers(batch.Pair));
        if (match.Value.Source is null)
        {
            return EngineResult.Failed(new EngineFailure(Name, FailureKind.Permanent, $"apertium APy has no pair {batch.Pair}."));
        }
        var cost = new TranslationCost(batch.Segments.Sum(s => InlineHtml.ToText(s).Length), 0, 0, 1);
        var plain = ApertiumSegments.IsPlain(batch.Segments);
        var prepared = FrenchInversion.Prepare(batch);
        var form = new Dictionary<string, string>
        {
            ["q"] = plain ? ApertiumSegments.PackText(prepared) : ApertiumSegments.Pack(prepared),
            ["langpair"] = $"{match.Value.Source}|{match.Value.Target}",
            ["markUnknown"] = "no",
            ["format"] = plain ? "txt" : "html",
        };
        var (response, failure) = await EngineHttp.SendAsync(_http, Name,
            () => new HttpRequestMessage(HttpMethod.Post, "translate") { Content = new FormUrlEncodedContent(form) }, cancellationToken);
        if (failure is not null)
        {
            return EngineResult.Failed(failure, cost);
        }
        using (response)
        {
            if (!response!.IsSuccessStatusCode)
            {
                return EngineResult.Failed(await EngineHttp.FailureAsync(Name, response, _time, cancellationToken), cost);
            }
            var body = await response.Content.ReadFromJsonAsync<TranslateResponse>(cancellationToken);
            var text = body?.ResponseData?.TranslatedText;
            if (text is null)
            {
                return EngineResult.Failed(new EngineFailure(Name, FailureKind.Transient,
                    $"apertium APy answered without responseData.translatedText ({body?.ResponseDetails ?? "no details"})."), cost);
            }
            var segments = plain ? ApertiumSegments.UnpackText(text, batch.Segments.Count) : ApertiumSegments.Unpack(text, batch.Segments.Count);
            return segments is null
                ? EngineResult.Failed(new EngineFailure(Name, FailureKind.Transient, "apertium APy output lost the segment markers."), cost)
                : EngineResult.Success(segments, cost);
        }
    }

    private async Task<Dictionary<LanguagePair, (string Source, string Target)>> GetIndexAsync(CancellationToken cancellationToken)
    {
        if (_pairs is { } cached)
        {
            return cached;
        }
        await _pairsLock.WaitAsync(cancellationToken);
        try
        {
            if (_pairs is null)
            {
                using var response = await _http.GetAsync("listPairs", cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    var failure = await EngineHttp.FailureAsync(Name, response, _time, cancellationToken);
                    throw new InvalidOperationException(failure.Message);
                }
                var body = await response.Content.ReadFromJsonAsync<ListPairsResponse>(cancellationToken);
                var index = new Dictionary<LanguagePair, (string, string)>();
                foreach (var pair in body?.ResponseData ?? [])
                {
                    if (pair.SourceLanguage is null || pair.TargetLanguage is null
                        || pair.SourceLanguage.Contains('_', StringComparison.Ordinal) || pair.TargetLanguage.Contains('_', StringComparison.Ordinal))
                    {
                        continue; // variants such as cat_pre2017 or eng_US
                    }
                    if (ApertiumModes.ToLanguage(pair.SourceLanguage) is { } source && ApertiumModes.ToLanguage(pair.TargetLanguage) is { } target)
                    {
                        index.TryAdd(new LanguagePair(source, target), (pair.SourceLanguage, pair.TargetLanguage));
                    }
                }
                _pairs = index;
            }
            return _pairs;
        }
        finally
        {
            _pairsLock.Release();
        }
    }

    private sealed record ListPairsResponse(
        [property: JsonPropertyName("responseData")] List<PairEntry>? ResponseData);

    private sealed record PairEntry(
        [property: JsonPropertyName("sourceLanguage")] string? SourceLanguage,
        [property: JsonPropertyName("targetLanguage")] string? TargetLanguage);

    private sealed record TranslateResponse(
        [property: JsonPropertyName("responseData")] TranslatedData? ResponseData,
        [property: JsonPropertyName("responseDetails")] string? ResponseDetails);

    private sealed record TranslatedData([property: JsonPropertyName("translatedText")] string? TranslatedText);
}
