using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsdesk.Translation.OpenAI;

/// <summary>
/// The inline markup of a segment as the placeholder checks need it: the elements (by opening tag), every
/// placeholder with the elements around each of its occurrences, and the first nesting error, if any. Two elements
/// with the same opening tag count as one: an engine may swap two emphases with the words they mark.
/// </summary>
internal sealed partial class MarkupStructure
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase) { "br", "img", "wbr", "hr", "input", "source" };

    private MarkupStructure(IReadOnlyDictionary<int, List<string[]>> placeholders, IReadOnlySet<string> elements, string? nestingError)
    {
        Placeholders = placeholders;
        Elements = elements;
        NestingError = nestingError;
    }

    /// <summary>Placeholder number -> for each occurrence, the keys of the elements it is inside.</summary>
    public IReadOnlyDictionary<int, List<string[]>> Placeholders { get; }

    /// <summary>The opening tags of the elements, whitespace collapsed.</summary>
    public IReadOnlySet<string> Elements { get; }

    public string? NestingError { get; }

    public static MarkupStructure Of(string html)
    {
        var placeholders = new Dictionary<int, List<string[]>>();
        var elements = new HashSet<string>(StringComparer.Ordinal);
        var open = new List<(string Name, string Key)>();
        string? error = null;
        foreach (var (isTag, value) in InlineHtml.Tokenize(html))
        {
            if (!isTag)
            {
                continue;
            }
            if (Placeholder().Match(value) is { Success: true } placeholder)
            {
                var index = int.Parse(placeholder.Groups["i"].Value, CultureInfo.InvariantCulture);
                if (!placeholders.TryGetValue(index, out var list))
                {
                    placeholders[index] = list = [];
                }
                list.Add(open.Select(o => o.Key).ToArray());
                continue;
            }
            if (Tag().Match(value) is not { Success: true } tag)
            {
                continue; // a comment or a stray "<"
            }
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (name == "x-k" || VoidElements.Contains(name) || tag.Groups["self"].Success)
            {
                continue; // "</x-k>" after a placeholder, void and self-closed elements
            }
            if (tag.Groups["close"].Success)
            {
                if (open.Count > 0 && open[^1].Name == name)
                {
                    open.RemoveAt(open.Count - 1);
                }
                else
                {
                    error ??= open.Count == 0 ? $"</{name}> closes nothing" : $"</{name}> closes <{open[^1].Name}>";
                }
                continue;
            }
            var opening = Whitespace().Replace(value, " ");
            elements.Add(opening);
            open.Add((name, opening));
        }
        if (open.Count > 0)
        {
            error ??= $"<{open[^1].Name}> is never closed";
        }
        return new MarkupStructure(placeholders, elements, error);
    }

    [GeneratedRegex(@"^<x-k\b[^>]*?\bi\s*=\s*[""']?(?<i>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^<(?<close>/)?\s*(?<name>[A-Za-z][A-Za-z0-9-]*)[^>]*?(?<self>/)?>$")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
