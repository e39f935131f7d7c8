using Newsdesk.Model;
using Newsdesk.Web.Editors;
using Newsdesk.Web.Pages.Editor;

namespace Newsdesk.Web.Endpoints;

/// <summary>Section and topic names per edition language: what the engine set, what an editor changed, what is still missing.</summary>
public static class LabelEndpoints
{
    public static IEndpointRouteBuilder MapLabelEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.EditorGroup();

        group.MapGet("/labels", async (string? lang, string? done, HttpContext http, EditorPages pages, CancellationToken ct) =>
            PageResults.Page<LabelsPage>(await pages.LabelsAsync(http, lang, done, null, ct)));

        group.MapPost("/labels", async (IFormCollection form, HttpContext http, EditorActions actions, EditorPages pages, CancellationToken ct) =>
        {
            var source = form["source"].ToString().Trim();
            var label = form["label"].ToString().Trim();
            if (!LanguageTag.TryParse(form["source_lang"], out var sourceLanguage) || !LanguageTag.TryParse(form["lang"], out var language)
                || source.Length is 0 or > 200 || label.Length is 0 or > 200)
            {
                return PageResults.Page<LabelsPage>(await pages.LabelsAsync(http, form["lang"], null,
                    "A name needs the source's word and its rendering (each up to 200 characters) and two languages such as fr → ca.", ct),
                    StatusCodes.Status400BadRequest);
            }
            var edition = LanguageTag.Parse(language.Language);
            await actions.SetLabelAsync(EditorPages.Editor(http.User), LanguageTag.Parse(sourceLanguage.Language), source, edition, label, ct);
            return Results.Redirect($"/editor/labels?lang={edition}&done=label-saved");
        });
        return app;
    }
}
