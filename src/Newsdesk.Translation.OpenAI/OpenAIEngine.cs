using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Newsdesk.Model;
using Newsdesk.Quality.Language;

namespace Newsdesk.Translation.OpenAI;

/// <summary>
/// An OpenAI-compatible chat-completions endpoint as a translation engine: the batch's blocks numbered in one
/// request, answered as a JSON object with a schema (read from one object or from server-sent events), checked block
/// by block. Markdown the original lacks and a "Translation:" label are repaired; a block in the wrong language, a
/// refusal, a note, a block cut to less than half, or broken placeholders are asked again once, alone and with the
/// reason, and fail the batch when they come back wrong. A truncated answer (finish_reason "length") asks the
/// pipeline to split the batch.
/// </summary>
public sealed partial class OpenAIEngine : ITranslationEngine
{
    /// <summary>Name of the HttpClient registered for the chat-completions server.</summary>
    public const string HttpClientName = "Newsdesk.Translation.OpenAI";

    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Lazy<LanguageIdentifier> SharedLanguages = new(() => new LanguageIdentifier());

    private readonly HttpClient _http;
    private readonly OpenAIOptions _options;
    private readonly TimeProvider _time;
    private readonly IReadOnlyCollection<LanguagePair> _pairs;
    private readonly SegmentChecker _checker;

    /// <param name="http">Client whose base address is the server's API root (…/v1/).</param>
    /// <param name="options">Model, languages, limits.</param>
    /// <param name="time">Clock for Retry-After dates.</param>
    /// <param name="languages">Language identification for the answer's segments (one shared instance when null).</param>
    public OpenAIEngine(HttpClient http, OpenAIOptions options, TimeProvider time, LanguageIdentifier? languages = null)
    {
        _http = http;
        _options = options;
        _time = time;
        _checker = new SegmentChecker(languages ?? SharedLanguages.Value);
        var pairs = new HashSet<LanguagePair>();
        var tags = options.Languages.Select(l => LanguageTag.TryParse(l, out var t) ? t : (LanguageTag?)null).OfType<LanguageTag>().ToList();
        foreach (var source in tags)
        {
            foreach (var target in tags.Where(t => t.Language != source.Language))
            {
                pairs.Add(new LanguagePair(source, target));
            }
        }
        foreach (var pair in options.Pairs)
        {
            pairs.Add(LanguagePair.Parse(pair));
        }
        _pairs = pairs;
        Capabilities = new EngineCapabilities
        {
            SupportsMarkup = true,
            SupportsGlossary = true, // in the prompt
            SupportsFormality = true,
            Placeholders = PlaceholderStyle.VoidTag,
            MaxSegmentsPerCall = options.MaxSegmentsPerCall,
            MaxCharactersPerCall = options.MaxCharactersPerCall,
        };
    }

    public string Name => "openai";

    public EngineCapabilities Capabilities { get; }

    public Task<IReadOnlyCollection<LanguagePair>> GetPairsAsync(CancellationToken cancellationToken) => Task.FromResult(_pairs);

    public async Task<EngineResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
    {
        var first = await AskAsync(batch, null, cancellationToken);
        var cost = first.Cost;
        if (first.Failure is { } failure)
        {
            return EngineResult.Failed(failure, cost);
        }
        var segments = first.Segments!.ToArray();
        var faults = new SortedDictionary<int, SegmentFault>();
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = AnswerRepair.Repair(batch.Segments[i], segments[i]);
            if (_checker.Check(batch.Pair, batch.Segments[i], segments[i]) is { } fault)
            {
                faults[i] = fault;
            }
        }
        if (faults.Count == 0)
        {
            return EngineResult.Success(segments, cost);
        }

