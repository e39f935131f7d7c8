using Newsdesk.Model;
using Newsdesk.Web.Editors;
using Newsdesk.Web.Pages.Editor;

namespace Newsdesk.Web.Endpoints;

/// <summary>The glossary per language pair.</summary>
public static class GlossaryEndpoints
{
    public static IEndpointRouteBuilder MapGlossaryEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.EditorGroup();

        group.MapGet("/glossary", async (string? source, string? target, string? done, HttpContext http, EditorPages pages, CancellationToken ct) =>
            PageResults.Page<GlossaryPage>(await pages.GlossaryAsync(http, source, target, done, null, ct)));

        group.MapPost("/glossary", async (IFormCollection form, HttpContext http, EditorActions actions, EditorPages pages, CancellationToken ct) =>
        {
            var term = form["term"].ToString().Trim();
            if (!LanguageTag.TryParse(form["source"], out var source) || !LanguageTag.TryParse(form["target"], out var target) || term.Length is 0 or > 200)
            {
                return PageResults.Page<GlossaryPage>(await pages.GlossaryAsync(http, form["source"], form["target"], null,
                    "A glossary entry needs a term (up to 200 characters) and a language pair such as fr → es.", ct), StatusCodes.Status400BadRequest);
            }
            var rendering = form["rendering"].ToString().Trim();
            var avoid = form["avoid"].ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var note = form["note"].ToString().Trim();
            await actions.AddGlossaryEntryAsync(EditorPages.Editor(http.User), new GlossaryEntry(source, target, term,
                rendering.Length == 0 ? null : rendering, avoid.Length == 0 ? null : avoid, note.Length == 0 ? null : note), ct);
            return Results.Redirect($"/editor/glossary?source={source}&target={target}&done=glossary-added");
        });

        group.MapPost("/glossary/remove", async (IFormCollection form, HttpContext http, EditorActions actions, CancellationToken ct) =>
        {
            if (!LanguageTag.TryParse(form["source"], out var source) || !LanguageTag.TryParse(form["target"], out var target))
            {
                return Results.BadRequest("Unknown language pair.");
            }
            await actions.RemoveGlossaryEntryAsync(EditorPages.Editor(http.User), source, target, form["term"].ToString(), ct);
            return Results.Redirect($"/editor/glossary?source={source}&target={target}&done=glossary-removed");
        });
        return app;
    }
}
