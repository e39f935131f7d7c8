using System.Text.Json;
using System.Text.RegularExpressions;

namespace Newsdesk.Translation.OpenAI;

/// <summary>
/// Accepts an LLM answer only when it is exactly the JSON object asked for, with every numbered block once, none
/// empty, none merged and none wrapped in chatter ("Sure, here is …").
/// </summary>
internal static partial class AnswerValidator
{
    public static (IReadOnlyList<string>? Segments, string? Refusal) Validate(string? content, IReadOnlyList<string> sources)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return (null, "the answer was empty");
        }
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(content);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return (null, $"the answer is not the JSON object asked for: \"{Shorten(content)}\"");
        }
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("segments", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return (null, "the answer has no \"segments\" array");
        }
        var result = new string?[sources.Count];
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object
                || !item.TryGetProperty("id", out var idElement) || !idElement.TryGetInt32(out var id)
                || !item.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return (null, "a segment lacks an integer id or a text");
            }
            if (id < 1 || id > sources.Count)
            {
                return (null, $"the answer has an extra segment {id}");
            }
            if (result[id - 1] is not null)
            {
                return (null, $"segment {id} appears twice");
            }
            result[id - 1] = textElement.GetString() ?? "";
        }
        for (var i = 0; i < sources.Count; i++)
        {
            var text = result[i];
            if (text is null)
            {
                return (null, $"segment {i + 1} is missing (merged into another?)");
            }
            var sourceLength = InlineHtml.ToText(sources[i]).Length;
            var targetLength = InlineHtml.ToText(text).Length;
            if (targetLength == 0 && sourceLength > 0)
            {
                return (null, $"segment {i + 1} is empty (merged into another?)");
            }
            if (Chatter().IsMatch(text) && !Chatter().IsMatch(sources[i]))
            {
                return (null, $"segment {i + 1} starts with chatter: \"{Shorten(text)}\"");
            }
            // A block three times longer than its source has absorbed its neighbours or an explanation.
            if (targetLength > 3 * sourceLength + 40)
            {
                return (null, $"segment {i + 1} is {targetLength} characters for a {sourceLength}-character source (merged or chatty)");
            }
        }
        return (result.Select(r => r!).ToList(), null);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    [GeneratedRegex(@"^\s*(?:sure|certainly|of course|here is|here's|here are|below is|translation\s*:|the translation|i have translated|voici|bien sûr|hier ist|gerne|natürlich|übersetzung\s*:|aquí|claro|por supuesto|traducción\s*:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Chatter();
}
