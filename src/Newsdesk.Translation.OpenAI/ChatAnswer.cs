namespace Newsdesk.Translation.OpenAI;

/// <summary>What a chat-completions server answered, however it sent it (one JSON object or server-sent events).</summary>
/// <param name="Content">The assistant message's text (parts of a content array joined), or null.</param>
/// <param name="Refusal">The model's refusal (the message's "refusal" field), or null.</param>
/// <param name="FinishReason">"stop", "length", "content_filter", … or null when the server did not say.</param>
/// <param name="PromptTokens">usage.prompt_tokens, 0 when the server did not report usage.</param>
/// <param name="CompletionTokens">usage.completion_tokens, 0 when the server did not report usage.</param>
/// <param name="ServerError">An error the server sent with status 200 (inside an event stream, or as the body), or an event
/// stream that ended before the answer was complete.</param>
internal sealed record ChatAnswer(string? Content, string? Refusal, string? FinishReason, long PromptTokens, long CompletionTokens,
    string? ServerError = null);
