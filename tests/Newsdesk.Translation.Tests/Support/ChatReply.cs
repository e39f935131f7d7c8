using System.Text.Json;

namespace Newsdesk.Tests.Support;

/// <summary>What the fake chat-completions server answers to one request.</summary>
public sealed record ChatReply
{
    /// <summary>The assistant message's content (null with a refusal).</summary>
    public string? Content { get; init; }

    /// <summary>The message's "refusal" field (structured outputs), null when the model did not refuse.</summary>
    public string? Refusal { get; init; }

    public string Finish { get; init; } = "stop";

    public ChatDelivery Delivery { get; init; } = ChatDelivery.Object;

    public int PromptTokens { get; init; } = 100;

    public int CompletionTokens { get; init; } = 20;

    /// <summary>An HTTP error instead of an answer: status, body, content type, Retry-After.</summary>
    public (int Status, string Body, string ContentType, string? RetryAfter)? Error { get; init; }

    /// <summary>Time the server takes before it answers.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Answers the segments with these texts, as the JSON object the engine asks for.</summary>
    public static ChatReply Segments(IEnumerable<string> texts) =>
        new() { Content = JsonSerializer.Serialize(new { segments = texts.Select((t, i) => new { id = i + 1, text = t }) }) };

    public static ChatReply Text(string content, string finish = "stop") => new() { Content = content, Finish = finish };

    public static ChatReply Refused(string refusal) => new() { Refusal = refusal };

    /// <summary>An error as OpenAI sends it: {"error": {"message", "type", "param", "code"}}.</summary>
    public static ChatReply Failed(int status, string message, string type = "invalid_request_error", string? code = null, string? param = null, string? retryAfter = null) =>
        new() { Error = (status, JsonSerializer.Serialize(new { error = new { message, type, param, code } }), "application/json", retryAfter) };

    /// <summary>An error page as a proxy in front of the model sends it.</summary>
    public static ChatReply Page(int status, string html, string? retryAfter = null) =>
        new() { Error = (status, html, "text/html; charset=utf-8", retryAfter) };
}
