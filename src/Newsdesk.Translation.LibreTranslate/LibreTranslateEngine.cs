using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Newsdesk.Model;

namespace Newsdesk.Translation.LibreTranslate;

/// <summary>LibreTranslate: POST /translate with an array of texts in HTML format; pairs from /languages.</summary>
public sealed class LibreTranslateEngine : ITranslationEngine
{
    /// <summary>Name of the HttpClient registered for LibreTranslate.</summary>
    public const string HttpClientName = "Newsdesk.Translation.LibreTranslate";

    private readonly HttpClient _http;
    private readonly LibreTranslateOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _pairsLock = new(1, 1);
    private List<LanguagePair>? _pairs;

    public LibreTranslateEngine(HttpClient http, LibreTranslateOptions options, TimeProvider time)
    {
        _http = http;
        _options = options;
        _time = time;
        Capabilities = new EngineCapabilities
        {
            SupportsMarkup = true,
            Placeholders = PlaceholderStyle.VoidTag,
            MaxSegmentsPerCall = options.MaxSegmentsPerCall,
            MaxCharactersPerCall = options.MaxCharactersPerCall,
        };
    }

    public string Name => "libretranslate";

    public EngineCapabilities Capabilities { get; }

    public async Task<IReadOnlyCollection<LanguagePair>> GetPairsAsync(CancellationToken cancellationToken)
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
                using var response = await _http.GetAsync("languages", cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    throw new HttpRequestException((await EngineHttp.FailureAsync(Name, response, _time, cancellationToken)).Message);
                }
                var languages = await response.Content.ReadFromJsonAsync<List<LanguageEntry>>(cancellationToken) ?? [];
                var pairs = new List<LanguagePair>();
                foreach (var language in languages)
                {
                    if (!LanguageTag.TryParse(language.Code, out var source))
                    {
                        continue;
                    }
                    foreach (var code in language.Targets ?? [])
                    {
                        if (LanguageTag.TryParse(code, out var target) && target.Language != source.Language)
                        {
                            pairs.Add(new LanguagePair(source, target));
                        }
                    }
                }
                _pairs = pairs;
            }
            return _pairs;
        }
        finally
        {
            _pairsLock.Release();
        }
    }

    public async Task<EngineResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
    {
        var body = new Dictionary<string, object>
        {
            ["q"] = batch.Segments,
            ["source"] = batch.Pair.Source.Language,
            ["target"] = batch.Pair.Target.Language,
            ["format"] = "html",
        };
        if (_options.ApiKey is { Length: > 0 } key)
        {
            body["api_key"] = key;
        }
        var cost = new TranslationCost(batch.Segments.Sum(s => InlineHtml.ToText(s).Length), 0, 0, 1);
        var (response, failure) = await EngineHttp.SendAsync(_http, Name,
            () => new HttpRequestMessage(HttpMethod.Post, "translate") { Content = JsonContent.Create(body) }, cancellationToken);
        if (failure is not null)
        {
            return EngineResult.Failed(failure, cost);
        }
        using (response)
        {
            if (!response!.IsSuccessStatusCode)
            {
                var error = await EngineHttp.FailureAsync(Name, response, _time, cancellationToken);
                if (error.StatusCode == 429)
                {
                    error = error with { Message = $"LibreTranslate asks to slow down (HTTP 429): {error.EngineMessage}" };
                }
                return EngineResult.Failed(error, cost);
            }
            JsonElement translated;
            try
            {
                var answer = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
                translated = answer.TryGetProperty("translatedText", out var t) ? t : default;
            }
            catch (JsonException ex)
            {
                return EngineResult.Failed(new EngineFailure(Name, FailureKind.Transient, $"LibreTranslate answered with invalid JSON: {ex.Message}"), cost);
            }
            // An array request gets an array back; a server that answers one string only translated one text.
            var texts = translated.ValueKind switch
            {
                JsonValueKind.Array => translated.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null).ToList(),
                JsonValueKind.String when batch.Segments.Count == 1 => [translated.GetString()],
                _ => null,
            };
            if (texts is null || texts.Count != batch.Segments.Count || texts.Any(t => t is null))
            {
                return EngineResult.Failed(new EngineFailure(Name, FailureKind.Transient,
                    $"LibreTranslate returned {texts?.Count ?? 0} translation(s) for {batch.Segments.Count} text(s)."), cost);
            }
            return EngineResult.Success(texts.Select(t => t!).ToList(), cost);
        }
    }

    private sealed record LanguageEntry(
        [property: JsonPropertyName("code")] string? Code,
        [property: JsonPropertyName("name")] string? Name,
        [property: JsonPropertyName("targets")] List<string>? Targets);
}
