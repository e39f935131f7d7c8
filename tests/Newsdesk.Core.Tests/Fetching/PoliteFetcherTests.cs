using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using Newsdesk.Fetching;
using Newsdesk.Ingest;
using Newsdesk.Tests.Ingest;

namespace Newsdesk.Tests.Fetching;

public sealed class PoliteFetcherTests : IAsyncLifetime
{
    private const string Contact = "https://newsdesk.example/bot";
    private FixtureServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FixtureServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private static FetchOptions Options(Func<FetchOptions, FetchOptions>? change = null)
    {
        var options = new FetchOptions
        {
            ContactUrl = Contact,
            AllowedPrivateAddresses = ["127.0.0.1"],
            MinDelayPerHost = TimeSpan.Zero,
            RequestTimeout = TimeSpan.FromSeconds(20),
        };
        return change is null ? options : change(options);
    }

    private static FakeTimeProvider FakeClock() => new(new DateTimeOffset(2024, 3, 5, 10, 0, 0, TimeSpan.Zero));

    private CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FetchAsync_PlainPage_ReturnsBodyAndHeaders()
    {
        _server.MapText("/page", "<html>hello</html>", "text/html; charset=ISO-8859-1");
        using var fetcher = new PoliteFetcher(Options());

        var result = await fetcher.FetchAsync(_server.Url("/page"), Token);

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(200, result.StatusCode);
        Assert.Equal("<html>hello</html>", Encoding.ASCII.GetString(result.Body));
        Assert.Equal("text/html", result.ContentType);
        Assert.Equal("ISO-8859-1", result.Charset);
        Assert.Null(result.Error);
    }

    [Fact]
    public async Task FetchAsync_AnyRequest_SendsUserAgentWithProductAndContact()
    {
        _server.MapText("/feed", "<rss/>");
        using var fetcher = new PoliteFetcher(Options());

        await fetcher.FetchAsync(_server.Url("/feed"), Token);

        var request = _server.Requests.Single(r => r.Path == "/feed");
        Assert.StartsWith("Newsdesk/", request.UserAgent, StringComparison.Ordinal);
        Assert.Contains(Contact, request.UserAgent, StringComparison.Ordinal);
        Assert.Equal(fetcher.UserAgent, request.UserAgent);
        // robots.txt is asked with the same User-Agent.
        Assert.Equal(fetcher.UserAgent, _server.Requests.Single(r => r.Path == "/robots.txt").UserAgent);
    }

