using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Newsdesk.Fetching;

/// <summary>Fetches feeds and pages politely and safely: one request at a time per host with a minimum delay,
/// robots.txt and Crawl-delay, Retry-After and capped exponential backoff, conditional GET, manual redirects with a
/// cap and loop detection, size and decompression caps, and a guard against private and metadata addresses checked on
/// the address actually connected to. Create one per process; it is thread-safe. Results are values, never exceptions
/// (only the caller's own cancellation throws).</summary>
public sealed class PoliteFetcher : IFetcher, IDisposable
{
    private static readonly HttpStatusCode[] RedirectStatuses =
    [
        HttpStatusCode.MovedPermanently, HttpStatusCode.Found, HttpStatusCode.SeeOther,
        HttpStatusCode.TemporaryRedirect, HttpStatusCode.PermanentRedirect,
    ];

    private readonly FetchOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly AddressPolicy _policy;
    private readonly HttpClient _client;
    private readonly ConcurrentDictionary<string, HostState> _hosts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RobotsEntry> _robots = new(StringComparer.Ordinal);

    public PoliteFetcher(FetchOptions options, TimeProvider? timeProvider = null, ILogger<PoliteFetcher>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Uri.TryCreate(options.ContactUrl, UriKind.Absolute, out var contact) || contact.Scheme is not ("http" or "https" or "mailto"))
        {
            throw new ArgumentException("FetchOptions.ContactUrl must be an absolute URL (https://... or mailto:...) where site owners can reach the operator; it goes into the User-Agent.", nameof(options));
        }
        if (string.IsNullOrWhiteSpace(options.Product) || !options.Product.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw new ArgumentException($"FetchOptions.Product '{options.Product}' must be a single token of letters, digits, '-', '_' or '.'.", nameof(options));
        }
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _policy = new AddressPolicy(options.AllowedPrivateAddresses);
        var handler = new SocketsHttpHandler
        {
            // Redirects are followed by hand (to check every hop and count them); decompression is done by hand (to cap it).
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            // A proxy would make the connect callback check the proxy's address instead of the target's.
            UseProxy = false,
            ConnectTimeout = options.ConnectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            MaxResponseHeadersLength = 64,
            ResponseDrainTimeout = TimeSpan.FromSeconds(1),
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        UserAgent = options.UserAgent;
    }

    /// <summary>The User-Agent sent with every request.</summary>
    public string UserAgent { get; }

