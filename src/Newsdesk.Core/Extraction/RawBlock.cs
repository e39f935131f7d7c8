using AngleSharp.Dom;
using Newsdesk.Model;

namespace Newsdesk.Extraction;

/// <summary>A body block before filtering: text, allow-listed inline HTML and the measures the filters need.</summary>
internal sealed class RawBlock
{
    public required BlockType Type { get; init; }
    public required string Text { get; set; }
    public required string Html { get; set; }
    public int LinkChars { get; init; }
    public string? ImageUrl { get; init; }
    /// <summary>The element the block came from (for lists: the list), to judge its surroundings.</summary>
    public IElement? Source { get; init; }
    public bool FromLead { get; init; }
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
}
