using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Newsdesk.Demo;

/// <summary>
/// The demo desk's sources: a local Kestrel server on the loopback interface that serves the two fictional outlets
/// (home pages, RSS and Atom feeds, Google News sitemaps, robots.txt, article pages with realistic site chrome,
/// images), built once from the embedded content so every response is deterministic. Feeds and pages answer
/// conditional GETs (ETag, Last-Modified) with 304.
/// </summary>
public sealed class DemoSourcesServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private volatile State? _state;

    private readonly IReadOnlyList<IPAddress> _addresses;

    private DemoSourcesServer(WebApplication app, DemoSourcesLayout layout, DemoContentSet content, IReadOnlyList<IPAddress> addresses)
    {
        _app = app;
        Layout = layout;
        Content = content;
        _addresses = addresses;
    }

    /// <summary>The layout in use (never <see cref="DemoSourcesLayout.Auto"/>).</summary>
    public DemoSourcesLayout Layout { get; }

    /// <summary>The content served, with any problem found while loading it (broken files are left out).</summary>
    public DemoContentSet Content { get; }

    /// <summary>The two outlets: add each one's <see cref="DemoOutletEndpoint.FeedUrl"/> (or its home page, for
    /// discovery) as a source.</summary>
    public IReadOnlyList<DemoOutletEndpoint> Outlets => Current.Outlets;

    /// <summary>Every article page served, per outlet (a syndicated dispatch appears once per outlet).</summary>
    public IReadOnlyList<DemoPage> Pages => Current.Pages;

    /// <summary>How far every authored date was moved (whole days; zero without a clock).</summary>
    public TimeSpan DateShift => Current.Shift;

    /// <summary>The loopback addresses the server listens on, for the fetcher's private-address allow-list
    /// (FetchOptions.AllowedPrivateAddresses): loopback is refused by default.</summary>
    public IReadOnlyList<string> AllowedAddresses => [.. _addresses.Select(a => a.ToString())];

    public DemoOutletEndpoint Outlet(string id) => Outlets.Single(o => o.Id == id);

    /// <summary>Starts the server; it is ready to answer when the task completes.</summary>
    public static async Task<DemoSourcesServer> StartAsync(DemoSourcesOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new DemoSourcesOptions();
        if (options.Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Port, "The demo sources port must be between 0 and 65535.");
        }
        var content = options.Content ?? DemoContent.LoadEmbedded();
        if (options.Layout != DemoSourcesLayout.PathPrefixes)
        {
            try
            {
                return await StartAsync(options, DemoSourcesLayout.SeparateHosts, content, cancellationToken);
            }
            catch (Exception ex) when (options.Layout == DemoSourcesLayout.Auto && IsAddressUnavailable(ex))
            {
                // macOS only configures 127.0.0.1 on lo0; one origin with path prefixes works everywhere. A port
                // already in use is not a reason to change layout: that error goes to the caller.
            }
        }
        return await StartAsync(options, DemoSourcesLayout.PathPrefixes, content, cancellationToken);
    }

    private static async Task<DemoSourcesServer> StartAsync(DemoSourcesOptions options, DemoSourcesLayout layout, DemoContentSet content, CancellationToken cancellationToken)
    {
        IReadOnlyList<IPAddress> addresses = layout == DemoSourcesLayout.SeparateHosts ? options.HostAddresses : [IPAddress.Loopback];
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "Newsdesk.DemoSources" });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            foreach (var address in addresses)
            {
                kestrel.Listen(address, options.Port);
            }
        });
        var app = builder.Build();
        var server = new DemoSourcesServer(app, layout, content, addresses);
        app.Run(server.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (Exception ex)
        {
            await app.DisposeAsync();
            if (ex is IOException or OperationCanceledException)
            {
                throw;
            }
            // A raw socket error does not say which address failed; the caller needs to know.
            var where = string.Join(", ", addresses.Select(a => $"{a}:{options.Port}"));
            throw new IOException($"The demo sources could not listen on {where}: {ex.Message}", ex);
        }
        try
        {
            var bound = app.Urls.Select(u => new Uri(u)).ToList();
            server._state = State.Build(layout, addresses, bound, content, options.Clock);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    /// <summary>The bind failed because no interface has the address (EADDRNOTAVAIL), as opposed to a busy port.</summary>
    private static bool IsAddressUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressNotAvailable })
            {
                return true;
            }
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(IsAddressUnavailable))
            {
                return true;
            }
        }
        return false;
    }

    public async Task StopAsync(CancellationToken cancellationToken = default) => await _app.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
    }

    private State Current => _state ?? throw new InvalidOperationException("The demo sources server has not started.");

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }
        var state = _state;
        if (state is null)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }
        var path = request.Path.Value ?? "/";
        var (site, relative) = state.Find(context.Connection.LocalIpAddress, path);
        if (site is null)
        {
            if (state.Shared.TryGetValue(path, out var shared))
            {
                await WriteAsync(context, shared);
                return;
            }
            if (relative is not null)
            {
                // "/traboules" without its slash: send the browser to the outlet's home page.
                response.StatusCode = StatusCodes.Status301MovedPermanently;
                response.Headers.Location = relative;
                return;
            }
            await WriteAsync(context, state.RootNotFound);
            return;
        }
        var routes = state.Routes[site.Outlet];
        await WriteAsync(context, routes.TryGetValue(relative!, out var found) ? found : state.NotFound[site.Outlet]);
    }

    private static async Task WriteAsync(HttpContext context, DemoResponse prepared)
    {
        var response = context.Response;
        var headers = response.GetTypedHeaders();
        response.StatusCode = prepared.Status;
        headers.ETag = new EntityTagHeaderValue(prepared.ETag);
        headers.LastModified = prepared.LastModified;
        response.Headers.CacheControl = prepared.CacheControl;
        if (prepared.Status == StatusCodes.Status200OK && NotModified(context.Request, prepared))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.ContentType = prepared.ContentType;
        response.ContentLength = prepared.Body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(prepared.Body, context.RequestAborted);
        }
    }

    /// <summary>RFC 9110 §13.1: If-None-Match decides when present; otherwise If-Modified-Since (second precision).</summary>
    private static bool NotModified(HttpRequest request, DemoResponse prepared)
    {
        var headers = request.GetTypedHeaders();
        var noneMatch = headers.IfNoneMatch;
        if (noneMatch is { Count: > 0 })
        {
            var current = new EntityTagHeaderValue(prepared.ETag);
            return noneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
        }
        if (headers.IfModifiedSince is { } since)
        {
            var modified = prepared.LastModified.ToUniversalTime();
            var truncated = new DateTimeOffset(modified.Ticks - modified.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
            return truncated <= since;
        }
        return false;
    }

    /// <summary>Everything built once the listening addresses are known; immutable afterwards.</summary>
    private sealed class State
    {
        public required DemoSourcesLayout Layout { get; init; }
        public required IReadOnlyList<DemoOutletEndpoint> Outlets { get; init; }
        public required IReadOnlyList<DemoPage> Pages { get; init; }
        public required TimeSpan Shift { get; init; }
        public required Dictionary<string, OutletSite> Sites { get; init; }
        public required Dictionary<string, Dictionary<string, DemoResponse>> Routes { get; init; }
        public required Dictionary<string, DemoResponse> NotFound { get; init; }
        /// <summary>Responses at fixed origin paths in the path-prefix layout (/, /robots.txt).</summary>
        public required Dictionary<string, DemoResponse> Shared { get; init; }
        public required DemoResponse RootNotFound { get; init; }
        public required Dictionary<IPAddress, string> ByAddress { get; init; }
        public required Dictionary<string, string> Prefixes { get; init; }

        /// <summary>The outlet a request is for and its path relative to the outlet's base URL; (null, redirect) for a
        /// prefix without its slash; (null, null) when no outlet matches.</summary>
        public (OutletSite? Site, string? Relative) Find(IPAddress? local, string path)
        {
            if (Layout == DemoSourcesLayout.SeparateHosts)
            {
                if (local is not null && ByAddress.TryGetValue(local.IsIPv4MappedToIPv6 ? local.MapToIPv4() : local, out var id))
                {
                    return (Sites[id], path.TrimStart('/'));
                }
                return (null, null);
            }
            foreach (var (id, prefix) in Prefixes)
            {
                if (path.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return (Sites[id], path[prefix.Length..]);
                }
                if (path == prefix.TrimEnd('/'))
                {
                    return (null, prefix);
                }
            }
            return (null, null);
        }

        public static State Build(DemoSourcesLayout layout, IReadOnlyList<IPAddress> addresses, IReadOnlyList<Uri> bound, DemoContentSet content, TimeProvider? clock)
        {
            var newest = content.Articles.Count == 0 ? DemoContent.DemoDate : content.Articles.Max(a => a.LastChanged);
            var shift = TimeSpan.Zero;
            var now = DemoContent.DemoDate;
            if (clock is not null)
            {
                var utcNow = clock.GetUtcNow();
                // Whole days keep every time of day (and so the stories' "ce matin", "dans la nuit") true.
                shift = TimeSpan.FromDays(Math.Floor((utcNow - newest).TotalDays));
                now = utcNow.ToOffset(DemoContent.DemoDate.Offset);
            }
            var articles = content.Articles
                .Select(a => a with { Published = a.Published + shift, Updated = a.Updated + shift })
                .ToList();

            var baseUrls = new Dictionary<string, Uri>(StringComparer.Ordinal);
            var byAddress = new Dictionary<IPAddress, string>();
            var prefixes = new Dictionary<string, string>(StringComparer.Ordinal);
            if (layout == DemoSourcesLayout.SeparateHosts)
            {
                for (var i = 0; i < DemoOutlets.Ids.Count; i++)
                {
                    var address = addresses[i];
                    var url = bound.First(u => IPAddress.Parse(u.Host).Equals(address));
                    baseUrls[DemoOutlets.Ids[i]] = new Uri($"http://{address}:{url.Port}/");
                    byAddress[address] = DemoOutlets.Ids[i];
                }
            }
            else
            {
                var url = bound[0];
                foreach (var id in DemoOutlets.Ids)
                {
                    prefixes[id] = $"/{id}/";
                    baseUrls[id] = new Uri($"http://{IPAddress.Loopback}:{url.Port}/{id}/");
                }
            }

            var sites = new Dictionary<string, OutletSite>(StringComparer.Ordinal);
            Uri? Resolve(string from, string slug)
            {
                var target = articles.FirstOrDefault(a => a.Slug == slug);
                if (target is null)
                {
                    return null;
                }
                var outlet = target.Outlets.Contains(from) ? from : target.Outlets[0];
                return sites[outlet].ArticleUrl(target);
            }
            foreach (var id in DemoOutlets.Ids)
            {
                var own = articles.Where(a => a.Outlets.Contains(id))
                    .OrderByDescending(a => a.Published).ThenBy(a => a.Slug, StringComparer.Ordinal).ToList();
                sites[id] = id == DemoOutlets.Traboules
                    ? new TraboulesSite(baseUrls[id], own, Resolve, content.Images, now)
                    : new EcumeSite(baseUrls[id], own, Resolve, content.Images, now);
            }

            var routes = new Dictionary<string, Dictionary<string, DemoResponse>>(StringComparer.Ordinal);
            var notFound = new Dictionary<string, DemoResponse>(StringComparer.Ordinal);
            foreach (var (id, site) in sites)
            {
                routes[id] = site.BuildRoutes();
                notFound[id] = site.NotFound();
            }
            var shared = new Dictionary<string, DemoResponse>(StringComparer.Ordinal);
            var lastModified = sites.Values.Max(s => s.SiteModified);
            if (layout == DemoSourcesLayout.SeparateHosts)
            {
                foreach (var (id, site) in sites)
                {
                    routes[id]["robots.txt"] = Robots($"# {site.Name}\n", [(site, "/")], lastModified);
                }
            }
            else
            {
                shared["/robots.txt"] = Robots("# Sites de démonstration de Newsdesk\n", [.. sites.Values.Select(s => (s, prefixes[s.Outlet]))], lastModified);
                shared["/"] = Index(sites.Values, lastModified);
            }

            return new State
            {
                Layout = layout,
                Outlets = [.. sites.Values.Select(s => new DemoOutletEndpoint(s.Outlet, s.Name, s.BaseUrl, s.UrlOf(s.FeedPath), s.FeedKind, s.UrlOf(s.SitemapPath)))],
                Pages = [.. sites.Values.SelectMany(s => s.Articles.Select(a => new DemoPage(s.Outlet, s.ArticleUrl(a), a)))],
                Shift = shift,
                Sites = sites,
                Routes = routes,
                NotFound = notFound,
                Shared = shared,
                RootNotFound = DemoResponse.Text("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Introuvable</title></head><body><h1>Introuvable</h1></body></html>\n",
                    "text/html; charset=utf-8", lastModified, 404) with { CacheControl = "no-cache" },
                ByAddress = byAddress,
                Prefixes = prefixes,
            };
        }

        /// <summary>Allows everything to every crawler but the AI-training ones, as many news sites now do.</summary>
        private static DemoResponse Robots(string header, IReadOnlyList<(OutletSite Site, string Prefix)> sites, DateTimeOffset lastModified)
        {
            var text = new StringBuilder(header);
            text.Append("User-agent: GPTBot\nUser-agent: CCBot\nDisallow: /\n\nUser-agent: *\nAllow: /\nCrawl-delay: 0\n");
            foreach (var (site, prefix) in sites)
            {
                text.Append(site.RobotsRules(prefix));
            }
            return DemoResponse.Text(text.ToString(), "text/plain; charset=utf-8", lastModified);
        }

        private static DemoResponse Index(IEnumerable<OutletSite> sites, DateTimeOffset lastModified)
        {
            var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"fr\">\n<head><meta charset=\"utf-8\"><title>Sources de démonstration</title></head>\n<body>\n<h1>Sources de démonstration</h1>\n<ul>\n");
            foreach (var site in sites)
            {
                html.Append("<li><a href=\"").Append(Html.Escape(site.BaseUrl.ToString())).Append("\">").Append(Html.Escape(site.Name)).Append("</a> (<a href=\"")
                    .Append(Html.Escape(site.UrlOf(site.FeedPath).ToString())).Append("\">flux ").Append(site.FeedKind == "rss" ? "RSS" : "Atom").Append("</a>)</li>\n");
            }
            html.Append("</ul>\n</body>\n</html>\n");
            return DemoResponse.Text(html.ToString(), "text/html; charset=utf-8", lastModified);
        }
    }
}