    /// <summary>Fetches a URL without validators.</summary>
    public Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken = default) =>
        FetchAsync(new FetchRequest(url), cancellationToken);

    /// <summary>Fetches one URL, following redirects; see the class summary for the rules applied.</summary>
    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var start = request.Url;
        if (!start.IsAbsoluteUri || start.Scheme is not ("http" or "https") || start.Host.Length == 0)
        {
            return Fail(request.Url, request.Url, FetchOutcome.InvalidUrl, $"'{request.Url}' is not an absolute http(s) URL");
        }
        var url = start;
        var visited = new HashSet<string>(StringComparer.Ordinal) { Key(url) };
        var redirects = 0;
        var allPermanent = true;
        while (true)
        {
            var hop = await FetchHopAsync(request, url, redirects, cancellationToken);
            if (hop.Location is null)
            {
                return hop.Result with
                {
                    Redirects = redirects,
                    PermanentRedirectTo = redirects > 0 && allPermanent && hop.Result.Outcome is FetchOutcome.Ok or FetchOutcome.NotModified ? url : null,
                };
            }
            allPermanent &= hop.Permanent;
            var next = hop.Location;
            if (redirects >= _options.MaxRedirects)
            {
                return Fail(start, url, FetchOutcome.RedirectError, $"more than {_options.MaxRedirects} redirects (the last one from {url} to {next})", redirects);
            }
            if (!visited.Add(Key(next)))
            {
                return Fail(start, url, FetchOutcome.RedirectError, $"redirect loop: {url} redirects back to {next}, which was already visited", redirects);
            }
            redirects++;
            url = next;
        }
    }

    private sealed record Hop(FetchResult Result, Uri? Location = null, bool Permanent = false);

    private async Task<Hop> FetchHopAsync(FetchRequest request, Uri url, int redirects, CancellationToken cancellationToken)
    {
        var start = request.Url;
        var via = redirects > 0 ? $"redirect to {url} refused: " : "";
        if (url.Scheme is not ("http" or "https"))
        {
            return new Hop(Fail(start, url, FetchOutcome.RedirectError, $"redirect to {url} refused: only http and https are followed", redirects));
        }
        // Refuse IP literals and metadata names before anything (robots.txt included) connects to them.
        if (CheckLiteralHost(url) is { } refusal)
        {
            return new Hop(Fail(start, url, FetchOutcome.AddressRefused, via + refusal, redirects));
        }
        var host = _hosts.GetOrAdd(HostKey(url), _ => new HostState());
        var now = _time.GetUtcNow();
        var backoff = host.BackoffUntil;
        if (backoff > now + _options.MaxInlineWait)
        {
            return new Hop(Fail(start, url, FetchOutcome.Deferred, $"{url.Host} is backing off after errors or rate limiting until {backoff:O}; not asked now", redirects) with { RetryAt = backoff });
        }
        if (_options.RespectRobotsTxt)
        {
            var robots = await GetRobotsAsync(url, host, cancellationToken);
            if (robots.Failure is not null)
            {
                return new Hop(robots.Failure with { RequestedUrl = start, Redirects = redirects });
            }
            if (!robots.Rules!.IsAllowed(url.PathAndQuery))
            {
                return new Hop(Fail(start, url, FetchOutcome.RobotsDisallowed, $"robots.txt of {url.Host} disallows {url.PathAndQuery} for {_options.Product}", redirects));
            }
        }
        await host.Gate.WaitAsync(cancellationToken);
        try
        {
            now = _time.GetUtcNow();
            var readyAt = host.NextAllowed > host.BackoffUntil ? host.NextAllowed : host.BackoffUntil;
            if (readyAt > now)
            {
                if (readyAt - now > _options.MaxInlineWait)
                {
                    return new Hop(Fail(start, url, FetchOutcome.Deferred, $"{url.Host} may next be asked at {readyAt:O} (politeness delay or backoff); not asked now", redirects) with { RetryAt = readyAt });
                }
                await Task.Delay(readyAt - now, _time, cancellationToken);
            }
            try
            {
                return await SendAsync(request, url, redirects, host, cancellationToken);
            }
            finally
            {
                var gap = host.CrawlDelay > _options.MinDelayPerHost ? host.CrawlDelay : _options.MinDelayPerHost;
                host.NextAllowed = _time.GetUtcNow() + gap;
            }
        }
        finally
        {
            host.Gate.Release();
        }
    }

    private async Task<Hop> SendAsync(FetchRequest request, Uri url, int redirects, HostState host, CancellationToken cancellationToken)
    {
        var start = request.Url;
        using var timeout = new CancellationTokenSource(_options.RequestTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var message = new HttpRequestMessage(HttpMethod.Get, url) { VersionPolicy = HttpVersionPolicy.RequestVersionOrLower };
        message.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        message.Headers.TryAddWithoutValidation("Accept", request.Accept ?? FetchRequest.FeedAccept);
        message.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, deflate, br");
        if (!string.IsNullOrWhiteSpace(request.ETag))
        {
            message.Headers.TryAddWithoutValidation("If-None-Match", request.ETag);
        }
        if (!string.IsNullOrWhiteSpace(request.LastModified))
        {
            message.Headers.TryAddWithoutValidation("If-Modified-Since", request.LastModified);
        }
        try
        {
            using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var status = (int)response.StatusCode;
            var now = _time.GetUtcNow();
            if (RedirectStatuses.Contains(response.StatusCode))
            {
                var location = response.Headers.Location;
                Uri? next = null;
                if (location is not null)
                {
                    next = location.IsAbsoluteUri ? location : Uri.TryCreate(url, location, out var resolved) ? resolved : null;
                }
                if (next is null)
                {
                    return new Hop(Fail(start, url, FetchOutcome.RedirectError, $"HTTP {status} from {url} without a usable Location header", redirects) with { StatusCode = status });
                }
                host.ConsecutiveFailures = 0;
                return new Hop(Fail(start, url, FetchOutcome.RedirectError, "redirect", redirects), next,
                    response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.PermanentRedirect);
            }
            var etag = Header(response.Headers, "ETag") ?? (response.StatusCode == HttpStatusCode.NotModified ? request.ETag : null);
            var lastModified = Header(response.Content.Headers, "Last-Modified") ?? (response.StatusCode == HttpStatusCode.NotModified ? request.LastModified : null);
            var baseResult = new FetchResult
            {
                Outcome = FetchOutcome.Ok,
                RequestedUrl = start,
                FinalUrl = url,
                StatusCode = status,
                ContentType = response.Content.Headers.ContentType?.MediaType,
                Charset = response.Content.Headers.ContentType?.CharSet?.Trim('"', '\''),
                ETag = etag,
                LastModified = lastModified,
                Redirects = redirects,
                FetchedAt = now,
            };
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                host.ConsecutiveFailures = 0;
                return new Hop(baseResult with { Outcome = FetchOutcome.NotModified });
            }
            if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
            {
                var retryAt = BackOff(url.Host, host, RetryAfter(response, now), now);
                return new Hop(baseResult with
                {
                    Outcome = FetchOutcome.RateLimited,
                    RetryAt = retryAt,
                    Error = $"HTTP {status} {response.ReasonPhrase} from {url.Host}; not asked again before {retryAt:O}",
                });
            }
            if (!response.IsSuccessStatusCode)
            {
                DateTimeOffset? retryAt = status >= 500 ? BackOff(url.Host, host, RetryAfter(response, now), now) : null;
                return new Hop(baseResult with
                {
                    Outcome = FetchOutcome.HttpError,
                    RetryAt = retryAt,
                    Error = $"HTTP {status} {response.ReasonPhrase} for {url}",
                });
            }
            var announced = response.Content.Headers.ContentLength;
            if (announced > _options.MaxBodyBytes)
            {
                return new Hop(baseResult with
                {
                    Outcome = FetchOutcome.TooLarge,
                    Error = $"the server announced {announced} bytes, more than the {_options.MaxBodyBytes}-byte cap; not downloaded",
                });
            }
            var stream = await response.Content.ReadAsStreamAsync(linked.Token);
            var decoded = await BodyReader.ReadAsync(stream, [.. response.Content.Headers.ContentEncoding], _options.MaxBodyBytes, _options.MaxDecompressedBytes, linked.Token);
            if (decoded.Body is null)
            {
                return new Hop(baseResult with { Outcome = decoded.Failure!.Value, Error = decoded.Error });
            }
            host.ConsecutiveFailures = 0;
            return new Hop(baseResult with { Body = decoded.Body });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            var retryAt = BackOff(url.Host, host, null, _time.GetUtcNow());
            return new Hop(Fail(start, url, FetchOutcome.Timeout, $"no complete response from {url.Host} within {_options.RequestTimeout.TotalSeconds:0.###} s", redirects) with { RetryAt = retryAt });
        }
        catch (HttpRequestException ex) when (FindRefusal(ex) is { } refused)
        {
            var via = redirects > 0 ? $"redirect to {url} refused: " : "";
            return new Hop(Fail(start, url, FetchOutcome.AddressRefused, via + refused.Message, redirects));
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or SocketException)
        {
            var retryAt = BackOff(url.Host, host, null, _time.GetUtcNow());
            return new Hop(Fail(start, url, FetchOutcome.NetworkError, $"{url.Host}: {Describe(ex)}", redirects) with { RetryAt = retryAt });
        }
    }

    /// <summary>Records a failure and returns when the host may be asked again: the larger of Retry-After and the
    /// exponential backoff (base × 2^(failures-1), capped).</summary>
    private DateTimeOffset BackOff(string hostName, HostState host, TimeSpan? retryAfter, DateTimeOffset now)
    {
        host.ConsecutiveFailures++;
        var exponent = Math.Min(host.ConsecutiveFailures - 1, 30);
        var exponential = TimeSpan.FromTicks((long)Math.Min(_options.BackoffBase.Ticks * Math.Pow(2, exponent), _options.MaxBackoff.Ticks));
        var wait = exponential;
        if (retryAfter is { } asked)
        {
            asked = asked < TimeSpan.Zero ? TimeSpan.Zero : asked > _options.MaxRetryAfter ? _options.MaxRetryAfter : asked;
            wait = asked > wait ? asked : wait;
        }
        var until = now + wait;
        if (until > host.BackoffUntil)
        {
            host.BackoffUntil = until;
        }
        _logger.LogInformation("Backing off {Host} for {Wait} after {Failures} consecutive failures", hostName, wait, host.ConsecutiveFailures);
        return until;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }
        if (header?.Date is { } date)
        {
            return date - now;
        }
        return null;
    }

    private sealed record RobotsLookup(RobotsRules? Rules, FetchResult? Failure);

    private async Task<RobotsLookup> GetRobotsAsync(Uri url, HostState host, CancellationToken cancellationToken)
    {
        var origin = url.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
        var entry = _robots.GetOrAdd(origin, _ => new RobotsEntry());
        await entry.Lock.WaitAsync(cancellationToken);
        try
        {
            var now = _time.GetUtcNow();
            if (entry.Rules is null || entry.Expires <= now)
            {
                // Relative to the parsed URL rather than rebuilt from text: an IPv6 literal's zone does not survive a round trip.
                await LoadRobotsAsync(new Uri(url, "/robots.txt"), entry, host, cancellationToken);
            }
            if (entry.Trouble is not null)
            {
                return new RobotsLookup(null, Fail(url, url, entry.Trouble.StartsWith("refused", StringComparison.Ordinal) ? FetchOutcome.AddressRefused : FetchOutcome.Deferred,
                    entry.Trouble, 0) with { RetryAt = entry.Trouble.StartsWith("refused", StringComparison.Ordinal) ? null : entry.Expires });
            }
            var delay = entry.Rules!.CrawlDelay ?? TimeSpan.Zero;
            host.CrawlDelay = delay > _options.MaxCrawlDelay ? _options.MaxCrawlDelay : delay;
            return new RobotsLookup(entry.Rules, null);
        }
        finally
        {
            entry.Lock.Release();
        }
    }

    /// <summary>RFC 9309: 2xx is parsed, 4xx means no rules, 5xx or unreachable means keep out for now. The robots.txt
    /// request takes the host's turn but does not delay the page request that needed it.</summary>
    private async Task LoadRobotsAsync(Uri robotsUrl, RobotsEntry entry, HostState host, CancellationToken cancellationToken)
    {
        var url = robotsUrl;
        var now = _time.GetUtcNow();
        for (var hop = 0; hop <= 5; hop++)
        {
            if (CheckLiteralHost(url) is { } refusal)
            {
                SetRobots(entry, RobotsRules.DisallowAll, now + _options.RobotsErrorRetry, $"refused: robots.txt redirect to {url}: {refusal}");
                return;
            }
            var robotsHost = hop == 0 ? host : _hosts.GetOrAdd(HostKey(url), _ => new HostState());
            Hop result;
            await robotsHost.Gate.WaitAsync(cancellationToken);
            try
            {
                result = await SendAsync(new FetchRequest(url, Accept: "text/plain, */*;q=0.5"), url, hop, robotsHost, cancellationToken);
            }
            finally
            {
                robotsHost.Gate.Release();
            }
            now = _time.GetUtcNow();
            if (result.Location is not null)
            {
                url = result.Location;
                continue;
            }
            var r = result.Result;
            switch (r.Outcome)
            {
                case FetchOutcome.Ok:
                    SetRobots(entry, RobotsRules.Parse(Decode(r.Body), _options.Product), now + _options.RobotsCacheDuration, null);
                    return;
                case FetchOutcome.HttpError when r.StatusCode is >= 400 and < 500:
                case FetchOutcome.TooLarge:
                    SetRobots(entry, RobotsRules.AllowAll, now + _options.RobotsCacheDuration, null);
                    return;
                case FetchOutcome.AddressRefused:
                    SetRobots(entry, RobotsRules.DisallowAll, now + _options.RobotsErrorRetry, $"refused: {r.Error}");
                    return;
                default:
                    var until = r.RetryAt is { } retry && retry > now + _options.RobotsErrorRetry ? retry : now + _options.RobotsErrorRetry;
                    SetRobots(entry, RobotsRules.DisallowAll, until,
                        $"robots.txt of {robotsUrl.Host} could not be read ({r.Outcome}{(r.StatusCode is null ? "" : $" {r.StatusCode}")}); pages are not fetched until it can be (RFC 9309)");
                    return;
            }
        }
        SetRobots(entry, RobotsRules.AllowAll, now + _options.RobotsCacheDuration, null);
    }

    private static void SetRobots(RobotsEntry entry, RobotsRules rules, DateTimeOffset expires, string? trouble)
    {
        entry.Rules = rules;
        entry.Expires = expires;
        entry.Trouble = trouble;
    }

    private static string Decode(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    /// <summary>Resolves the host and connects only to an address the policy accepts, so the address checked is the
    /// address used (no DNS-rebinding window between a check and the connect).</summary>
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        if (_policy.CheckHostName(host) is { } nameRefusal)
        {
            throw new AddressRefusedException(nameRefusal);
        }
        var hostAllowed = _policy.IsHostAllowed(host);
        IPAddress[] addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var reasons = new List<string>();
        var permitted = new List<IPAddress>();
        foreach (var address in addresses)
        {
            if (_policy.Check(address, hostAllowed) is { } reason)
            {
                reasons.Add(reason);
            }
            else
            {
                permitted.Add(address);
            }
        }
        if (permitted.Count == 0)
        {
            throw new AddressRefusedException(reasons.Count == 0
                ? $"{host} resolved to no address"
                : $"{host} resolves to {string.Join("; ", reasons)}; refused (add it to AllowedPrivateAddresses to fetch it anyway)");
        }
        SocketException? last = null;
        foreach (var address in permitted)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last!;
    }

    /// <summary>Checks what can be checked without DNS: IP-literal hosts and metadata host names.</summary>
    private string? CheckLiteralHost(Uri url)
    {
        var host = url.IdnHost.Trim('[', ']');
        if (_policy.CheckHostName(host) is { } nameRefusal)
        {
            return nameRefusal;
        }
        if (IPAddress.TryParse(host, out var address) && _policy.Check(address) is { } reason)
        {
            return reason + " (add it to AllowedPrivateAddresses to fetch it anyway)";
        }
        return null;
    }

    private static AddressRefusedException? FindRefusal(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is AddressRefusedException refused)
            {
                return refused;
            }
        }
        return null;
    }

    private static string Describe(Exception ex)
    {
        var messages = new List<string>();
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (!messages.Contains(e.Message))
            {
                messages.Add(e.Message);
            }
        }
        return string.Join(" / ", messages);
    }

    private static string? Header(HttpHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    /// <summary>Politeness is per host name (all ports), robots.txt per origin.</summary>
    private static string HostKey(Uri url) => url.IdnHost.ToLowerInvariant();

    private static string Key(Uri url) => url.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);

    private FetchResult Fail(Uri requested, Uri final, FetchOutcome outcome, string error, int redirects = 0) => new()
    {
        Outcome = outcome,
        RequestedUrl = requested,
        FinalUrl = final,
        Error = error,
        Redirects = redirects,
        FetchedAt = _time.GetUtcNow(),
    };

    public void Dispose() => _client.Dispose();
}
