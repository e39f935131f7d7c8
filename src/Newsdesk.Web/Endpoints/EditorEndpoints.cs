using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features;
using Newsdesk.Web.Editors;
using Newsdesk.Web.Pages.Editor;

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

        group.MapPost("/sign-in", async (IFormCollection form, HttpContext http, EditorAccounts accounts, EditorPages pages, CancellationToken ct) =>
        {
            var name = form["name"].ToString();
            var result = await accounts.SignInAsync(name, form["password"].ToString(), ct);
            if (result.Principal is null)
            {
                var error = result.LockedOut
                    ? "This account is locked after too many failed sign-ins. Try again later."
                    : "Wrong name or password.";
                return PageResults.Page<SignInPage>(new SignInModel(pages.Frame(http, "Sign in", error: error), ReturnUrl.Local(form["returnUrl"]), name),
                    StatusCodes.Status401Unauthorized);
            }
            await http.SignInAsync(EditorAccounts.Scheme, result.Principal);
            return Results.Redirect(ReturnUrl.Local(form["returnUrl"]) ?? "/editor/");
        }).AllowAnonymous().RequireRateLimiting(SignInRateLimit);

        group.MapPost("/sign-out", async (IFormCollection form, HttpContext http) =>
        {
            await http.SignOutAsync(EditorAccounts.Scheme);
            return Results.Redirect("/editor/sign-in");
        });

        group.MapGet("/denied", () => Results.Text("Your account may not open this page.", statusCode: StatusCodes.Status403Forbidden)).AllowAnonymous();

        group.MapGet("/audit", async (HttpContext http, EditorPages pages, CancellationToken ct) =>
            PageResults.Page<AuditPage>(await pages.AuditAsync(http, ct))).RequireAuthorization(EditorAccounts.AdminPolicy);
        return app;
    }
}
