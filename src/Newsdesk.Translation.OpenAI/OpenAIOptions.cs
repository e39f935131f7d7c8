namespace Newsdesk.Translation.OpenAI;

/// <summary>Settings of an OpenAI-compatible chat-completions engine (Ollama, vLLM, llama.cpp, LM Studio, hosted), section "OpenAI".</summary>
public sealed class OpenAIOptions
{
    public const string SectionName = "OpenAI";

    /// <summary>Base URL including the API version path, e.g. http://127.0.0.1:11434/v1/.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Model name as the server knows it.</summary>
    public string Model { get; set; } = "";

    /// <summary>Sent as "Authorization: Bearer KEY" when set.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Languages the model translates between (every ordered pair is offered), e.g. ["fr", "de", "en", "es"].</summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>Explicit pairs ("fr->de") in addition to <see cref="Languages"/>.</summary>
    public List<string> Pairs { get; set; } = [];

    /// <summary>Requests in flight at once to this endpoint, shared by every worker of the process; more wait their turn.</summary>
    public int MaxConcurrency { get; set; } = 4;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(3);

    public double Temperature { get; set; }

    /// <summary>Upper bound on the answer's tokens (max_tokens); null leaves it to the server.</summary>
    public int? MaxTokens { get; set; }

    /// <summary>Ask for a JSON-schema answer (response_format); servers without it still get the schema in the prompt.</summary>
    public bool UseJsonSchema { get; set; } = true;

    /// <summary>How often an unusable answer (missing, merged or chatty blocks) is asked again within one call.</summary>
    public int MaxAnswerAttempts { get; set; } = 2;

    public int MaxSegmentsPerCall { get; set; } = 40;

    public int MaxCharactersPerCall { get; set; } = 12_000;
}
