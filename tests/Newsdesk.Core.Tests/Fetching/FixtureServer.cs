using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Newsdesk.Tests.Fetching;

/// <summary>A Kestrel server on 127.0.0.1 (random port) whose routes each test sets; it records every request.</summary>
internal sealed class FixtureServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);
    private WebApplication? _app;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<FixtureServer> StartAsync()
    {
        var server = new FixtureServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        server._app = app;
        return server;
    }

    public Uri Url(string pathAndQuery) => new(BaseUrl, pathAndQuery);

    public void Map(string path, RequestDelegate handler) => _routes[path] = handler;

    public void MapText(string path, string body, string contentType = "text/plain; charset=utf-8", int status = 200) =>
        Map(path, async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body);
        });

    public void MapRedirect(string path, string location, int status = 302) =>
        Map(path, context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        });

    public int Count(string path) => Requests.Count(r => r.Path == path);

    private async Task HandleAsync(HttpContext context)
    {
        var headers = context.Request.Headers;
        Requests.Enqueue(new RecordedRequest(
            context.Request.Path.Value ?? "",
            headers.UserAgent.ToString(),
            headers.IfNoneMatch.ToString(),
            headers.IfModifiedSince.ToString(),
            headers.AcceptEncoding.ToString()));
        if (_routes.TryGetValue(context.Request.Path.Value ?? "", out var handler))
        {
            await handler(context);
            return;
        }
        context.Response.StatusCode = 404;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

internal sealed record RecordedRequest(string Path, string UserAgent, string IfNoneMatch, string IfModifiedSince, string AcceptEncoding);
