using System.Text.Json;

namespace Newsdesk.Tests.Support;

/// <summary>One chat-completions request as the fake server understood it.</summary>
/// <param name="Number">1 for the first request to the server, 2 for the next …</param>
/// <param name="System">The system prompt.</param>
/// <param name="Segments">The texts of the user message's numbered segments, in id order.</param>
/// <param name="Request">The whole request body.</param>
public sealed record ChatCall(int Number, string System, IReadOnlyList<string> Segments, JsonElement Request)
{
    public bool AskedToStream => Request.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;
}
