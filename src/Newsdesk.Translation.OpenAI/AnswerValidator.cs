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
        content = Unfence(content);
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

    /// <summary>The JSON object inside a Markdown code fence, as some servers send it despite the schema.</summary>
    private static string? Unfence(string? content)
    {
        if (content is null || Fenced().Match(content) is not { Success: true } fenced)
        {
            return content;
        }
        return fenced.Groups["json"].Value;
    }

    [GeneratedRegex(@"^\s*```(?:json)?\s*(?<json>\{.*\})\s*```\s*$", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Fenced();

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    // Chatter is a courtesy word followed by talk about the answer, or a phrase about the translation itself; a sentence
    // that merely starts with "Claro," or "Aquí" (fr "Ici, …" -> es "Aquí, …") is a translation.
    [GeneratedRegex(@"^\s*(?:(?:sure|certainly|of course|bien sûr|gerne|natürlich|claro|por supuesto|por descontado|és clar|i tant)\s*[,!.:]\s*(?:here|below|voici|voilà|hier|aquí|aquesta|the translation|la traduction|die übersetzung|la traducción|la traducció|I\b|je\b|ich\b)|here(?: is|'s| are) (?:the|your|my) (?:translation|translated|text|answer|result|json)\b|below is (?:the|your|my) (?:translation|translated|text)\b|the translation\s*(?:is\s*)?:|i have translated|voici (?:la|votre|ma) traduction|hier (?:ist|sind) (?:die|deine|ihre|meine) übersetzung|aquí (?:está|tienes|tiene|va) (?:la|tu|su) traducción|aquí (?:tens|té|teniu) (?:la|la teva|la seva) traducció)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Chatter();
}
