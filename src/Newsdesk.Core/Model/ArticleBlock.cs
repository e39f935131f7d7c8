namespace Newsdesk.Model;

/// <summary>One body block in reading order: its plain text and its sanitised inline HTML.</summary>
/// <param name="Type">What the block is.</param>
/// <param name="Text">Plain text, whitespace normalised.</param>
/// <param name="Html">Sanitised inline HTML of the block's content (links, emphasis), without the block element itself.</param>
/// <param name="ImageUrl">For a caption block: the absolute URL of the image it describes.</param>
public sealed record ArticleBlock(BlockType Type, string Text, string? Html = null, string? ImageUrl = null);
