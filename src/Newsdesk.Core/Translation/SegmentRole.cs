namespace Newsdesk.Translation;

/// <summary>Which part of the article a segment is.</summary>
public enum SegmentRole
{
    Title,
    Lead,
    Block,
}