    [Fact]
    public void Constructor_NoContactUrl_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new PoliteFetcher(new FetchOptions()));
        Assert.Contains("ContactUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_ConditionalGet_RoundTripsTo304()
    {
        _server.Map("/feed", async context =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                context.Response.StatusCode = 304;
                return;
            }
            context.Response.Headers.ETag = "\"v1\"";
            context.Response.Headers.LastModified = "Tue, 05 Mar 2024 09:00:00 GMT";
            await context.Response.WriteAsync("<rss version=\"2.0\"><channel/></rss>");
        });
        using var fetcher = new PoliteFetcher(Options());

        var first = await fetcher.FetchAsync(_server.Url("/feed"), Token);
        var second = await fetcher.FetchAsync(new FetchRequest(_server.Url("/feed"), first.ETag, first.LastModified), Token);

        Assert.Equal(FetchOutcome.Ok, first.Outcome);
        Assert.Equal("\"v1\"", first.ETag);
        Assert.Equal("Tue, 05 Mar 2024 09:00:00 GMT", first.LastModified);
        Assert.Equal(FetchOutcome.NotModified, second.Outcome);
        Assert.Equal(304, second.StatusCode);
        Assert.Empty(second.Body);
        Assert.Equal("\"v1\"", second.ETag);
        Assert.Equal("Tue, 05 Mar 2024 09:00:00 GMT", second.LastModified);
        var conditional = _server.Requests.Where(r => r.Path == "/feed").Last();
        Assert.Equal("\"v1\"", conditional.IfNoneMatch);
        Assert.Equal("Tue, 05 Mar 2024 09:00:00 GMT", conditional.IfModifiedSince);
    }

    [Fact]
    public async Task FetchAsync_429WithRetryAfterSeconds_DefersUntilThen()
    {
        var clock = FakeClock();
        var limited = true;
        _server.Map("/feed", async context =>
        {
            if (limited)
            {
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = "120";
                return;
            }
            await context.Response.WriteAsync("ok");
        });
        using var fetcher = new PoliteFetcher(Options(), clock);

        var first = await fetcher.FetchAsync(_server.Url("/feed"), Token);
        var second = await fetcher.FetchAsync(_server.Url("/feed"), Token);
        clock.Advance(TimeSpan.FromSeconds(121));
        limited = false;
        var third = await fetcher.FetchAsync(_server.Url("/feed"), Token);

        Assert.Equal(FetchOutcome.RateLimited, first.Outcome);
        Assert.Equal(429, first.StatusCode);
        Assert.Equal(clock.Start + TimeSpan.FromSeconds(120), first.RetryAt);
        Assert.True(first.IsTransient);
        Assert.Equal(FetchOutcome.Deferred, second.Outcome);
        Assert.Equal(first.RetryAt, second.RetryAt);
        Assert.Equal(FetchOutcome.Ok, third.Outcome);
        // The deferred fetch never reached the server.
        Assert.Equal(2, _server.Count("/feed"));
    }

    [Fact]
    public async Task FetchAsync_429WithRetryAfterDate_HonoursTheDate()
    {
        var clock = FakeClock();
        var until = clock.GetUtcNow().AddHours(1);
        _server.Map("/feed", context =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = until.ToString("R", CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
        using var fetcher = new PoliteFetcher(Options(), clock);

        var result = await fetcher.FetchAsync(_server.Url("/feed"), Token);

        Assert.Equal(FetchOutcome.RateLimited, result.Outcome);
        Assert.Equal(until, result.RetryAt);
        Assert.Contains("429", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_Repeated503_BacksOffExponentiallyWithCap()
    {
        var clock = FakeClock();
        _server.Map("/feed", context =>
        {
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        });
        using var fetcher = new PoliteFetcher(Options(o => o with { BackoffBase = TimeSpan.FromSeconds(30), MaxBackoff = TimeSpan.FromSeconds(100) }), clock);
        var waits = new List<TimeSpan>();

        for (var i = 0; i < 4; i++)
        {
            var result = await fetcher.FetchAsync(_server.Url("/feed"), Token);
            Assert.Equal(FetchOutcome.RateLimited, result.Outcome);
            waits.Add(result.RetryAt!.Value - clock.GetUtcNow());
            clock.Advance(waits[^1]);
        }

        Assert.Equal([30, 60, 100, 100], waits.Select(w => w.TotalSeconds));
    }

    [Fact]
    public async Task FetchAsync_SuccessAfter503_ResetsBackoff()
    {
        var clock = FakeClock();
        var fail = true;
        _server.Map("/feed", async context =>
        {
            if (fail)
            {
                context.Response.StatusCode = 503;
                return;
            }
            await context.Response.WriteAsync("ok");
        });
        using var fetcher = new PoliteFetcher(Options(o => o with { BackoffBase = TimeSpan.FromSeconds(30) }), clock);

        var first = await fetcher.FetchAsync(_server.Url("/feed"), Token);
        clock.Advance(TimeSpan.FromSeconds(30));
        fail = false;
        await fetcher.FetchAsync(_server.Url("/feed"), Token);
        fail = true;
        var third = await fetcher.FetchAsync(_server.Url("/feed"), Token);

        Assert.Equal(TimeSpan.FromSeconds(30), first.RetryAt - clock.Start);
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromSeconds(30), third.RetryAt);
    }

    [Fact]
    public async Task FetchAsync_RobotsDisallowAndCrawlDelay_Honoured()
    {
        var clock = FakeClock();
        _server.MapText("/robots.txt", Fixtures.Text("fetching/robots-disallow-with-crawl-delay.txt"));
        _server.MapText("/private/secret", "secret");
        _server.MapText("/private/open-letter", "open");
        _server.MapText("/news", "news");
        using var fetcher = new PoliteFetcher(Options(o => o with { MaxInlineWait = TimeSpan.Zero }), clock);

        var secret = await fetcher.FetchAsync(_server.Url("/private/secret"), Token);
        var open = await fetcher.FetchAsync(_server.Url("/private/open-letter"), Token);
        var tooSoon = await fetcher.FetchAsync(_server.Url("/news"), Token);
        clock.Advance(TimeSpan.FromSeconds(5));
        var news = await fetcher.FetchAsync(_server.Url("/news"), Token);

        Assert.Equal(FetchOutcome.RobotsDisallowed, secret.Outcome);
        Assert.Contains("robots.txt", secret.Error, StringComparison.Ordinal);
        Assert.Equal(0, _server.Count("/private/secret"));
        Assert.Equal(FetchOutcome.Ok, open.Outcome);
        // Crawl-delay: 5 raises the per-host gap from zero to five seconds.
        Assert.Equal(FetchOutcome.Deferred, tooSoon.Outcome);
        Assert.Equal(clock.Start + TimeSpan.FromSeconds(5), tooSoon.RetryAt);
        Assert.Equal(FetchOutcome.Ok, news.Outcome);
        Assert.Equal(1, _server.Count("/robots.txt"));
    }

    [Fact]
    public async Task FetchAsync_RobotsCache_ExpiresAndIsFetchedAgain()
    {
        var clock = FakeClock();
        _server.MapText("/robots.txt", "User-agent: *\nDisallow: /private/\n");
        _server.MapText("/news", "news");
        using var fetcher = new PoliteFetcher(Options(o => o with { RobotsCacheDuration = TimeSpan.FromHours(24) }), clock);

        await fetcher.FetchAsync(_server.Url("/news"), Token);
        clock.Advance(TimeSpan.FromHours(23));
        await fetcher.FetchAsync(_server.Url("/news"), Token);
        clock.Advance(TimeSpan.FromHours(2));
        await fetcher.FetchAsync(_server.Url("/news"), Token);

        Assert.Equal(2, _server.Count("/robots.txt"));
    }

    [Fact]
    public async Task FetchAsync_OtherProductToken_GetsStarGroup()
    {
        _server.MapText("/robots.txt", Fixtures.Text("fetching/robots-disallow-with-crawl-delay.txt"));
        _server.MapText("/news", "news");
        using var fetcher = new PoliteFetcher(Options(o => o with { Product = "OtherBot" }));

        var result = await fetcher.FetchAsync(_server.Url("/news"), Token);

        Assert.Equal(FetchOutcome.RobotsDisallowed, result.Outcome);
    }

    [Fact]
    public async Task FetchAsync_Robots503_DefersPagesPerRfc9309()
    {
        var clock = FakeClock();
        _server.Map("/robots.txt", context =>
        {
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        });
        _server.MapText("/news", "news");
        using var fetcher = new PoliteFetcher(Options(), clock);

        var result = await fetcher.FetchAsync(_server.Url("/news"), Token);

        Assert.Equal(FetchOutcome.Deferred, result.Outcome);
        Assert.Contains("RFC 9309", result.Error, StringComparison.Ordinal);
        Assert.NotNull(result.RetryAt);
        Assert.Equal(0, _server.Count("/news"));
    }

    [Fact]
    public async Task FetchAsync_RedirectChainWithinCap_FollowsToFinalUrl()
    {
        _server.MapRedirect("/r1", "/r2", 302);
        _server.MapRedirect("/r2", _server.Url("/r3").AbsoluteUri, 301);
        _server.MapRedirect("/r3", "final", 307);
        _server.MapText("/final", "done");
        using var fetcher = new PoliteFetcher(Options());

        var result = await fetcher.FetchAsync(_server.Url("/r1"), Token);

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(_server.Url("/final"), result.FinalUrl);
        Assert.Equal(_server.Url("/r1"), result.RequestedUrl);
        Assert.Equal(3, result.Redirects);
        Assert.Null(result.PermanentRedirectTo);
        Assert.Equal("done", Encoding.UTF8.GetString(result.Body));
    }

    [Fact]
    public async Task FetchAsync_OnlyPermanentRedirects_ReportsNewAddress()
    {
        _server.MapRedirect("/old-feed", "/new-feed", 301);
        _server.MapRedirect("/new-feed", "/newest-feed", 308);
        _server.MapText("/newest-feed", "<rss/>");
        using var fetcher = new PoliteFetcher(Options());

        var result = await fetcher.FetchAsync(_server.Url("/old-feed"), Token);

        Assert.Equal(_server.Url("/newest-feed"), result.PermanentRedirectTo);
    }

    [Fact]
    public async Task FetchAsync_TooManyRedirects_RedirectError()
    {
        for (var i = 0; i < 10; i++)
        {
            _server.MapRedirect($"/hop/{i}", $"/hop/{i + 1}");
        }
        using var fetcher = new PoliteFetcher(Options(o => o with { MaxRedirects = 5 }));

        var result = await fetcher.FetchAsync(_server.Url("/hop/0"), Token);

        Assert.Equal(FetchOutcome.RedirectError, result.Outcome);
        Assert.Contains("more than 5 redirects", result.Error, StringComparison.Ordinal);
        Assert.Equal(6, _server.Requests.Count(r => r.Path.StartsWith("/hop/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task FetchAsync_RedirectLoop_Detected()
    {
        _server.MapRedirect("/a", "/b");
        _server.MapRedirect("/b", "/a");
        using var fetcher = new PoliteFetcher(Options());

        var result = await fetcher.FetchAsync(_server.Url("/a"), Token);

        Assert.Equal(FetchOutcome.RedirectError, result.Outcome);
        Assert.Contains("redirect loop", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, _server.Count("/a"));
        Assert.Equal(1, _server.Count("/b"));
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/", "cloud-metadata")]
    [InlineData("http://10.0.0.1/admin", "private-network")]
    [InlineData("http://[::ffff:10.0.0.1]/admin", "private-network")]
    [InlineData("http://[fd00:ec2::254]/latest/meta-data/", "cloud-metadata")]
    [InlineData("http://metadata.google.internal/computeMetadata/v1/", "cloud-metadata host name")]
    public async Task FetchAsync_RedirectToPrivateOrMetadataAddress_Refused(string target, string reason)
    {
        _server.MapRedirect("/go", target);
        using var fetcher = new PoliteFetcher(Options());

        var result = await fetcher.FetchAsync(_server.Url("/go"), Token);

        Assert.Equal(FetchOutcome.AddressRefused, result.Outcome);
        Assert.Contains("redirect to", result.Error, StringComparison.Ordinal);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.Equal(new Uri(target), result.FinalUrl);
    }

    [Fact]
    public async Task FetchAsync_LoopbackWithoutAllowList_RefusedBeforeConnecting()
    {
        _server.MapText("/feed", "<rss/>");
        using var fetcher = new PoliteFetcher(Options(o => o with { AllowedPrivateAddresses = [] }));

        var result = await fetcher.FetchAsync(_server.Url("/feed"), Token);

        Assert.Equal(FetchOutcome.AddressRefused, result.Outcome);
        Assert.Contains("loopback", result.Error, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task FetchAsync_HostNameResolvingToLoopback_RefusedAfterDns()
    {
        _server.MapText("/feed", "<rss/>");
        using var fetcher = new PoliteFetcher(Options(o => o with { AllowedPrivateAddresses = [] }));

        var result = await fetcher.FetchAsync(new Uri($"http://localhost:{_server.BaseUrl.Port}/feed"), Token);

        Assert.Equal(FetchOutcome.AddressRefused, result.Outcome);
        Assert.Contains("localhost resolves to", result.Error, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task FetchAsync_HostNameOnAllowList_Connects()
    {
        _server.MapText("/feed", "<rss/>");
        using var fetcher = new PoliteFetcher(Options(o => o with { AllowedPrivateAddresses = ["localhost"] }));

        var result = await fetcher.FetchAsync(new Uri($"http://localhost:{_server.BaseUrl.Port}/feed"), Token);

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
    }

    [Fact]
    public async Task FetchAsync_WrongCharsetHeader_ReportedAndParserRecovers()
    {
        var bytes = Fixtures.Bytes("feeds/feed-windows-1252-served-as-utf8.xml");
        _server.Map("/feed", async context =>
        {
            context.Response.ContentType = "application/rss+xml; charset=utf-8";
            await context.Response.Body.WriteAsync(bytes);
        });
        using var fetcher = new PoliteFetcher(Options());

        var result = await fetcher.FetchAsync(_server.Url("/feed"), Token);
        var parsed = FeedParser.Parse(result.Body, result.FinalUrl, result.Charset);

        Assert.Equal("utf-8", result.Charset);
        Assert.Equal(bytes, result.Body);
        Assert.Equal("Déjà vu à l’Élysée", parsed.Items.Single().Title);
        Assert.Contains(parsed.Problems, p => p.Kind == FeedProblemKind.CharsetMismatch);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("deflate")]
    public async Task FetchAsync_CompressedBody_Decoded(string coding)
    {
        var text = string.Concat(Enumerable.Repeat("<p>compressed story text</p>", 200));
        _server.Map("/page", async context =>
        {
            context.Response.Headers.ContentEncoding = coding;
            context.Response.ContentType = "text/html";
            await using var compressor = Compressor(context.Response.Body, coding);
            await compressor.WriteAsync(Encoding.UTF8.GetBytes(text));
        });
        using var fetcher = new PoliteFetcher(Options());

        var result = await fetcher.FetchAsync(_server.Url("/page"), Token);

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(text, Encoding.UTF8.GetString(result.Body));
        Assert.Contains("br", _server.Requests.Single(r => r.Path == "/page").AcceptEncoding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task FetchAsync_DecompressionBomb_RefusedAtCap(string coding)
    {
        // Up to 1 GiB of zeros, compressed as it is sent: the client must stop long before the end.
        var zerosSent = 0L;
        _server.Map("/bomb", async context =>
        {
            context.Response.Headers.ContentEncoding = coding;
            context.Response.ContentType = "text/html";
            var zeros = new byte[1024 * 1024];
            try
            {
                await using var compressor = Compressor(context.Response.Body, coding);
                for (var i = 0; i < 1024 && !context.RequestAborted.IsCancellationRequested; i++)
                {
                    await compressor.WriteAsync(zeros, context.RequestAborted);
                    await compressor.FlushAsync(context.RequestAborted);
                    Interlocked.Add(ref zerosSent, zeros.Length);
                }
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The client hung up, as it should.
            }
        });
        using var fetcher = new PoliteFetcher(Options(o => o with { MaxDecompressedBytes = 4 * 1024 * 1024 }));

        var result = await fetcher.FetchAsync(_server.Url("/bomb"), Token);

        Assert.Equal(FetchOutcome.TooLarge, result.Outcome);
        Assert.Contains("decompression bomb", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Body);
    }

    [Fact]
    public async Task FetchAsync_FiftyMegabytePageWithLength_RefusedFromHeader()
    {
        _server.Map("/huge", async context =>
        {
            context.Response.ContentLength = 50L * 1024 * 1024;
            await StreamZerosAsync(context, 50);
        });
        using var fetcher = new PoliteFetcher(Options());

        var result = await fetcher.FetchAsync(_server.Url("/huge"), Token);

        Assert.Equal(FetchOutcome.TooLarge, result.Outcome);
        Assert.Contains("announced 52428800 bytes", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_FiftyMegabytePageChunked_RefusedAtCap()
    {
        _server.Map("/huge", context => StreamZerosAsync(context, 50));
        using var fetcher = new PoliteFetcher(Options());

        var result = await fetcher.FetchAsync(_server.Url("/huge"), Token);

        Assert.Equal(FetchOutcome.TooLarge, result.Outcome);
        Assert.Contains("larger than the 10485760-byte cap", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Body);
    }

    [Fact]
    public async Task FetchAsync_SlowResponse_TimesOut()
    {
        _server.Map("/slow", async context =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up, as it should.
            }
        });
        using var fetcher = new PoliteFetcher(Options(o => o with { RequestTimeout = TimeSpan.FromMilliseconds(300) }));

        var result = await fetcher.FetchAsync(_server.Url("/slow"), Token);

        Assert.Equal(FetchOutcome.Timeout, result.Outcome);
        Assert.Contains("within 0.3 s", result.Error, StringComparison.Ordinal);
        Assert.True(result.IsTransient);
    }

    [Fact]
    public async Task FetchAsync_CallerCancels_Throws()
    {
        _server.Map("/slow", async context =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // Expected.
            }
        });
        using var fetcher = new PoliteFetcher(Options());
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetcher.FetchAsync(_server.Url("/slow"), cts.Token));
    }

    [Fact]
    public async Task FetchAsync_ConcurrentFetchesToOneHost_DoNotOverlap()
    {
        var inFlight = 0;
        var maxInFlight = 0;
        _server.Map("/slow", async context =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref maxInFlight, now);
            await Task.Delay(100);
            Interlocked.Decrement(ref inFlight);
            await context.Response.WriteAsync("ok");
        });
        using var fetcher = new PoliteFetcher(Options(o => o with { MinDelayPerHost = TimeSpan.FromMilliseconds(20) }));

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fetcher.FetchAsync(_server.Url("/slow"), Token)));

        Assert.All(results, r => Assert.Equal(FetchOutcome.Ok, r.Outcome));
        Assert.Equal(1, maxInFlight);
        Assert.Equal(4, _server.Count("/slow"));
        // Four concurrent first fetches ask robots.txt once.
        Assert.Equal(1, _server.Count("/robots.txt"));
    }

    [Fact]
    public async Task FetchAsync_NotFound_HttpErrorNotTransient()
    {
        using var fetcher = new PoliteFetcher(Options());

        var result = await fetcher.FetchAsync(_server.Url("/missing"), Token);

        Assert.Equal(FetchOutcome.HttpError, result.Outcome);
        Assert.Equal(404, result.StatusCode);
        Assert.False(result.IsTransient);
        Assert.Contains("HTTP 404", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_ServerError_HttpErrorTransientWithRetry()
    {
        _server.Map("/broken", context =>
        {
            context.Response.StatusCode = 500;
            return Task.CompletedTask;
        });
        using var fetcher = new PoliteFetcher(Options());

        var result = await fetcher.FetchAsync(_server.Url("/broken"), Token);

        Assert.Equal(FetchOutcome.HttpError, result.Outcome);
        Assert.True(result.IsTransient);
        Assert.NotNull(result.RetryAt);
    }

    [Theory]
    [InlineData("ftp://files.example/feed.xml")]
    [InlineData("file:///etc/passwd")]
    public async Task FetchAsync_NotHttp_InvalidUrl(string url)
    {
        using var fetcher = new PoliteFetcher(Options());

        var result = await fetcher.FetchAsync(new Uri(url), Token);

        Assert.Equal(FetchOutcome.InvalidUrl, result.Outcome);
    }

    [Fact]
    public async Task FetchAsync_ConnectionRefused_NetworkError()
    {
        // A port that was just free: nothing listens there.
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var fetcher = new PoliteFetcher(Options(o => o with { RespectRobotsTxt = false }));

        var result = await fetcher.FetchAsync(new Uri($"http://127.0.0.1:{port}/feed"), Token);

        Assert.Equal(FetchOutcome.NetworkError, result.Outcome);
        Assert.True(result.IsTransient);
    }

    private static Stream Compressor(Stream output, string coding) => coding switch
    {
        "gzip" => new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true),
        "br" => new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true),
        "deflate" => new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true),
        _ => throw new ArgumentOutOfRangeException(nameof(coding)),
    };

    private static async Task StreamZerosAsync(HttpContext context, int megabytes)
    {
        var chunk = new byte[64 * 1024];
        try
        {
            for (var i = 0; i < megabytes * 16 && !context.RequestAborted.IsCancellationRequested; i++)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client stopped reading at its cap.
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
