using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Components;
using Newsdesk.Model;
using Newsdesk.Web.Pages;
using Newsdesk.Web.Site;

namespace Newsdesk.Web.Endpoints;

/// <summary>Renders pages (server-side Razor components) and the localized 404.</summary>
internal static class PageResults
{
    public static IResult Page<TComponent>(object model, int status = StatusCodes.Status200OK) where TComponent : IComponent =>
        new RazorComponentResult<TComponent>(new { Model = model }) { StatusCode = status, ContentType = "text/html; charset=utf-8" };

    public static async Task<IResult> NotFoundAsync(HttpContext http, SitePages pages, EditionCatalog editions, Edition? edition,
        CancellationToken cancellationToken)
    {
        edition ??= await editions.DefaultAsync(cancellationToken) ?? new Edition(LanguageTag.Parse("en"), 0);
        var model = await pages.SimpleAsync(http, edition, "NotFoundTitle", "404", noIndex: true, cancellationToken);
        return Page<NotFoundPage>(model, StatusCodes.Status404NotFound);
    }
}
