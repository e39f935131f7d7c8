using System.Text.Json;

namespace Newsdesk.Review;

/// <summary>A quality-gate finding as the review queue shows it, read leniently from the stored findings JSON.</summary>
/// <param name="Category">"number", "glossary", …</param>
/// <param name="Severity">"info", "minor", "major", "critical" …</param>
/// <param name="Start">Start of the span in <see cref="ReviewText.Layout"/> of the translation.</param>
/// <param name="End">End of the span (exclusive).</param>
/// <param name="Rule">Stable rule id.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Suggestion">What to write instead, when known.</param>
/// <param name="SourceStart">Start of the matching text in the source layout, when known.</param>
/// <param name="SourceEnd">End of the matching text in the source layout.</param>
public sealed record ReviewFinding(
    string Category,
    string Severity,
    int Start,
    int End,
    string Rule,
    string Message,
    string? Suggestion = null,
    int? SourceStart = null,
    int? SourceEnd = null)
{
    /// <summary>
    /// Reads findings JSON: an array of objects with category, severity, span ([start, end] or {start, end}), rule,
    /// message, suggestion and sourceSpan; names in any case, enums as names or numbers. Unreadable items are skipped.
    /// </summary>
    public static IReadOnlyList<ReviewFinding> ParseAll(string? json)
    {
        var list = new List<ReviewFinding>();
        if (string.IsNullOrWhiteSpace(json))
        {
            return list;
        }
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return list;
        }
        using (doc)
        {
            var items = doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement
                : doc.RootElement.ValueKind == JsonValueKind.Object && Prop(doc.RootElement, "findings") is { ValueKind: JsonValueKind.Array } inner ? inner
                : default;
            if (items.ValueKind != JsonValueKind.Array)
            {
                return list;
            }
            foreach (var item in items.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }
                var span = Span(Prop(item, "span"));
                var source = Span(Prop(item, "sourceSpan") ?? Prop(item, "source_span"));
                list.Add(new ReviewFinding(
                    Text(Prop(item, "category")) ?? "other",
                    Text(Prop(item, "severity")) ?? "info",
                    span?.Start ?? 0,
                    span?.End ?? 0,
                    Text(Prop(item, "rule")) ?? "",
                    Text(Prop(item, "message")) ?? "",
                    Text(Prop(item, "suggestion")),
                    source?.Start,
                    source?.End));
            }
        }
        return list;
    }

    private static JsonElement? Prop(JsonElement obj, string name)
    {
        foreach (var p in obj.EnumerateObject())
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return p.Value;
            }
        }
        return null;
    }

    private static string? Text(JsonElement? e) => e switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        _ => null,
    };

    private static (int Start, int End)? Span(JsonElement? e)
    {
        if (e is { ValueKind: JsonValueKind.Array } a && a.GetArrayLength() >= 2
            && a[0].TryGetInt32(out var s) && a[1].TryGetInt32(out var t))
        {
            return (s, t);
        }
        if (e is { ValueKind: JsonValueKind.Object } o
            && Prop(o, "start") is { ValueKind: JsonValueKind.Number } so && Prop(o, "end") is { ValueKind: JsonValueKind.Number } eo)
        {
            return (so.GetInt32(), eo.GetInt32());
        }
        return null;
    }
}
