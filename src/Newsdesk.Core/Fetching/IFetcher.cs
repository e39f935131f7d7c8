namespace Newsdesk.Fetching;

/// <summary>Fetches a URL and reports the outcome as a value; <see cref="PoliteFetcher"/> is the implementation.</summary>
public interface IFetcher
{
    /// <summary>Fetches one URL (following redirects); only the caller's own cancellation throws.</summary>
    Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken);
}
