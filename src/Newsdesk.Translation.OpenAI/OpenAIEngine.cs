using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Newsdesk.Model;

namespace Newsdesk.Translation.OpenAI;

/// <summary>
/// An OpenAI-compatible chat-completions endpoint as a translation engine: the batch's blocks numbered in one
/// request, answered as a JSON object with a schema, checked block by block; a truncated answer
/// (finish_reason "length") asks the pipeline to split the batch.
/// </summary>
public sealed class OpenAIEngine : ITranslationEngine
{
    /// <summary>Name of the HttpClient registered for the chat-completions server.</summary>
    public const string HttpClientName = "Newsdesk.Translation.OpenAI";

    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly HttpClient _http;
    private readonly OpenAIOptions _options;
    private readonly TimeProvider _time;
    private readonly IReadOnlyCollection<LanguagePair> _pairs;

    public OpenAIEngine(HttpClient http, OpenAIOptions options, TimeProvider time)
    {
        _http = http;
        _options = options;
        _time = time;
        var pairs = new HashSet<LanguagePair>();
        var languages = options.Languages.Select(l => LanguageTag.TryParse(l, out var t) ? t : (LanguageTag?)null).OfType<LanguageTag>().ToList();
        foreach (var source in languages)
        {
            foreach (var target in languages.Where(t => t.Language != source.Language))
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
        var cost = TranslationCost.Zero;
        string? refusal = null;
        for (var attempt = 1; attempt <= Math.Max(1, _options.MaxAnswerAttempts); attempt++)
        {
            var body = RequestBody(batch, refusal);
            var (response, failure) = await EngineHttp.SendAsync(_http, Name, () => Post(body), cancellationToken);
            if (failure is not null)
            {
                return EngineResult.Failed(failure, cost);
            }
            using (response)
            {
                if (!response!.IsSuccessStatusCode)
                {
                    var error = await EngineHttp.FailureAsync(Name, response, _time, cancellationToken);
                    if (error.EngineMessage?.Contains("context_length", StringComparison.OrdinalIgnoreCase) == true
                        || error.EngineMessage?.Contains("context length", StringComparison.OrdinalIgnoreCase) == true)
                    {
                        error = error with { Kind = FailureKind.TooLarge };
                    }
                    return EngineResult.Failed(error, cost);
                }
                ChatResponse answer;
                try
                {
                    answer = Parse(await response.Content.ReadAsStringAsync(cancellationToken));
                }
                catch (JsonException ex)
                {
                    return EngineResult.Failed(new EngineFailure(Name, FailureKind.Transient, $"openai: the server's response is not JSON: {ex.Message}"), cost);
                }
                cost += new TranslationCost(0, answer.PromptTokens, answer.CompletionTokens, 1);
                if (answer.FinishReason == "length")
                {
                    return EngineResult.Failed(new EngineFailure(Name, FailureKind.TooLarge,
                        $"openai: the answer was cut off (finish_reason \"length\") after {answer.CompletionTokens} tokens for {batch.Segments.Count} block(s)."), cost);
                }
                var (segments, why) = AnswerValidator.Validate(answer.Content, batch.Segments);
                if (segments is not null)
                {
                    return EngineResult.Success(segments, cost);
                }
                refusal = why;
            }
        }
        return EngineResult.Failed(new EngineFailure(Name, FailureKind.Transient,
            $"openai: answer refused after {_options.MaxAnswerAttempts} attempt(s): {refusal}.", refusal), cost);
    }

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

    private JsonObject RequestBody(TranslationBatch batch, string? previousRefusal)
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
            new JsonObject { ["role"] = "system", ["content"] = SystemPrompt(batch, previousRefusal) },
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

    private static string SystemPrompt(TranslationBatch batch, string? previousRefusal)
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

    private static ChatResponse Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        string? content = null;
        string? finish = null;
        if (root.TryGetProperty("choices", out var choices) && choices.ValueKind == JsonValueKind.Array && choices.GetArrayLength() > 0)
        {
            var choice = choices[0];
            finish = choice.TryGetProperty("finish_reason", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
            if (choice.TryGetProperty("message", out var message) && message.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String)
            {
                content = c.GetString();
            }
        }
        long prompt = 0, completion = 0;
        if (root.TryGetProperty("usage", out var usage) && usage.ValueKind == JsonValueKind.Object)
        {
            prompt = usage.TryGetProperty("prompt_tokens", out var p) && p.TryGetInt64(out var pv) ? pv : 0;
            completion = usage.TryGetProperty("completion_tokens", out var q) && q.TryGetInt64(out var qv) ? qv : 0;
        }
        return new ChatResponse(content, finish, prompt, completion);
    }

    private sealed record ChatResponse(string? Content, string? FinishReason, long PromptTokens, long CompletionTokens);
}
