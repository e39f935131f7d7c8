namespace Newsdesk.Model;

/// <summary>The kind of a body block, in the extraction contract's vocabulary.</summary>
public enum BlockType
{
    Paragraph,
    Heading2,
    Heading3,
    Quote,
    ListItem,
    Caption,
    Table,
}

/// <summary>Maps block types to and from the contract's short names (p, h2, h3, quote, li, caption, table).</summary>
public static class BlockTypeNames
{
    public static string ToContractName(this BlockType type) => type switch
    {
        BlockType.Paragraph => "p",
        BlockType.Heading2 => "h2",
        BlockType.Heading3 => "h3",
        BlockType.Quote => "quote",
        BlockType.ListItem => "li",
        BlockType.Caption => "caption",
        BlockType.Table => "table",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static BlockType FromContractName(string name) => name switch
    {
        "p" => BlockType.Paragraph,
        "h2" => BlockType.Heading2,
        "h3" => BlockType.Heading3,
        "quote" => BlockType.Quote,
        "li" => BlockType.ListItem,
        "caption" => BlockType.Caption,
        "table" => BlockType.Table,
        _ => throw new FormatException($"Unknown block type '{name}'; expected p, h2, h3, quote, li, caption or table."),
    };
}
