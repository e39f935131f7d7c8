using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Newsdesk.Extraction;
using Newsdesk.Ingest;
using Newsdesk.Model;
using Newsdesk.Storage;
using Newsdesk.Text;

namespace Newsdesk.Processing;

/// <summary>
/// page.extract: turns a fetched page into a clean, sanitised article; canonicalises its URL (one story, one
/// article, whichever feed it came through), keeps every field within its cap (<see cref="FieldLimits"/>), links
/// near-duplicates into one cluster, stores it (or a new revision), and asks for its translations. A page that is not an
/// article (a listing, a template, a match sheet, a stub…) keeps only its kind and the evidence on the page row: it is
/// never stored as an article, so nothing can translate it.
/// </summary>
public sealed class ExtractPageStep(IArticleStore store, ArticleExtractor extractor, NearDuplicateIndex duplicates, DeskOptions desk, TimeProvider time,
    ILogger<ExtractPageStep> logger)
    : PipelineStep<ExtractPagePayload>(PipelineRoutes.ExtractPage)
{
    protected override async Task<StepOutcome> RunAsync(ExtractPagePayload payload, Job job, CancellationToken cancellationToken)
    {
        var page = await store.GetPageAsync(new PageId(payload.Page), cancellationToken);
        if (page is null)
        {
            return new StepOutcome.Fail($"page {payload.Page} is no longer stored");
        }
        if (!Uri.TryCreate(page.FinalUrl, UriKind.Absolute, out var fetchedUrl))
        {
            return new StepOutcome.Fail($"page {payload.Page}: '{FeedParseBuilder.Shorten(page.FinalUrl)}' is not an absolute URL");
        }
        if (!UrlCanonicalizer.TryCanonicalize(fetchedUrl, out _, out var unusable))
        {
            return new StepOutcome.Fail($"page {payload.Page} cannot be stored under its address: {unusable}");
        }
        var notices = new List<string>();
        var article = FieldLimits.Bound(extractor.Extract(page.Body, fetchedUrl, page.Charset), notices);
        if (notices.Count > 0)
        {
            logger.LogWarning("Page {Url}: {Notices}", page.Url, string.Join("; ", notices));
        }
        await store.RecordPageKindAsync(page.Id, article.Kind, article.KindReason, cancellationToken);
        if (!article.Kind.IsTranslated())
        {
            return StepOutcome.Finished();
        }
        if (string.IsNullOrWhiteSpace(article.Title) && page.FeedTitle is { } feedTitle)
        {
            article = article with { Title = FieldLimits.Bound(feedTitle, FieldLimits.Title, "title", null)! };
        }
        var canonical = UrlCanonicalizer.ChooseCanonical(fetchedUrl, article.CanonicalUrl).Url.AbsoluteUri;
        article = article with { CanonicalUrl = canonical };

        var text = article.Text;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(article.Title + "\n" + text)));
        var simHash = (long)SimHash.Compute(text);
        var existing = await store.FindArticleByUrlAsync(canonical, cancellationToken);
        var cluster = existing is null ? await duplicates.FindClusterAsync(simHash, null, cancellationToken) : null;

        var now = time.GetUtcNow();
        var outcome = await store.SaveArticleAsync(new ArticleDraft(canonical, page.Url, page.SourceId, article, hash, simHash, cluster), now, cancellationToken);
        if (outcome.Kind == ArticleSaveKind.Created && cluster is null
            && await duplicates.FindClusterAsync(simHash, outcome.Id, cancellationToken) is { } late)
        {
            // A copy of the same story was stored by another job while this one was extracting. The newer of the two
            // joins the older's cluster; the newer may be the other one, when its transaction committed first.
            if (late.Value < outcome.Id.Value && await store.JoinClusterAsync(outcome.Id, late, cancellationToken))
            {
                cluster = late;
            }
            else if (late.Value > outcome.Id.Value && await store.JoinClusterAsync(late, outcome.Id, cancellationToken))
            {
                duplicates.MoveToCluster(late, outcome.Id);
            }
        }
        duplicates.Add(new ArticleFingerprint(outcome.Id, cluster ?? existing?.ClusterId ?? outcome.Id, simHash, existing?.CreatedAt ?? now));

        if (outcome.Kind == ArticleSaveKind.Unchanged)
        {
            return StepOutcome.Finished();
        }
        var language = article.Language?.Language;
        var translations = desk.TargetLanguages
            .Where(target => target.Language != language)
            .Select(target => PipelineRoutes.TranslateJob(outcome.Id, outcome.Revision, target))
            .ToList();
        return StepOutcome.Finished(translations);
    }
}
