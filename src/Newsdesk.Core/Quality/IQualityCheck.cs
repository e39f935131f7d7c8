namespace Newsdesk.Quality;

/// <summary>One quality check. Implementations are stateless (or immutable) and thread-safe: one instance serves every request.</summary>
public interface IQualityCheck
{
    /// <summary>The category the check reports (some checks report a second, related one, e.g. omission and addition).</summary>
    FindingCategory Category { get; }

    /// <summary>Adds the check's findings for one translation.</summary>
    void Check(CheckContext context, ICollection<Finding> findings);
}
