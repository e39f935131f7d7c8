using Microsoft.Net.Http.Headers;
using Newsdesk.Web.Site;

namespace Newsdesk.Web.Endpoints;

/// <summary>Static files from wwwroot under fingerprinted names.</summary>
public static class AssetEndpoints
{
    public static IEndpointRouteBuilder MapAssetEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/assets/{name}", (string name, HttpContext http, StaticAssets assets) =>
        {
            if (assets.Find(name) is not { } found)
            {
                return Results.NotFound();
            }
            var (asset, immutable) = found;
            http.Response.Headers.CacheControl = immutable ? "public, max-age=31536000, immutable" : "public, max-age=300";
            http.Response.Headers.ETag = asset.ETag;
            if (http.Request.Headers.IfNoneMatch == asset.ETag)
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }
            return Results.Bytes(asset.Body, asset.ContentType);
        });
        return app;
    }
}
