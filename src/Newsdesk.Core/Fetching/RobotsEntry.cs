namespace Newsdesk.Fetching;

/// <summary>The cached robots.txt of one origin; the lock makes concurrent first fetches ask once.</summary>
internal sealed class RobotsEntry
{
    public SemaphoreSlim Lock { get; } = new(1, 1);
    public RobotsRules? Rules { get; set; }
    public DateTimeOffset Expires { get; set; }
    /// <summary>Why the rules are DisallowAll because robots.txt could not be read, for the page's error message.</summary>
    public string? Trouble { get; set; }
}
