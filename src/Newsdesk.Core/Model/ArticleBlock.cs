namespace Newsdesk.Model;

/// <summary>One body block in reading order: its plain text and its sanitised inline HTML.</summary>
/// <param name="Type">What the block is.</param>
/// <param name="Text">Plain text, whitespace normalised.</param>
/// <param name="Html">Sanitised inline HTML of the block's content (links, emphasis), without the block element itself.</param>
/// <param name="ImageUrl">For a caption block: the absolute URL of the image it describes.</param>
/// <param name="Language">
/// Set when the block is written in another language than the article (an embedded post, a quotation, a passage the page
/// marks with <c>lang</c>): such a block is kept in its language, not translated, and shown with its language marked.
/// </param>
public sealed record ArticleBlock(BlockType Type, string Text, string? Html = null, string? ImageUrl = null, LanguageTag? Language = null);
