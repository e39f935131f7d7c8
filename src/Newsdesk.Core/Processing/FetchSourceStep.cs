using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Newsdesk.Fetching;
using Newsdesk.Ingest;
using Newsdesk.Model;
using Newsdesk.Storage;
using Newsdesk.Text;

namespace Newsdesk.Processing;

/// <summary>
/// source.fetch: fetches a source (conditionally), works out what it is, records its entries and health,
/// and enqueues a page fetch per entry. Every failure is recorded on the source; the source is polled again later.
/// </summary>
public sealed class FetchSourceStep(
    ISourceStore sources, IArticleStore pages, PoliteFetcher fetcher, TimeProvider time, IngestOptions options, ILogger<FetchSourceStep> logger)
    : PipelineStep<FetchSourcePayload>(PipelineRoutes.FetchSource)
{
    protected override async Task<StepOutcome> RunAsync(FetchSourcePayload payload, Job job, CancellationToken cancellationToken)
    {
        var source = await sources.GetSourceAsync(new SourceId(payload.Source), cancellationToken);
        if (source is null || source.Paused)
        {
            return StepOutcome.Finished(); // removed or paused since the job was enqueued
        }
        var isChild = payload.Url is not null;
        if (!Uri.TryCreate(payload.Url ?? source.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            var message = $"'{FeedParseBuilder.Shorten(payload.Url ?? source.Url)}' is not an absolute http(s) URL";
            if (isChild)
            {
                return new StepOutcome.Fail(message);
            }
            var at = time.GetUtcNow();
            await RecordAsync(source, new SourceFetchRecord(at, at + Backoff(source), "invalid-url", message), cancellationToken);
            return StepOutcome.Finished();
        }
        var request = new FetchRequest(url, isChild ? null : source.Fetch.ETag, isChild ? null : source.Fetch.LastModified, FetchRequest.FeedAccept);
        var result = await fetcher.FetchAsync(request, cancellationToken);
        var now = time.GetUtcNow();

        if (result.Outcome == FetchOutcome.NotModified)
        {
            if (!isChild)
            {
                await RecordAsync(source, new SourceFetchRecord(now, now + source.PollInterval, "not-modified"), cancellationToken);
            }
            return StepOutcome.Finished();
        }
        if (!result.IsOk)
        {
            var message = $"{Describe(result)} ({url})";
            if (isChild)
            {
                return result.Outcome == FetchOutcome.Deferred && result.RetryAt is { } at
                    ? new StepOutcome.Later(at, message)
                    : result.IsTransient ? new StepOutcome.Retry(message, result.RetryAt - now) : new StepOutcome.Fail(message);
            }
            var next = result.RetryAt is { } retryAt && retryAt > now ? retryAt : now + Backoff(source);
            await RecordAsync(source, new SourceFetchRecord(now, next, Status(result), message), cancellationToken);
            return StepOutcome.Finished();
        }

        if (source.Kind == SourceKind.Page)
        {
            return await SinglePageAsync(source, result, now, cancellationToken);
        }

        var parsed = FeedParser.Parse(result.Body, result.FinalUrl, result.Charset);
        // What the source's error column says: the document's error, the entries skipped here, then the parser's problems.
        var problems = new List<string>();
        if (parsed.Error is not null)
        {
            problems.Add(parsed.Error);
        }
        var skipped = new List<string>();
        var parserProblems = parsed.Problems;

        var followUps = new List<JobDraft>();
        SourceKind? detected = null;
        var newItems = 0;
        switch (parsed.Kind)
        {
            case FeedKind.HtmlPage when source.Kind == SourceKind.Auto && parsed.DiscoveredFeeds.Count > 0:
                // A home page: follow the feed it advertises (the first one; sites list their main feed first).
                var feed = parsed.DiscoveredFeeds[0];
                followUps.Add(PipelineRoutes.FetchChildJob(source.Id, feed.Url, now));
                problems.Clear();
                parserProblems = [];
                break;
            case FeedKind.HtmlPage when source.Kind == SourceKind.Auto && !isChild:
                // A page with no feed: follow it as a single article.
                return await SinglePageAsync(source with { Kind = SourceKind.Page }, result, now, cancellationToken);
            case FeedKind.HtmlPage or FeedKind.Unknown:
                problems.Insert(0, parsed.Error is null ? $"{result.FinalUrl} is not a feed or sitemap" : "");
                problems.RemoveAll(p => p.Length == 0);
                break;
            case FeedKind.SitemapIndex:
                detected = SourceKind.Sitemap;
                foreach (var child in parsed.SitemapChildren.Where(c => c.LastModified is null || c.LastModified >= now - options.SitemapMaxAge)
                             .OrderByDescending(c => c.LastModified).Take(options.MaxItemsPerFetch))
                {
                    followUps.Add(PipelineRoutes.FetchChildJob(source.Id, child.Url, child.LastModified ?? now));
                }
                break;
            default:
                detected = parsed.Kind switch
                {
                    FeedKind.Atom => SourceKind.Atom,
                    FeedKind.JsonFeed => SourceKind.JsonFeed,
                    FeedKind.Sitemap or FeedKind.NewsSitemap => SourceKind.Sitemap,
                    _ => SourceKind.Rss,
                };
                var drafts = new List<FeedItemDraft>();
                var pageJobs = new List<JobDraft>();
                foreach (var item in SelectItems(parsed, now))
                {
                    // Each entry is judged alone: one the desk cannot use is named in the source's record and skipped,
                    // and the others are stored.
                    if (TryDraft(source.Id, item, out var draft, out var pageJob, out var reason))
                    {
                        drafts.Add(draft);
                        pageJobs.Add(pageJob);
                    }
                    else
                    {
                        skipped.Add($"entry {FeedParseBuilder.Shorten(FieldLimits.Clean(item.Id))}: {reason}; skipped");
                    }
                }
                newItems = (await sources.AddFeedItemsAsync(source.Id, drafts, now, cancellationToken)).Count;
                // Every listed entry gets a page job; the dedupe key makes this idempotent, so a crash between recording
                // the entries and enqueuing their jobs loses nothing: the next run enqueues what is missing.
                followUps.AddRange(pageJobs);
                break;
        }
        if (skipped.Count > 0)
        {
            logger.LogWarning("Source {Source} ({Url}): {Count} entries skipped: {Reasons}", source.Id, url, skipped.Count, string.Join("; ", skipped));
        }
        problems = Summarise(problems, skipped, parserProblems);

        if (!isChild)
        {
            var failed = problems.Count > 0 && newItems == 0 && followUps.Count == 0;
            var record = new SourceFetchRecord(now, failed ? now + Backoff(source) : now + source.PollInterval,
                failed ? "parse-error" : "ok", problems.Count > 0 ? string.Join("; ", problems) : null,
                result.ETag, result.LastModified, newItems, source.Kind == SourceKind.Auto ? detected : null);
            await RecordAsync(source, record, cancellationToken);
        }
        else if (problems.Count > 0)
        {
            logger.LogWarning("Source {Source}: {Url}: {Problems}", source.Id, url, string.Join("; ", problems));
        }
        return StepOutcome.Finished(followUps);
    }

    private IEnumerable<FeedItem> SelectItems(FeedParseResult parsed, DateTimeOffset now)
    {
        IEnumerable<FeedItem> items = parsed.Items;
        if (parsed.Kind == FeedKind.Sitemap)
        {
            items = items.Where(i => (i.Updated ?? i.Published) is not { } d || d >= now - options.SitemapMaxAge);
        }
        return items.OrderByDescending(i => i.Published ?? i.Updated ?? DateTimeOffset.MinValue).Take(options.MaxItemsPerFetch);
    }

    /// <summary>The stored entry and page job for one feed entry, or false with the reason it cannot be followed. Never throws
    /// for what an entry contains: a link that has no canonical form, or anything else odd in it, costs that entry only.</summary>
    private static bool TryDraft(SourceId source, FeedItem item, [NotNullWhen(true)] out FeedItemDraft? draft, [NotNullWhen(true)] out JobDraft? job,
        [NotNullWhen(false)] out string? reason)
    {
        draft = null;
        job = null;
        try
        {
            if (!UrlCanonicalizer.TryCanonicalize(item.Link, out var canonical, out reason))
            {
                return false;
            }
            draft = new FeedItemDraft(item.Id, canonical.AbsoluteUri, item.Title, item.Published ?? item.Updated,
                item.Updated?.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
            job = PipelineRoutes.FetchPageJob(source, draft);
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            draft = null;
            job = null;
            reason = $"the entry cannot be followed ({e.GetType().Name}: {e.Message})";
            return false;
        }
    }

    /// <summary>At most five problems, the rest counted: the document's error, then skipped entries, then the parser's notes.</summary>
    private static List<string> Summarise(List<string> own, List<string> skipped, IReadOnlyList<FeedProblem> parserProblems)
    {
        var all = new List<string>(own);
        all.AddRange(skipped);
        all.AddRange(parserProblems.Select(p => p.ToString()));
        var shown = all.Distinct(StringComparer.Ordinal).ToList();
        if (shown.Count <= 5)
        {
            return shown;
        }
        var rest = shown.Count - 5;
        shown.RemoveRange(5, rest);
        shown.Add($"… and {rest} more problems");
        return shown;
    }

    private async Task<StepOutcome> SinglePageAsync(Source source, FetchResult result, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pageId = await pages.SavePageAsync(new FetchedPage
        {
            Url = source.Url,
            FinalUrl = result.FinalUrl.AbsoluteUri,
            SourceId = source.Id,
            FetchedAt = now,
            StatusCode = result.StatusCode ?? 200,
            ContentType = result.ContentType,
            Charset = result.Charset,
            Body = result.Body,
        }, cancellationToken);
        await RecordAsync(source, new SourceFetchRecord(now, now + source.PollInterval, "ok", null, result.ETag, result.LastModified, 1,
            SourceKind.Page), cancellationToken);
        return StepOutcome.Finished(PipelineRoutes.ExtractPageJob(pageId));
    }

    private Task RecordAsync(Source source, SourceFetchRecord record, CancellationToken cancellationToken)
    {
        if (record.Error is not null)
        {
            logger.LogWarning("Source {Source} ({Url}): {Error}", source.Id, source.Url, record.Error);
        }
        return sources.RecordSourceFetchAsync(source.Id, record, cancellationToken);
    }

    private TimeSpan Backoff(Source source)
    {
        var factor = Math.Pow(2, Math.Min(source.Fetch.ConsecutiveErrors, 16));
        return TimeSpan.FromTicks((long)Math.Min(source.PollInterval.Ticks * factor, options.MaxSourceBackoff.Ticks));
    }

    internal static string Status(FetchResult result) => result.Outcome switch
    {
        FetchOutcome.HttpError => $"http-{result.StatusCode}",
        _ => result.Outcome.ToString().ToLowerInvariant(),
    };

    internal static string Describe(FetchResult result) => result.Error ?? result.Outcome switch
    {
        FetchOutcome.HttpError => $"the server answered HTTP {result.StatusCode}",
        _ => result.Outcome.ToString(),
    };
}
