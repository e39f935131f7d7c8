using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Newsdesk.Tests.Support;

/// <summary>
/// A local OpenAI-compatible chat-completions server (POST /v1/chat/completions) that answers the way OpenAI, vLLM,
/// llama.cpp and Ollama do: a "chat.completion" object with usage, content as a string or as text parts, a
/// "refusal" field, server-sent "chat.completion.chunk" events ending in "data: [DONE]", and errors with OpenAI's
/// error body, Retry-After, or a proxy's HTML page. <c>reply</c> decides each answer from the parsed request.
/// </summary>
public sealed class FakeChatServer : IAsyncDisposable
{
    private readonly FakeServer _server;

    private FakeChatServer(FakeServer server)
    {
        _server = server;
    }

    /// <summary>The API root to configure the engine with (…/v1/).</summary>
    public Uri Url => new(_server.Url, "v1/");

    public ConcurrentQueue<ChatCall> Calls { get; } = new();

    public static async Task<FakeChatServer> StartAsync(Func<ChatCall, ChatReply> reply, string apiKey = "sk-test")
    {
        FakeChatServer? chat = null;
        var calls = 0;
        var server = await FakeServer.StartAsync(app => app.MapPost("/v1/chat/completions", async context =>
        {
            var number = Interlocked.Increment(ref calls);
            if (context.Request.Headers.Authorization.ToString() != $"Bearer {apiKey}")
            {
                await FakeServer.JsonAsync(context, 401, new { error = new { message = "Incorrect API key provided: wrong.", type = "invalid_request_error", param = (string?)null, code = "invalid_api_key" } });
                return;
            }
            var request = (await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted)).RootElement.Clone();
            var messages = request.GetProperty("messages").EnumerateArray().ToList();
            var system = messages.FirstOrDefault(m => m.GetProperty("role").GetString() == "system") is { ValueKind: JsonValueKind.Object } s
                ? s.GetProperty("content").GetString() ?? "" : "";
            var user = messages.Last(m => m.GetProperty("role").GetString() == "user").GetProperty("content").GetString()!;
            var segments = JsonDocument.Parse(user).RootElement.GetProperty("segments").EnumerateArray()
                .OrderBy(x => x.GetProperty("id").GetInt32()).Select(x => x.GetProperty("text").GetString()!).ToList();
            var call = new ChatCall(number, system, segments, request);
            chat!.Calls.Enqueue(call);
            var answer = reply(call);
            if (answer.Delay > TimeSpan.Zero)
            {
                await Task.Delay(answer.Delay, context.RequestAborted);
            }
            if (answer.Error is { } error)
            {
                await FakeServer.TextAsync(context, error.Status, error.ContentType, error.Body, error.RetryAfter);
                return;
            }
            var model = request.GetProperty("model").GetString();
            var usage = new
            {
                prompt_tokens = answer.PromptTokens,
                completion_tokens = answer.CompletionTokens,
                total_tokens = answer.PromptTokens + answer.CompletionTokens,
                prompt_tokens_details = new { cached_tokens = 0 },
                completion_tokens_details = new { reasoning_tokens = 0 },
            };
            switch (answer.Delivery)
            {
                case ChatDelivery.Object or ChatDelivery.ContentParts:
                    object? content = answer.Delivery == ChatDelivery.ContentParts && answer.Content is { } text
                        ? Parts(text).Select(p => new { type = "text", text = p }).ToArray()
                        : answer.Content;
                    await FakeServer.JsonAsync(context, 200, new
                    {
                        id = $"chatcmpl-{number}",
                        @object = "chat.completion",
                        created = 1764324000,
                        model,
                        choices = new[]
                        {
                            new { index = 0, message = new { role = "assistant", content, refusal = answer.Refusal, annotations = Array.Empty<object>() }, logprobs = (object?)null, finish_reason = answer.Finish },
                        },
                        usage,
                        system_fingerprint = "fp_fake",
                    });
                    break;
                default:
                    await FakeServer.EventStreamAsync(context, Chunks(number, model, answer, usage));
                    break;
            }
        }));
        chat = new FakeChatServer(server);
        return chat;
    }

    private static IEnumerable<string> Chunks(int number, string? model, ChatReply answer, object usage)
    {
        string Chunk(object delta, string? finish) => JsonSerializer.Serialize(new
        {
            id = $"chatcmpl-{number}",
            @object = "chat.completion.chunk",
            created = 1764324000,
            model,
            system_fingerprint = "fp_fake",
            choices = new[] { new { index = 0, delta, logprobs = (object?)null, finish_reason = finish } },
        });
        yield return Chunk(new { role = "assistant", content = "", refusal = (string?)null }, null);
        yield return ": keep-alive";
        var pieces = Pieces(answer.Content ?? answer.Refusal ?? "").ToList();
        var cut = answer.Delivery == ChatDelivery.StreamCutOff ? pieces.Count / 2 : pieces.Count;
        foreach (var piece in pieces.Take(cut))
        {
            yield return answer.Content is not null ? Chunk(new { content = piece }, null) : Chunk(new { refusal = piece }, null);
        }
        if (answer.Delivery == ChatDelivery.StreamCutOff)
        {
            yield break;
        }
        yield return Chunk(new { }, answer.Finish);
        if (answer.Delivery == ChatDelivery.Stream)
        {
            yield return JsonSerializer.Serialize(new
            {
                id = $"chatcmpl-{number}",
                @object = "chat.completion.chunk",
                created = 1764324000,
                model,
                system_fingerprint = "fp_fake",
                choices = Array.Empty<object>(),
                usage,
            });
        }
        yield return "[DONE]";
    }

    // Servers stream a few characters per token; pieces never split a surrogate pair.
    private static IEnumerable<string> Pieces(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var n = Math.Min(7, text.Length - i);
            if (i + n < text.Length && char.IsHighSurrogate(text[i + n - 1]))
            {
                n++;
            }
            yield return text.Substring(i, n);
            i += n;
        }
    }

    // Content arrays come in several parts; split at the middle.
    private static IEnumerable<string> Parts(string text)
    {
        var middle = text.Length / 2;
        if (middle > 0 && char.IsLowSurrogate(text[middle]))
        {
            middle++;
        }
        return [text[..middle], text[middle..]];
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
