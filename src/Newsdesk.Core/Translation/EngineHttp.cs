using System.Net;
using System.Text.Json;

namespace Newsdesk.Translation;

/// <summary>Shared handling of HTTP engine responses: Retry-After, error bodies, timeouts, typed failures.</summary>
public static class EngineHttp
{
    private const int MaxMessageLength = 500;

    /// <summary>Sends a request built by <paramref name="createRequest"/>; network errors and timeouts become transient failures.</summary>
    public static async Task<(HttpResponseMessage? Response, EngineFailure? Failure)> SendAsync(
        HttpClient client, string engine, Func<HttpRequestMessage> createRequest, CancellationToken cancellationToken)
    {
        try
        {
            using var request = createRequest();
            var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            return (response, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, new EngineFailure(engine, FailureKind.Transient,
                $"{engine} did not answer within {client.Timeout.TotalSeconds:0.#} s (timeout)."));
        }
        catch (HttpRequestException ex)
        {
            return (null, new EngineFailure(engine, FailureKind.Transient, $"{engine} is unreachable at {client.BaseAddress}: {ex.Message}", ex.Message));
        }
    }

    /// <summary>How long the response asks us to wait (Retry-After as seconds or as a date), or null.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }
        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }

    /// <summary>The engine's own error message: a JSON "message", "error", "error.message" or "explanation", else the body text.</summary>
    public static async Task<string> ReadErrorMessageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string body;
        try
        {
            body = (await response.Content.ReadAsStringAsync(cancellationToken)).Trim();
        }
        catch (HttpRequestException ex)
        {
            return ex.Message;
        }
        if (body.Length == 0)
        {
            return response.ReasonPhrase ?? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                foreach (var name in new[] { "message", "error", "explanation", "detail" })
                {
                    if (root.TryGetProperty(name, out var value))
                    {
                        if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
                        {
                            return Shorten(text);
                        }
                        if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("message", out var inner)
                            && inner.ValueKind == JsonValueKind.String)
                        {
                            return Shorten(inner.GetString() ?? "");
                        }
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: the body itself is the message.
        }
        return Shorten(body);
    }

    /// <summary>The usual mapping of an HTTP error to a typed failure: 429/5xx transient, 413 too large, other 4xx permanent.</summary>
    public static async Task<EngineFailure> FailureAsync(
        string engine, HttpResponseMessage response, TimeProvider time, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var message = await ReadErrorMessageAsync(response, cancellationToken);
        var kind = status switch
        {
            429 or 408 or >= 500 => FailureKind.Transient,
            413 => FailureKind.TooLarge,
            _ => FailureKind.Permanent,
        };
        var what = response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => "rate limit reached",
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => "authentication refused (check the API key)",
            HttpStatusCode.RequestEntityTooLarge => "request too large",
            HttpStatusCode.BadRequest => "request refused",
            HttpStatusCode.NotFound => "endpoint not found (check the base URL)",
            _ when status >= 500 => "server error",
            _ => "request failed",
        };
        return new EngineFailure(engine, kind, $"{engine}: {what} (HTTP {status}): {message}", message, RetryAfter(response, time), status);
    }

    private static string Shorten(string text) => text.Length <= MaxMessageLength ? text : text[..MaxMessageLength] + "…";
}
