namespace Newsdesk.Fetching;

/// <summary>How a fetch ended. Only <see cref="Ok"/> carries a body.</summary>
public enum FetchOutcome
{
    /// <summary>2xx with a body within the caps.</summary>
    Ok,
    /// <summary>304: the stored copy is current.</summary>
    NotModified,
    /// <summary>The URL is not an absolute http(s) URL.</summary>
    InvalidUrl,
    /// <summary>The host name or an address it resolves to is private, loopback, link-local, metadata... and not allow-listed.</summary>
    AddressRefused,
    /// <summary>robots.txt disallows the URL for our user-agent.</summary>
    RobotsDisallowed,
    /// <summary>Not sent: the host is backing off or its next turn is further away than the inline-wait limit; see RetryAt.</summary>
    Deferred,
    /// <summary>The server answered 429 or 503; RetryAt says when to come back.</summary>
    RateLimited,
    /// <summary>Any other non-2xx status (4xx, 5xx).</summary>
    HttpError,
    /// <summary>Too many redirects, a loop, or a redirect without a usable Location.</summary>
    RedirectError,
    /// <summary>The body or its decompressed form is larger than the configured cap.</summary>
    TooLarge,
    /// <summary>No complete response within the request timeout.</summary>
    Timeout,
    /// <summary>DNS, connection, TLS or protocol failure.</summary>
    NetworkError,
    /// <summary>The response could not be decoded (unknown or corrupt Content-Encoding).</summary>
    InvalidResponse,
}
