using System.Globalization;
using Newsdesk.Model;
using Newsdesk.Storage;
using Newsdesk.Web.Editors;
using Newsdesk.Web.Pages.Editor;

namespace Newsdesk.Web.Endpoints;

/// <summary>Sources: list with health, add, change settings (language, licence, noindex, poll interval, pause).</summary>
public static class SourceEndpoints
{
    public static IEndpointRouteBuilder MapSourceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.EditorGroup();

        group.MapGet("/sources", async (string? done, HttpContext http, EditorPages pages, CancellationToken ct) =>
            PageResults.Page<SourcesPage>(await pages.SourcesAsync(http, done, null, ct)));

        group.MapPost("/sources", async (IFormCollection form, HttpContext http, EditorActions actions, EditorPages pages, CancellationToken ct) =>
        {
            var url = form["url"].ToString().Trim();
            string? error = null;
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                error = $"'{url}' is not an http(s) URL.";
            }
            else if (!TryReadSettings(form, out var language, out var licence, out var interval, out var settingsError))
            {
                error = settingsError;
            }
            else
            {
                try
                {
                    await actions.AddSourceAsync(EditorPages.Editor(http.User), new SourceDraft(uri.AbsoluteUri, SourceKind.Auto, Clean(form["name"]), language,
                        licence, form["noIndex"] == "true", interval), ct);
                    return Results.Redirect("/editor/sources?done=source-added");
                }
                catch (DuplicateSourceException e)
                {
                    error = e.Message;
                }
            }
            return PageResults.Page<SourcesPage>(await pages.SourcesAsync(http, null, error, ct), StatusCodes.Status400BadRequest);
        });

        group.MapPost("/sources/{id:long}", async (long id, IFormCollection form, HttpContext http, INewsStore news, EditorActions actions,
            EditorPages pages, CancellationToken ct) =>
        {
            var source = await news.GetSourceAsync(new SourceId(id), ct);
            if (source is null)
            {
                return Results.NotFound();
            }
            if (!TryReadSettings(form, out var language, out var licence, out var interval, out var error))
            {
                return PageResults.Page<SourcesPage>(await pages.SourcesAsync(http, null, error, ct), StatusCodes.Status400BadRequest);
            }
            await actions.UpdateSourceAsync(EditorPages.Editor(http.User), source with
            {
                Name = Clean(form["name"]),
                Language = language,
                Licence = licence,
                NoIndex = form["noIndex"] == "true",
                PollInterval = interval,
                Paused = form["paused"] == "true",
            }, ct);
            return Results.Redirect("/editor/sources?done=source-saved");
        });
        return app;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim()[..Math.Min(s.Trim().Length, 200)];

    private static bool TryReadSettings(IFormCollection form, out LanguageTag? language, out Licence licence, out TimeSpan interval, out string? error)
    {
        language = null;
        licence = Licence.ExcerptAndLink;
        interval = TimeSpan.FromMinutes(15);
        error = null;
        var lang = form["language"].ToString().Trim();
        if (lang.Length > 0)
        {
            if (!LanguageTag.TryParse(lang, out var tag))
            {
                error = $"'{lang}' is not a language tag such as 'fr' or 'de-CH'.";
                return false;
            }
            language = tag;
        }
        if (!Enum.TryParse(form["licence"].ToString(), out licence) || !Enum.IsDefined(licence))
        {
            error = "Choose a licence: full, excerpt and link, or link only.";
            return false;
        }
        var minutes = form["pollMinutes"].ToString();
        if (minutes.Length > 0)
        {
            if (!int.TryParse(minutes, NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 1440)
            {
                error = "The poll interval is 1 to 1440 minutes.";
                return false;
            }
            interval = TimeSpan.FromMinutes(m);
        }
        return true;
    }
}
