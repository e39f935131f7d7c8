namespace Newsdesk.Demo;

/// <summary>One body block of a demo article, in reading order.</summary>
/// <param name="Kind">What the block is.</param>
/// <param name="Markup">The block's text with the content format's inline markup ([text](target), **bold**); for a
/// figure, its caption.</param>
/// <param name="Line">Line of the content file the block starts on (for error messages).</param>
public sealed record DemoBlock(DemoBlockKind Kind, string Markup, int Line)
{
    /// <summary>For a figure: the image file name.</summary>
    public string? Image { get; init; }

    /// <summary>For a figure: the photographer or agency credit.</summary>
    public string? Credit { get; init; }

    /// <summary>For a live entry: its time of day, on the day the article was published.</summary>
    public TimeOnly? Time { get; init; }

    /// <summary>Plain text: the markup with links reduced to their text and emphasis marks dropped.</summary>
    public string Text => DemoInline.ToPlainText(Markup);
}
