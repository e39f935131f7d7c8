using Newsdesk.Model;
using Newsdesk.Web.Editors;
using Newsdesk.Web.Pages.Editor;

namespace Newsdesk.Web.Endpoints;

/// <summary>The review queue and the four review actions.</summary>
public static class ReviewEndpoints
{
    public static IEndpointRouteBuilder MapReviewEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.EditorGroup();

        group.MapGet("/", async (string? done, HttpContext http, EditorPages pages, CancellationToken ct) =>
            PageResults.Page<QueuePage>(await pages.QueueAsync(http, done, ct)));

        group.MapGet("/review/{id:long}", async (long id, string? done, HttpContext http, EditorPages pages, CancellationToken ct) =>
            await pages.ReviewAsync(http, new TranslationId(id), done, ct) is { } model
                ? PageResults.Page<ReviewPage>(model)
                : Results.NotFound());

        group.MapPost("/review/{id:long}/approve", async (long id, IFormCollection form, HttpContext http, EditorActions actions, CancellationToken ct) =>
            await actions.ApproveAsync(new TranslationId(id), EditorPages.Editor(http.User), ct)
                ? Results.Redirect($"/editor/review/{id}?done=approved")
                : Results.NotFound());

        group.MapPost("/review/{id:long}/edit", async (long id, IFormCollection form, HttpContext http, EditorActions actions, CancellationToken ct) =>
        {
            var title = form["title"].ToString();
            if (string.IsNullOrWhiteSpace(title))
            {
                return Results.BadRequest("The headline cannot be empty.");
            }
            var blocks = form["block"].Select(b => (string?)b).ToList();
            return await actions.EditAndApproveAsync(new TranslationId(id), EditorPages.Editor(http.User), title, form["lead"], blocks, ct)
                ? Results.Redirect($"/editor/review/{id}?done=edited")
                : Results.NotFound();
        });

        group.MapPost("/review/{id:long}/retranslate", async (long id, IFormCollection form, HttpContext http, EditorActions actions,
            Newsdesk.Web.Site.SiteOptions options, CancellationToken ct) =>
        {
            var engine = form["engine"].ToString();
            if (!options.Engines.Contains(engine, StringComparer.Ordinal))
            {
                return Results.BadRequest($"Unknown engine '{engine}'; known: {string.Join(", ", options.Engines)}.");
            }
            return await actions.RetranslateAsync(new TranslationId(id), EditorPages.Editor(http.User), engine, ct)
                ? Results.Redirect($"/editor/review/{id}?done=retranslate")
                : Results.NotFound();
        });

        group.MapPost("/review/{id:long}/reject", async (long id, IFormCollection form, HttpContext http, EditorActions actions, CancellationToken ct) =>
        {
            var reason = form["reason"].ToString();
            return await actions.RejectAsync(new TranslationId(id), EditorPages.Editor(http.User), reason.Length > 500 ? reason[..500] : reason, ct)
                ? Results.Redirect("/editor/?done=rejected")
                : Results.NotFound();
        });
        return app;
    }
}
