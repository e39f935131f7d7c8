namespace Newsdesk.Demo;

/// <summary>One demo article as written in its content file, before any outlet renders it.</summary>
public sealed record DemoArticle
{
    /// <summary>The content file it came from (for error messages and tests).</summary>
    public required string SourceFile { get; init; }

    public required string Slug { get; init; }

    /// <summary>Outlet ids that publish it; two for a syndicated agency dispatch, published word for word.</summary>
    public required IReadOnlyList<string> Outlets { get; init; }

    public required string Title { get; init; }

    public required string Lead { get; init; }

    public required string Author { get; init; }

    /// <summary>Publication time as authored, relative to the demo date <see cref="DemoContent.DemoDate"/>.</summary>
    public required DateTimeOffset Published { get; init; }

    public DateTimeOffset? Updated { get; init; }

    public required string Section { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public DemoImage? Image { get; init; }

    public DemoArticleKind Kind { get; init; } = DemoArticleKind.Standard;

    /// <summary>For a paywalled article: how many body blocks the page shows before the paywall box.</summary>
    public int VisibleBlocks { get; init; }

    /// <summary>Story key shared by articles of different outlets on the same event (not syndicated copies).</summary>
    public string? Story { get; init; }

    public IReadOnlyList<DemoBlock> Blocks { get; init; } = [];

    /// <summary>Body text: block texts separated by a blank line (figures contribute their caption).</summary>
    public string BodyText => string.Join("\n\n", Blocks.Select(b => b.Text));

    /// <summary>Words in the lead and body (for the content's length rules).</summary>
    public int WordCount => CountWords(Lead) + Blocks.Sum(b => CountWords(b.Text));

    /// <summary>Last time the article changed: the update time, else the publication time (live entries included).</summary>
    public DateTimeOffset LastChanged
    {
        get
        {
            var last = Updated ?? Published;
            foreach (var block in Blocks)
            {
                if (block.Time is { } time)
                {
                    var at = EntryTime(time);
                    if (at > last)
                    {
                        last = at;
                    }
                }
            }
            return last;
        }
    }

    /// <summary>The instant of a live entry: its time of day on the publication day, in the publication's offset;
    /// entries earlier in the day than the publication belong to the next day.</summary>
    public DateTimeOffset EntryTime(TimeOnly time)
    {
        var day = new DateTimeOffset(Published.Date, Published.Offset);
        var at = day + time.ToTimeSpan();
        return at < Published ? at.AddDays(1) : at;
    }

    private static int CountWords(string text) =>
        text.Split([' ', '\u00A0', '\u202F', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Count(w => w.Any(char.IsLetterOrDigit));
}
