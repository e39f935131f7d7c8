namespace Newsdesk.Demo;

/// <summary>An article's main image: file name under Images/, caption and credit.</summary>
public sealed record DemoImage(string File, string Caption, string Credit)
{
    /// <summary>Line of the content file that names the image (for error messages).</summary>
    public int Line { get; init; }
}
