using System.Text;
using System.Text.Json;

namespace Newsdesk.Translation.OpenAI;

/// <summary>
/// Reads a chat-completions answer the way servers really send it: one JSON object, or server-sent events
/// ("data: {chunk}" lines ending with "data: [DONE]") even when no stream was asked for (some proxies and
/// servers stream always); message content as a string or as an array of parts; usage when present.
/// </summary>
internal static class ChatAnswerReader
{
    /// <summary>Reads the body; throws <see cref="JsonException"/> when it is neither a JSON object nor an event stream of them.</summary>
    public static ChatAnswer Read(string body, string? mediaType)
    {
        var trimmed = body.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        var isStream = string.Equals(mediaType, "text/event-stream", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("data:", StringComparison.Ordinal) || trimmed.StartsWith("event:", StringComparison.Ordinal)
            || trimmed.StartsWith(':');
        return isStream ? ReadStream(body) : ReadObject(body);
    }

    private static ChatAnswer ReadObject(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"expected an object, found {root.ValueKind.ToString().ToLowerInvariant()}");
        }
        var (prompt, completion) = Usage(root);
        if (ErrorOf(root) is { } error)
        {
            return new ChatAnswer(null, null, null, prompt, completion, error);
        }
        string? content = null, refusal = null, finish = null;
        if (FirstChoice(root) is { } choice)
        {
            finish = StringOf(choice, "finish_reason");
            if (choice.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object)
            {
                content = ContentOf(message);
                refusal = StringOf(message, "refusal");
            }
        }
        return new ChatAnswer(content, refusal, finish, prompt, completion);
    }

    private static ChatAnswer ReadStream(string body)
    {
        var content = new StringBuilder();
        var refusal = new StringBuilder();
        var sawContent = false;
        string? finish = null, error = null;
        long prompt = 0, completion = 0;
        var done = false;
        var data = new StringBuilder();
        var hasData = false;

        void Dispatch()
        {
            if (!hasData)
            {
                return;
            }
            var payload = data.ToString();
            data.Clear();
            hasData = false;
            if (payload.Trim() == "[DONE]")
            {
                done = true;
                return;
            }
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException($"an event's data is not a JSON object: {Shorten(payload)}");
            }
            error ??= ErrorOf(root);
            var (p, c) = Usage(root);
            if (p > 0 || c > 0)
            {
                // Servers that report usage in every chunk report running totals; the last one counts.
                (prompt, completion) = (p, c);
            }
            if (FirstChoice(root) is not { } choice)
            {
                return;
            }
            finish = StringOf(choice, "finish_reason") ?? finish;
            // A chunk carries "delta"; a few servers put the whole "message" in their last chunk instead.
            if ((choice.TryGetProperty("delta", out var delta) || choice.TryGetProperty("message", out delta)) && delta.ValueKind == JsonValueKind.Object)
            {
                if (ContentOf(delta) is { } text)
                {
                    content.Append(text);
                    sawContent = true;
                }
                if (StringOf(delta, "refusal") is { } no)
                {
                    refusal.Append(no);
                }
            }
        }

        foreach (var raw in body.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                Dispatch();
                if (done)
                {
                    break;
                }
                continue;
            }
            if (line[0] == ':')
            {
                continue; // a comment: keep-alive or "PROCESSING"
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? "" : line[(colon + 1)..];
            if (value.StartsWith(' '))
            {
                value = value[1..];
            }
            if (field == "data")
            {
                if (hasData)
                {
                    data.Append('\n');
                }
                data.Append(value);
                hasData = true;
            }
        }
        if (!done)
        {
            Dispatch();
        }
        if (!done && finish is null && error is null)
        {
            error = "the event stream ended before the answer was complete (no finish_reason and no \"data: [DONE]\")";
        }
        return new ChatAnswer(sawContent ? content.ToString() : null, refusal.Length > 0 ? refusal.ToString() : null, finish, prompt, completion, error);
    }

    private static JsonElement? FirstChoice(JsonElement root) =>
        root.TryGetProperty("choices", out var choices) && choices.ValueKind == JsonValueKind.Array && choices.GetArrayLength() > 0
            && choices[0].ValueKind == JsonValueKind.Object
            ? choices[0]
            : null;

    /// <summary>The content as a string, or the text parts of a content array joined (other parts, such as images, ignored).</summary>
    private static string? ContentOf(JsonElement message)
    {
        if (!message.TryGetProperty("content", out var content))
        {
            return null;
        }
        if (content.ValueKind == JsonValueKind.String)
        {
            return content.GetString();
        }
        if (content.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        var text = new StringBuilder();
        var any = false;
        foreach (var part in content.EnumerateArray())
        {
            if (part.ValueKind == JsonValueKind.String)
            {
                text.Append(part.GetString());
                any = true;
            }
            else if (part.ValueKind == JsonValueKind.Object && StringOf(part, "type") is "text" or "output_text" or null
                && StringOf(part, "text") is { } value)
            {
                text.Append(value);
                any = true;
            }
        }
        return any ? text.ToString() : null;
    }

    private static (long Prompt, long Completion) Usage(JsonElement root)
    {
        if (!root.TryGetProperty("usage", out var usage) || usage.ValueKind != JsonValueKind.Object)
        {
            return (0, 0);
        }
        static long Number(JsonElement usage, string name, string alternative) =>
            (usage.TryGetProperty(name, out var v) || usage.TryGetProperty(alternative, out v)) && v.TryGetInt64(out var n) ? n : 0;
        return (Number(usage, "prompt_tokens", "input_tokens"), Number(usage, "completion_tokens", "output_tokens"));
    }

    /// <summary>An "error" the server put in a 200 answer: a string, or an object with a message.</summary>
    private static string? ErrorOf(JsonElement root)
    {
        if (!root.TryGetProperty("error", out var error))
        {
            return null;
        }
        return error.ValueKind switch
        {
            JsonValueKind.String => error.GetString(),
            JsonValueKind.Object => StringOf(error, "message") ?? error.GetRawText(),
            _ => null,
        };
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
