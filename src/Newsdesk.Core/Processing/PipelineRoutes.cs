using System.Globalization;
using System.Text.Json;
using Newsdesk.Ingest;
using Newsdesk.Model;
using Newsdesk.Storage;

namespace Newsdesk.Processing;

/// <summary>
/// The pipeline's route, written down once: every job kind with its payload, priority, dedupe key and successors.
/// <code>
///   source.fetch        fetch a feed or sitemap, record new items       -> page.fetch per new item
///                                                                       (source.fetch per child sitemap or discovered feed;
///                                                                        page.extract for a single-page source)
///   page.fetch          fetch the story page politely, keep its bytes    -> page.extract
///   page.extract        extract, sanitise, canonicalise, dedupe, store   -> article.translate per target language
///   article.translate   translate through an engine and the memory      -> translation.check
///   translation.check   run the quality gate, apply safe fixes, decide   -> translation.publish, or hold for an editor
///   translation.publish make the translation live on the site         -> site.labels
///   site.labels         name the article's section and tags in the edition's language (memory, then engine), once per name
/// </code>
/// Steps, the scheduler, the editors' actions and the CLI make their jobs only through the factories here, so kinds,
/// payload JSON, priorities and dedupe keys cannot drift apart; <see cref="Pipeline"/> checks at start-up that every
/// kind has exactly one step, and the worker that a step enqueues only its route's successors.
/// </summary>
public static class PipelineRoutes
{
    public static JobRoute<FetchSourcePayload> FetchSource { get; } = Json("source.fetch", 10, ["source.fetch", "page.fetch", "page.extract"],
        PipelineJson.Default.FetchSourcePayload);

    public static JobRoute<FetchPagePayload> FetchPage { get; } = Json("page.fetch", 50, ["page.extract"], PipelineJson.Default.FetchPagePayload);

    public static JobRoute<ExtractPagePayload> ExtractPage { get; } = Json("page.extract", 40, ["article.translate"], PipelineJson.Default.ExtractPagePayload);

    public static JobRoute<TranslatePayload> Translate { get; } = Json("article.translate", 60, ["translation.check"], PipelineJson.Default.TranslatePayload);

    public static JobRoute<TranslationPayload> Check { get; } = Json("translation.check", 70, ["translation.publish"], PipelineJson.Default.TranslationPayload);

    public static JobRoute<TranslationPayload> Publish { get; } = Json("translation.publish", 80, ["site.labels"], PipelineJson.Default.TranslationPayload);

    public static JobRoute<TranslationPayload> Labels { get; } = Json("site.labels", 90, [], PipelineJson.Default.TranslationPayload);

    /// <summary>A diagnostic job that only records that it ran (used to prove jobs run exactly once across processes).</summary>
    public static JobRoute<ProbePayload> Probe { get; } = new("probe", 100, [],
        p => p.WorkMilliseconds.ToString(CultureInfo.InvariantCulture),
        json => new ProbePayload(int.TryParse(json, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) ? ms : 0));

    /// <summary>Every route, in processing order.</summary>
    public static IReadOnlyList<JobRoute> All { get; } = [FetchSource, FetchPage, ExtractPage, Translate, Check, Publish, Labels, Probe];

    /// <summary>The route of a kind, or null for a kind this version does not know.</summary>
    public static JobRoute? Find(string kind) => All.FirstOrDefault(r => r.Kind == kind);

    // --- typed factories: the only places jobs are made -------------------------------------------

    /// <summary>A fetch of a source's own URL; <paramref name="occasion"/> makes one job per due time ("1733…", "now-1733…").</summary>
    public static JobDraft FetchSourceJob(SourceId source, string occasion) =>
        FetchSource.Job(new FetchSourcePayload(source.Value), $"source.fetch:{source}:{occasion}");

    /// <summary>A fetch of a document a source leads to (a sitemap of an index, the feed a home page advertises).</summary>
    public static JobDraft FetchChildJob(SourceId source, Uri url, DateTimeOffset occasion) =>
        FetchSource.Job(new FetchSourcePayload(source.Value, url.AbsoluteUri),
            $"source.fetch:{source}:{url.AbsoluteUri}:{occasion.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}");

    /// <summary>A fetch of a story page listed by a source; one job per page and listed version. Throws
    /// <see cref="ArgumentException"/> when the item's URL is not a canonicalisable http(s) URL.</summary>
    public static JobDraft FetchPageJob(SourceId? source, FeedItemDraft item) =>
        FetchPage.Job(new FetchPagePayload(source?.Value, item.Url, item.Title),
            $"page.fetch:{UrlCanonicalizer.DedupeKey(Uri.TryCreate(item.Url, UriKind.Absolute, out var url) ? url
                : throw new ArgumentException($"'{item.Url}' is not an absolute URL", nameof(item)))}#{item.Version}");

    public static JobDraft ExtractPageJob(PageId page) => ExtractPage.Job(new ExtractPagePayload(page.Value));

    /// <summary>The translation of an article's revision into one language; one job per revision and language.</summary>
    public static JobDraft TranslateJob(ArticleId article, int revision, LanguageTag target) =>
        Translate.Job(new TranslatePayload(article.Value, target.Value), $"article.translate:{article}:{revision.ToString(CultureInfo.InvariantCulture)}:{target.Value}");

    /// <summary>An editor's "translate again with this engine": ahead of the queue, and as often as asked.</summary>
    public static JobDraft RetranslateJob(ArticleId article, LanguageTag target, string engine) =>
        Translate.Job(new TranslatePayload(article.Value, target.Value, engine), priority: 10);

    public static JobDraft CheckJob(TranslationId translation) => Check.Job(new TranslationPayload(translation.Value));

    public static JobDraft PublishJob(TranslationId translation) => Publish.Job(new TranslationPayload(translation.Value));

    /// <summary>Naming a published translation's section and tags in its edition's language.</summary>
    public static JobDraft LabelsJob(TranslationId translation) => Labels.Job(new TranslationPayload(translation.Value));

    public static JobDraft ProbeJob(int workMilliseconds) => Probe.Job(new ProbePayload(workMilliseconds));

    private static JobRoute<T> Json<T>(string kind, int priority, string[] next, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info)
        where T : class =>
        new(kind, priority, next, p => JsonSerializer.Serialize(p, info), json => JsonSerializer.Deserialize(json, info));
}
