using System.Text.Json;

namespace Newsdesk.Review;

/// <summary>A change the desk made to a translation by itself (a mended unknown word, a safe fix of the gate), as the review queue lists it.</summary>
/// <param name="Rule">"translate.unknown-word-mended", "quotes.style", …</param>
/// <param name="Before">The text replaced.</param>
/// <param name="After">The new text.</param>
public sealed record ReviewFix(string Rule, string Before, string After)
{
    /// <summary>Reads the stored fixes JSON (an array of {rule, span, before, after}); unreadable items are skipped.</summary>
    public static IReadOnlyList<ReviewFix> ParseAll(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return [];
            }
            var fixes = new List<ReviewFix>();
            foreach (var item in document.RootElement.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object
                    && item.TryGetProperty("rule", out var rule) && rule.ValueKind == JsonValueKind.String
                    && item.TryGetProperty("before", out var before) && before.ValueKind == JsonValueKind.String
                    && item.TryGetProperty("after", out var after) && after.ValueKind == JsonValueKind.String)
                {
                    fixes.Add(new ReviewFix(rule.GetString()!, before.GetString()!, after.GetString()!));
                }
            }
            return fixes;
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
