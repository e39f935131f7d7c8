namespace Newsdesk.Demo;

/// <summary>The kind of a body block in a demo content file.</summary>
public enum DemoBlockKind
{
    Paragraph,
    Heading,
    Quote,
    ListItem,
    Figure,
    /// <summary>Opens a live-blog entry: <see cref="DemoBlock.Time"/> and <see cref="DemoBlock.Text"/> (its title).</summary>
    LiveEntry,
}