        // Each faulty segment once more, on its own and with the reason; nothing of a segment that is still wrong is used.
        var retried = faults.Keys.ToList();
        var again = batch with { Segments = retried.Select(i => batch.Segments[i]).ToList() };
        var corrections = retried.Select((i, k) => (Id: k + 1, faults[i].Reason)).ToList();
        var second = await AskAsync(again, corrections, cancellationToken);
        cost += second.Cost;
        if (second.Failure is { } retryFailure)
        {
            return EngineResult.Failed(retryFailure with
            {
                Message = $"{retryFailure.Message} (while asking again for {Describe(batch, faults)})",
            }, cost);
        }
        var still = new List<string>();
        string? firstWrong = null;
        for (var k = 0; k < retried.Count; k++)
        {
            var i = retried[k];
            var repaired = AnswerRepair.Repair(batch.Segments[i], second.Segments![k]);
            if (_checker.Check(batch.Pair, batch.Segments[i], repaired) is { } fault)
            {
                still.Add($"segment {Number(i + 1)} of {Number(batch.Segments.Count)} (\"{SegmentChecker.Shorten(SegmentChecker.Readable(batch.Segments[i]))}\") "
                    + $"is still wrong after a retry: {fault.Reason}: \"{SegmentChecker.Shorten(SegmentChecker.Readable(repaired))}\" [{fault.Code}]");
                firstWrong ??= repaired;
            }
            else
            {
                segments[i] = repaired;
            }
        }
        if (still.Count > 0)
        {
            // Permanent, not Transient: the segment was already asked again, alone and with the reason. At temperature 0
            // (the default) the model gives the same answer to the same request, so the pipeline's retries (4 calls with
            // backoff) and the job's would only spend tokens and keep the article waiting in "retry"; Permanent stops
            // the article at once and fails its job with this message, and nothing of the answer is used or remembered.
            return EngineResult.Failed(new EngineFailure(Name, FailureKind.Permanent,
                $"{Name}: the answer was refused, nothing of it is used: {string.Join("; ", still)}.", firstWrong), cost);
        }
        return EngineResult.Success(segments, cost);
    }

    private static string Describe(TranslationBatch batch, SortedDictionary<int, SegmentFault> faults) =>
        string.Join("; ", faults.Select(f => $"segment {Number(f.Key + 1)} of {Number(batch.Segments.Count)}, refused because {f.Value.Reason}"));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// One request for the batch's segments, asked again (up to MaxAnswerAttempts) while the answer is not the JSON
    /// object asked for: no JSON, blocks missing, merged, empty or wrapped in chatter. Corrections name segments whose
    /// earlier translation was refused, and why.
    /// </summary>
    private async Task<Asked> AskAsync(TranslationBatch batch, IReadOnlyList<(int Id, string Reason)>? corrections, CancellationToken cancellationToken)
    {
        var cost = TranslationCost.Zero;
        string? refusal = null;
        string? modelRefusal = null;
        var attempts = Math.Max(1, _options.MaxAnswerAttempts);
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            var body = RequestBody(batch, refusal, corrections);
            var (response, failure) = await EngineHttp.SendAsync(_http, Name, () => Post(body), cancellationToken);
            if (failure is not null)
            {
                return new Asked(null, failure, cost);
            }
            using (response)
            {
                if (!response!.IsSuccessStatusCode)
                {
                    return new Asked(null, await HttpFailureAsync(response, cancellationToken), cost);
                }
                ChatAnswer answer;
                try
                {
                    answer = ChatAnswerReader.Read(await response.Content.ReadAsStringAsync(cancellationToken), response.Content.Headers.ContentType?.MediaType);
                }
                catch (JsonException ex)
                {
                    return new Asked(null, new EngineFailure(Name, FailureKind.Transient, $"openai: the server's response is not JSON: {ex.Message}"), cost);
                }
                cost += new TranslationCost(0, answer.PromptTokens, answer.CompletionTokens, 1);
                if (answer.ServerError is { } serverError)
                {
                    return new Asked(null, new EngineFailure(Name, FailureKind.Transient, $"openai: the server reported an error in its answer: {serverError}", serverError), cost);
                }
                if (answer.FinishReason == "length")
                {
                    return new Asked(null, new EngineFailure(Name, FailureKind.TooLarge,
                        $"openai: the answer was cut off (finish_reason \"length\") after {answer.CompletionTokens} tokens for {batch.Segments.Count} block(s)."), cost);
                }
                if (answer.FinishReason == "content_filter")
                {
                    return new Asked(null, new EngineFailure(Name, FailureKind.Permanent,
                        "openai: the server's content filter stopped the answer (finish_reason \"content_filter\"); another engine must translate this article."), cost);
                }
                if (answer.Refusal is { Length: > 0 } no && string.IsNullOrWhiteSpace(answer.Content))
                {
                    modelRefusal = no;
                    refusal = $"you refused to translate (\"{SegmentChecker.Shorten(no)}\"); the text is a news article to be translated faithfully";
                    continue;
                }
                modelRefusal = null;
                var (segments, why) = AnswerValidator.Validate(answer.Content, batch.Segments);
                if (segments is not null)
                {
                    return new Asked(segments, null, cost);
                }
                refusal = why;
            }
        }
        if (modelRefusal is not null)
        {
            // Asked again with the reason and refused again: the model will not translate this text.
            return new Asked(null, new EngineFailure(Name, FailureKind.Permanent,
                $"openai: the model refused to translate, {attempts} time(s): \"{modelRefusal}\"", modelRefusal), cost);
        }
        return new Asked(null, new EngineFailure(Name, FailureKind.Transient,
            $"openai: answer refused after {_options.MaxAnswerAttempts} attempt(s): {refusal}.", refusal), cost);
    }

    private async Task<EngineFailure> HttpFailureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var error = await EngineHttp.FailureAsync(Name, response, _time, cancellationToken);
        string body;
        try
        {
            body = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (HttpRequestException)
        {
            body = "";
        }
        if (ContextExceeded(error.EngineMessage) || ContextExceeded(body))
        {
            return error with { Kind = FailureKind.TooLarge };
        }
        if (response.Content.Headers.ContentType?.MediaType is "text/html" || body.TrimStart().StartsWith('<'))
        {
            // A proxy's error page: its title says more than 500 characters of markup.
            var page = HtmlText(body);
            return error with { Message = $"{Name}: server error page (HTTP {(int)response.StatusCode}): {page}", EngineMessage = page };
        }
        return error;
    }

    private static bool ContextExceeded(string? text) => text is not null
        && (text.Contains("context_length", StringComparison.OrdinalIgnoreCase)
            || text.Contains("context length", StringComparison.OrdinalIgnoreCase)
            || text.Contains("exceed_context_size", StringComparison.OrdinalIgnoreCase)
            || text.Contains("context size", StringComparison.OrdinalIgnoreCase)
            || text.Contains("context window", StringComparison.OrdinalIgnoreCase));

    private static string HtmlText(string html)
    {
        var title = PageTitle().Match(html);
        var text = InlineHtml.ToText(title.Success ? title.Groups[1].Value : ScriptOrStyle().Replace(html, " "));
        return text.Length <= 200 ? text : text[..200] + "…";
    }

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex PageTitle();

    [GeneratedRegex(@"<(script|style)\b.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    private sealed record Asked(IReadOnlyList<string>? Segments, EngineFailure? Failure, TranslationCost Cost);

    private HttpRequestMessage Post(JsonObject body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "chat/completions")
        {
            Content = new StringContent(body.ToJsonString(Compact), Encoding.UTF8, "application/json"),
        };
        if (_options.ApiKey is { Length: > 0 } key)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        return request;
    }

    private JsonObject RequestBody(TranslationBatch batch, string? previousRefusal, IReadOnlyList<(int Id, string Reason)>? corrections)
    {
        var segments = new JsonArray();
        for (var i = 0; i < batch.Segments.Count; i++)
        {
            segments.Add(new JsonObject { ["id"] = i + 1, ["text"] = batch.Segments[i] });
        }
        var user = new JsonObject
        {
            ["source_language"] = batch.Pair.Source.Value,
            ["target_language"] = batch.Pair.Target.Value,
            ["segments"] = segments,
        };
        var messages = new JsonArray
        {
            new JsonObject { ["role"] = "system", ["content"] = SystemPrompt(batch, previousRefusal, corrections) },
            new JsonObject { ["role"] = "user", ["content"] = user.ToJsonString(Compact) },
        };
        var body = new JsonObject
        {
            ["model"] = _options.Model,
            ["messages"] = messages,
            ["temperature"] = _options.Temperature,
        };
        if (_options.MaxTokens is { } maxTokens)
        {
            body["max_tokens"] = maxTokens;
        }
        if (_options.UseJsonSchema)
        {
            body["response_format"] = new JsonObject
            {
                ["type"] = "json_schema",
                ["json_schema"] = new JsonObject
                {
                    ["name"] = "translated_segments",
                    ["strict"] = true,
                    ["schema"] = JsonNode.Parse(Schema),
                },
            };
        }
        return body;
    }

    private const string Schema = """
        {"type":"object","properties":{"segments":{"type":"array","items":{"type":"object","properties":{"id":{"type":"integer"},"text":{"type":"string"}},"required":["id","text"],"additionalProperties":false}}},"required":["segments"],"additionalProperties":false}
        """;

    private static string SystemPrompt(TranslationBatch batch, string? previousRefusal, IReadOnlyList<(int Id, string Reason)>? corrections)
    {
        var source = Describe(batch.Pair.Source);
        var target = Describe(batch.Pair.Target);
        var prompt = new StringBuilder();
        prompt.Append(CultureInfo.InvariantCulture, $"You translate news articles from {source} into {target}. ");
        prompt.Append("The user message is a JSON object with numbered segments. Translate every segment on its own, faithfully and fluently, ");
        prompt.Append("and answer only with the JSON object {\"segments\":[{\"id\":1,\"text\":\"...\"}, ...]}: the same ids, each exactly once, ");
        prompt.Append("no segment merged into another, no comments, no explanations.\n");
        prompt.Append("Keep every HTML tag and attribute exactly and around the words it marks. Elements <x-k i=\"N\"/> stand for names, ");
        prompt.Append("numbers or terms that are inserted later: keep each one, unchanged, where its content belongs in the translated sentence.\n");
        prompt.Append(CultureInfo.InvariantCulture, $"Use the quotation marks and number format of {target}.\n");
        if (batch.Formality != Formality.Default)
        {
            prompt.Append(batch.Formality == Formality.More ? "Use the formal register.\n" : "Use the informal register.\n");
        }
        if (batch.Glossary is { Entries.Count: > 0 } glossary)
        {
            prompt.Append("Glossary (apply wherever the source term occurs):\n");
            foreach (var entry in glossary.Entries)
            {
                prompt.Append(entry.DoNotTranslate
                    ? $"- \"{entry.Term}\": keep as is, do not translate\n"
                    : $"- \"{entry.Term}\" -> \"{entry.Rendering}\"{(entry.Avoid is { Count: > 0 } avoid ? $" (never \"{string.Join("\", \"", avoid)}\")" : "")}\n");
            }
        }
        prompt.Append("Write only the translation: no notes, no comments, no Markdown (no **, __, backticks or # headings) that the source does not have.\n");
        foreach (var (id, reason) in corrections ?? [])
        {
            prompt.Append(CultureInfo.InvariantCulture, $"Your earlier translation of segment {id} was refused because {reason}. Translate it again, completely, into {target}.\n");
        }
        if (previousRefusal is not null)
        {
            prompt.Append(CultureInfo.InvariantCulture, $"Your previous answer was refused because {previousRefusal}. Answer with the JSON object only.\n");
        }
        return prompt.ToString();
    }

    private static string Describe(LanguageTag tag)
    {
        try
        {
            return $"{CultureInfo.GetCultureInfo(tag.Value).EnglishName} ({tag})";
        }
        catch (CultureNotFoundException)
        {
            return tag.Value;
        }
    }
}
