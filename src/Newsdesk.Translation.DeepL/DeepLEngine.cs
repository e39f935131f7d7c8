using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;
using Newsdesk.Model;

namespace Newsdesk.Translation.DeepL;

/// <summary>DeepL API v2: /v2/translate with HTML tag handling, glossaries, formality and billed characters.</summary>
public sealed class DeepLEngine : ITranslationEngine
{
    /// <summary>Name of the HttpClient registered for DeepL.</summary>
    public const string HttpClientName = "Newsdesk.Translation.DeepL";

    private readonly HttpClient _http;
    private readonly DeepLOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _languagesLock = new(1, 1);
    private readonly ConcurrentDictionary<string, string> _glossaryIds = new(StringComparer.Ordinal);
    private (List<string> Sources, List<string> Targets)? _languages;
    private (DateTimeOffset Until, EngineFailure Failure)? _quotaExhausted;

    public DeepLEngine(HttpClient http, DeepLOptions options, TimeProvider time)
    {
        _http = http;
        _options = options;
        _time = time;
        Capabilities = new EngineCapabilities
        {
            SupportsMarkup = true,
            SupportsGlossary = options.UseGlossaries,
            SupportsFormality = true,
            // DeepL keeps translate="no" elements as they are and still sees them in context.
            Placeholders = PlaceholderStyle.NoTranslateSpan,
            MaxSegmentsPerCall = options.MaxSegmentsPerCall,
            MaxCharactersPerCall = options.MaxCharactersPerCall,
        };
    }

    public string Name => "deepl";

    public EngineCapabilities Capabilities { get; }

    public async Task<IReadOnlyCollection<LanguagePair>> GetPairsAsync(CancellationToken cancellationToken)
    {
        var (sources, targets) = await GetLanguagesAsync(cancellationToken);
        var pairs = new HashSet<LanguagePair>();
        foreach (var source in sources)
        {
            foreach (var target in targets)
            {
                if (LanguageTag.TryParse(source, out var s) && LanguageTag.TryParse(target, out var t) && s.Language != t.Language)
                {
                    pairs.Add(new LanguagePair(s, t));
                }
            }
        }
        return pairs;
    }

    public async Task<EngineResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
    {
        if (_quotaExhausted is { } exhausted && _time.GetUtcNow() < exhausted.Until)
        {
            return EngineResult.Failed(exhausted.Failure);
        }
        var body = new Dictionary<string, object>
        {
            ["text"] = batch.Segments,
            ["source_lang"] = batch.Pair.Source.Language.ToUpperInvariant(),
            ["target_lang"] = TargetCode(batch.Pair.Target),
            ["tag_handling"] = "html",
            ["show_billed_characters"] = true,
        };
        var formality = batch.Formality switch
        {
            Formality.More => "prefer_more",
            Formality.Less => "prefer_less",
            _ => _options.Formality?.ToLowerInvariant() switch
            {
                "more" or "prefer_more" => "prefer_more",
                "less" or "prefer_less" => "prefer_less",
                _ => null,
            },
        };
        if (formality is not null)
        {
            body["formality"] = formality;
        }
        if (_options.UseGlossaries && batch.Glossary is { Entries.Count: > 0 } glossary
            && await EnsureGlossaryAsync(batch.Pair, glossary, cancellationToken) is { } glossaryId)
        {
            body["glossary_id"] = glossaryId;
        }

        var (response, failure) = await EngineHttp.SendAsync(_http, Name, () => Post("v2/translate", body), cancellationToken);
        if (failure is not null)
        {
            return EngineResult.Failed(failure);
        }
        using (response)
        {
            if (!response!.IsSuccessStatusCode)
            {
                return EngineResult.Failed(await FailureAsync(response, cancellationToken));
            }
            var answer = await response.Content.ReadFromJsonAsync<TranslateResponse>(cancellationToken);
            var translations = answer?.Translations ?? [];
            if (translations.Count != batch.Segments.Count || translations.Any(t => t.Text is null))
            {
                return EngineResult.Failed(new EngineFailure(Name, FailureKind.Transient,
                    $"DeepL returned {translations.Count} translation(s) for {batch.Segments.Count} text(s)."));
            }
            var billed = translations.Sum(t => t.BilledCharacters ?? 0);
            if (translations.All(t => t.BilledCharacters is null))
            {
                billed = batch.Segments.Sum(s => InlineHtml.ToText(s).Length); // older API versions do not report it
            }
            return EngineResult.Success(translations.Select(t => t.Text!).ToList(), new TranslationCost(billed, 0, 0, 1));
        }
    }

