namespace Newsdesk.Quality;

/// <summary>How bad a finding is; the verdict is derived from counts per severity.</summary>
public enum Severity
{
    Minor,
    Major,
    Critical,
}
