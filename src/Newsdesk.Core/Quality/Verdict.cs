namespace Newsdesk.Quality;

/// <summary>What happens to a checked translation.</summary>
public enum Verdict
{
    /// <summary>No finding at or above the hold thresholds.</summary>
    Publish,
    /// <summary>Held for an editor with the findings.</summary>
    Hold,
    /// <summary>Too broken to be worth editing; translate again.</summary>
    Reject,
}