    private async Task<EngineFailure> FailureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var failure = await EngineHttp.FailureAsync(Name, response, _time, cancellationToken);
        switch ((int)response.StatusCode)
        {
            case 456:
                failure = failure with
                {
                    Kind = FailureKind.Permanent,
                    Message = $"DeepL quota exceeded (HTTP 456): {failure.EngineMessage}. DeepL is stopped for {_options.QuotaCooldown.TotalMinutes:0} min; raise the quota or cost-control limit.",
                };
                _quotaExhausted = (_time.GetUtcNow() + _options.QuotaCooldown, failure);
                break;
            case 529:
                failure = failure with { Kind = FailureKind.Transient, Message = $"DeepL is overloaded (HTTP 529): {failure.EngineMessage}" };
                break;
        }
        return failure;
    }

    private async Task<string?> EnsureGlossaryAsync(LanguagePair pair, TranslationGlossary glossary, CancellationToken cancellationToken)
    {
        var source = pair.Source.Language;
        var target = pair.Target.Language;
        var key = $"{source}|{target}|{glossary.Version}";
        if (_glossaryIds.TryGetValue(key, out var id))
        {
            return id;
        }
        var entries = new StringBuilder();
        foreach (var entry in glossary.Entries)
        {
            var term = Clean(entry.Term);
            var rendering = Clean(entry.Rendering ?? entry.Term);
            if (term.Length > 0 && rendering.Length > 0)
            {
                entries.Append(term).Append('\t').Append(rendering).Append('\n');
            }
        }
        var body = new Dictionary<string, object>
        {
            ["name"] = $"newsdesk {source}-{target} {glossary.Version}",
            ["source_lang"] = source,
            ["target_lang"] = target,
            ["entries"] = entries.ToString(),
            ["entries_format"] = "tsv",
        };
        var (response, failure) = await EngineHttp.SendAsync(_http, Name, () => Post("v2/glossaries", body), cancellationToken);
        if (failure is not null || response is null)
        {
            return null;
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                // Without a DeepL glossary the pipeline's glossary check still flags missing renderings.
                return null;
            }
            var created = await response.Content.ReadFromJsonAsync<GlossaryResponse>(cancellationToken);
            if (created?.GlossaryId is not { Length: > 0 } glossaryId)
            {
                return null;
            }
            _glossaryIds[key] = glossaryId;
            return glossaryId;
        }
    }

    private static string Clean(string value) => value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ').Trim();

    private string TargetCode(LanguageTag target)
    {
        var upper = target.Value.ToUpperInvariant();
        var targets = _languages?.Targets;
        if (targets is not null && targets.Contains(upper, StringComparer.OrdinalIgnoreCase))
        {
            return upper;
        }
        // DeepL wants a variant for English and Portuguese targets.
        return target.Language switch
        {
            "en" => target.Region == "GB" ? "EN-GB" : "EN-US",
            "pt" => target.Region == "BR" ? "PT-BR" : "PT-PT",
            "zh" => "ZH-HANS",
            _ => target.Language.ToUpperInvariant(),
        };
    }

    private async Task<(List<string> Sources, List<string> Targets)> GetLanguagesAsync(CancellationToken cancellationToken)
    {
        if (_languages is { } cached)
        {
            return cached;
        }
        await _languagesLock.WaitAsync(cancellationToken);
        try
        {
            if (_languages is null)
            {
                var sources = await ListAsync("source", cancellationToken);
                var targets = await ListAsync("target", cancellationToken);
                _languages = (sources, targets);
            }
            return _languages.Value;
        }
        finally
        {
            _languagesLock.Release();
        }
    }

    private async Task<List<string>> ListAsync(string type, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v2/languages?type={type}");
        Authorize(request);
        using var response = await _http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var failure = await FailureAsync(response, cancellationToken);
            throw new HttpRequestException(failure.Message);
        }
        var languages = await response.Content.ReadFromJsonAsync<List<LanguageEntry>>(cancellationToken) ?? [];
        return languages.Where(l => l.Language is not null).Select(l => l.Language!).ToList();
    }

    private HttpRequestMessage Post(string path, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        Authorize(request);
        return request;
    }

    private void Authorize(HttpRequestMessage request) =>
        request.Headers.Authorization = new AuthenticationHeaderValue("DeepL-Auth-Key", _options.ApiKey);

    private sealed record TranslateResponse([property: JsonPropertyName("translations")] List<Translation>? Translations);

    private sealed record Translation(
        [property: JsonPropertyName("text")] string? Text,
        [property: JsonPropertyName("detected_source_language")] string? DetectedSourceLanguage,
        [property: JsonPropertyName("billed_characters")] long? BilledCharacters);

    private sealed record LanguageEntry(
        [property: JsonPropertyName("language")] string? Language,
        [property: JsonPropertyName("name")] string? Name);

    private sealed record GlossaryResponse([property: JsonPropertyName("glossary_id")] string? GlossaryId);
}
