using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Newsdesk.Model;
using Newsdesk.Processing;
using Newsdesk.Review;
using Newsdesk.Storage;
using Newsdesk.Web.Site;

namespace Newsdesk.Web.Editors;

/// <summary>Loads what each editor page shows.</summary>
public sealed class EditorPages(INewsStore news, ISiteStore site, IEditorStore editors, IAntiforgery antiforgery, StaticAssets assets, SiteOptions options)
{
    /// <summary>Fixed messages the pages show after an action (the query string only picks one; it is never echoed).</summary>
    private static readonly Dictionary<string, string> Messages = new(StringComparer.Ordinal)
    {
        ["approved"] = "Approved and published.",
        ["edited"] = "Edits saved and published; the edited segments went into the translation memory.",
        ["retranslate"] = "Re-translation queued.",
        ["rejected"] = "Rejected.",
        ["source-added"] = "Source added.",
        ["source-saved"] = "Source saved.",
        ["glossary-added"] = "Glossary entry saved.",
        ["glossary-removed"] = "Glossary entry removed.",
        ["label-saved"] = "Name saved; the edition shows it from now on.",
    };

    public EditorFrame Frame(HttpContext http, string title, string? done = null, string? error = null)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var user = http.User.Identity?.IsAuthenticated == true ? http.User.Identity.Name : null;
        return new EditorFrame(title, user, http.User.IsInRole(EditorAccounts.AdminRole), assets.Url("site.css"), tokens.FormFieldName, tokens.RequestToken!,
            done is not null && Messages.TryGetValue(done, out var m) ? m : null, error);
    }

    public async Task<QueueModel> QueueAsync(HttpContext http, string? done, CancellationToken cancellationToken)
    {
        var held = await news.ListTranslationsAsync(new TranslationQuery(Status: TranslationStatus.Held, Limit: 200), cancellationToken);
        var items = new List<QueueItem>();
        foreach (var t in held)
        {
            var article = await news.GetArticleAsync(t.ArticleId, cancellationToken);
            items.Add(new QueueItem(t, article?.Content.Title ?? "", ReviewFinding.ParseAll(t.FindingsJson).Count));
        }
        var reviewed = (await news.ListTranslationsAsync(new TranslationQuery(Status: TranslationStatus.Published, Limit: 50), cancellationToken))
            .Where(t => t.ReviewedBy is not null).Take(10).ToList();
        return new QueueModel(Frame(http, "Review queue", done), items, reviewed);
    }

    public async Task<ReviewModel?> ReviewAsync(HttpContext http, TranslationId id, string? done, CancellationToken cancellationToken)
    {
        var t = await news.GetTranslationAsync(id, cancellationToken);
        var source = t is null ? null : await news.GetArticleAsync(t.ArticleId, cancellationToken);
        if (t is null || source is null)
        {
            return null;
        }
        var findings = ReviewFinding.ParseAll(t.FindingsJson);
        var translationLines = HighlightedText.Split(ReviewText.Layout(t.Content), findings.Select(f => (f.Start, f.End)).ToList());
        var sourceLines = HighlightedText.Split(ReviewText.Layout(source.Content),
            findings.Select(f => f.SourceStart is { } s && f.SourceEnd is { } e ? (s, e) : (0, 0)).ToList());
        var live = await site.GetPublicationAsync(t.ArticleId, t.Language, cancellationToken);
        return new ReviewModel(Frame(http, "Review", done), t, source, findings, translationLines, sourceLines, options.Engines,
            live?.TranslationId == t.Id ? SiteUrls.Article(live) : null, ReviewFix.ParseAll(t.FixesJson));
    }

    public async Task<SourcesModel> SourcesAsync(HttpContext http, string? done, string? error, CancellationToken cancellationToken) =>
        new(Frame(http, "Sources", done, error), await news.ListSourcesAsync(cancellationToken));

    public async Task<GlossaryModel> GlossaryAsync(HttpContext http, string? source, string? target, string? done, string? error,
        CancellationToken cancellationToken)
    {
        var all = await news.ListGlossaryAsync(null, null, cancellationToken);
        var pairs = all.Select(e => (e.SourceLanguage.Value, e.TargetLanguage.Value)).Distinct().ToList();
        var s = LanguageTag.TryParse(source, out var st) ? st : LanguageTag.Parse(pairs.FirstOrDefault().Item1 ?? "fr");
        var tt = LanguageTag.TryParse(target, out var tg) ? tg : LanguageTag.Parse(pairs.FirstOrDefault().Item2 ?? "es");
        var entries = all.Where(e => e.SourceLanguage == s && e.TargetLanguage == tt).ToList();
        return new GlossaryModel(Frame(http, "Glossary", done, error), s.Value, tt.Value, entries, pairs);
    }

    public async Task<LabelsModel> LabelsAsync(HttpContext http, string? language, string? done, string? error, CancellationToken cancellationToken)
    {
        var editions = (await site.ListEditionsAsync(cancellationToken)).Select(e => e.Language.Language).Distinct(StringComparer.Ordinal).ToList();
        var lang = LanguageTag.TryParse(language, out var l) ? l.Language : editions.FirstOrDefault() ?? "es";
        var labels = await site.ListSiteLabelsAsync(LanguageTag.Parse(lang), cancellationToken);
        var named = labels.Select(x => (x.SourceLanguage.Value, x.Source)).ToHashSet();
        // Names the edition shows its generic word for: sections of its translated stories that nobody has named yet.
        var missing = new List<(string, string)>();
        foreach (var p in await site.ListPublicationsAsync(new PublicationQuery(LanguageTag.Parse(lang), Limit: 500), cancellationToken))
        {
            if (p.TranslationId is { } tid && p.Section?.Trim() is { Length: > 0 } section
                && await news.GetTranslationAsync(tid, cancellationToken) is { } t
                && !named.Contains((t.SourceLanguage.Language, section)) && !missing.Contains((t.SourceLanguage.Language, section)))
            {
                missing.Add((t.SourceLanguage.Language, section));
            }
        }
        return new LabelsModel(Frame(http, "Section and topic names", done, error), lang, editions, labels, missing);
    }

    public async Task<AuditModel> AuditAsync(HttpContext http, CancellationToken cancellationToken) =>
        new(Frame(http, "Audit log"), await editors.ListAuditAsync(500, cancellationToken));

    public static string Editor(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}
