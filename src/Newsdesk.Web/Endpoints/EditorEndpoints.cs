using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features;
using Newsdesk.Web.Editors;
using Newsdesk.Web.Pages.Editor;
using Newsdesk.Web.Site;

namespace Newsdesk.Web.Endpoints;

/// <summary>Sign-in, sign-out and the editors' route group.</summary>
public static class EditorEndpoints
{
    public const string SignInRateLimit = "sign-in";

    /// <summary>The /editor group: signed-in editors only, never compressed (pages carry tokens and echo input: no BREACH oracle).</summary>
    public static RouteGroupBuilder EditorGroup(this IEndpointRouteBuilder app) =>
        app.MapGroup("/editor")
            .RequireAuthorization(EditorAccounts.EditorPolicy)
            .AddEndpointFilter(async (context, next) =>
            {
                if (context.HttpContext.Features.Get<IHttpsCompressionFeature>() is { } compression)
                {
                    compression.Mode = HttpsCompressionMode.DoNotCompress;
                }
                context.HttpContext.Response.Headers.CacheControl = "no-store";
                context.HttpContext.Response.Headers["X-Frame-Options"] = "DENY";
                return await next(context);
            });

    public static IEndpointRouteBuilder MapEditorEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.EditorGroup();

        group.MapGet("/sign-in", (string? returnUrl, HttpContext http, EditorPages pages) =>
            PageResults.Page<SignInPage>(new SignInModel(pages.Frame(http, "Sign in"), ReturnUrl.Local(returnUrl), null)))
            .AllowAnonymous();

        group.MapPost("/sign-in", async (IFormCollection form, HttpContext http, EditorAccounts accounts, TrustedDevices devices, EditorPages pages,
            CancellationToken ct) =>
        {
            var name = form["name"].ToString();
            var device = devices.Find(http, name);
            var result = await accounts.SignInAsync(
                new EditorAccounts.SignInAttempt(name, form["password"].ToString(), ClientAddress.Key(http.Connection.RemoteIpAddress), device), ct);
            if (result.Principal is null)
            {
                // The same words for a name that exists and one that does not: the waits are counted per name either way.
                var error = result.Refused
                    ? $"Too many failed sign-ins. Wait {Describe(result.Wait)} and try again."
                    : result.Wait > TimeSpan.Zero ? $"Wrong name or password. Wait {Describe(result.Wait)} before the next try." : "Wrong name or password.";
                if (result.Wait > TimeSpan.Zero)
                {
                    http.Response.Headers.RetryAfter = Seconds(result.Wait).ToString(CultureInfo.InvariantCulture);
                }
                return PageResults.Page<SignInPage>(new SignInModel(pages.Frame(http, "Sign in", error: error), ReturnUrl.Local(form["returnUrl"]), name),
                    result.Refused ? StatusCodes.Status429TooManyRequests : StatusCodes.Status401Unauthorized);
            }
            devices.Remember(http, result.UserName!, device);
            await http.SignInAsync(EditorAccounts.Scheme, result.Principal);
            return Results.Redirect(ReturnUrl.Local(form["returnUrl"]) ?? "/editor/");
        }).AllowAnonymous().RequireRateLimiting(SignInRateLimit);

        group.MapPost("/sign-out", async (IFormCollection form, HttpContext http, EditorAccounts accounts, CancellationToken ct) =>
        {
            // Every session of this editor ends, not only this browser's: a cookie copied before sign-out opens nothing.
            await accounts.SignOutAsync(SiteHost.UserName(http.User)!, ct);
            await http.SignOutAsync(EditorAccounts.Scheme);
            return Results.Redirect("/editor/sign-in");
        });

        group.MapGet("/denied", () => Results.Text("Your account may not open this page.", statusCode: StatusCodes.Status403Forbidden)).AllowAnonymous();

        group.MapGet("/audit", async (HttpContext http, EditorPages pages, CancellationToken ct) =>
            PageResults.Page<AuditPage>(await pages.AuditAsync(http, ct))).RequireAuthorization(EditorAccounts.AdminPolicy);
        return app;
    }

    private static long Seconds(TimeSpan wait) => (long)Math.Ceiling(wait.TotalSeconds);

    private static string Describe(TimeSpan wait) =>
        Seconds(wait) is var s && s < 120 ? (s == 1 ? "1 second" : $"{s} seconds") : $"{(long)Math.Ceiling(wait.TotalMinutes)} minutes";
}
