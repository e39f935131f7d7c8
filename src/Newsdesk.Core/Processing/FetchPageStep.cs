using Newsdesk.Fetching;
using Newsdesk.Model;
using Newsdesk.Storage;

namespace Newsdesk.Processing;

/// <summary>page.fetch: fetches a story page politely and keeps its raw bytes for extraction.</summary>
public sealed class FetchPageStep(IArticleStore pages, PoliteFetcher fetcher, TimeProvider time) : PipelineStep<FetchPagePayload>(PipelineRoutes.FetchPage)
{
    protected override async Task<StepOutcome> RunAsync(FetchPagePayload payload, Job job, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(payload.Url, UriKind.Absolute, out var url))
        {
            return new StepOutcome.Fail($"'{payload.Url}' is not an absolute URL");
        }
        var result = await fetcher.FetchAsync(new FetchRequest(url, Accept: FetchRequest.PageAccept), cancellationToken);
        var now = time.GetUtcNow();
        if (!result.IsOk)
        {
            var message = FetchSourceStep.Describe(result);
            message = message.Contains(url.AbsoluteUri, StringComparison.Ordinal) ? message : $"{message} ({url})";
            if (result.Outcome == FetchOutcome.Deferred && result.RetryAt is { } at)
            {
                return new StepOutcome.Later(at, message);
            }
            return result.IsTransient ? new StepOutcome.Retry(message, result.RetryAt - now) : new StepOutcome.Fail(message);
        }
        if (result.ContentType is { } type && !IsHtml(type))
        {
            return new StepOutcome.Fail($"{url} is not an HTML page (Content-Type {type})");
        }
        var pageId = await pages.SavePageAsync(new FetchedPage
        {
            Url = url.AbsoluteUri,
            FinalUrl = result.FinalUrl.AbsoluteUri,
            SourceId = payload.Source is { } s ? new SourceId(s) : null,
            FetchedAt = now,
            StatusCode = result.StatusCode ?? 200,
            ContentType = result.ContentType,
            Charset = result.Charset,
            Body = result.Body,
            FeedTitle = payload.Title,
        }, cancellationToken);
        return StepOutcome.Finished(PipelineRoutes.ExtractPageJob(pageId));
    }

    private static bool IsHtml(string contentType) =>
        contentType.Contains("html", StringComparison.OrdinalIgnoreCase)
        || contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) // servers that do not know better
        || contentType.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase);
}
