using Newsdesk.Model;
using Newsdesk.Publishing;
using Newsdesk.Storage;

namespace Newsdesk.Processing;

/// <summary>translation.publish: makes a checked (or approved) translation live on the site through the publisher.</summary>
public sealed class PublishStep(IPublisher publisher) : PipelineStep<TranslationPayload>(PipelineRoutes.Publish)
{
    protected override async Task<StepOutcome> RunAsync(TranslationPayload payload, Job job, CancellationToken cancellationToken) =>
        await publisher.PublishTranslationAsync(new TranslationId(payload.Translation), cancellationToken) == PublishOutcome.NotFound
            ? new StepOutcome.Fail($"There is no translation {payload.Translation} to publish.")
            : StepOutcome.Finished();
}
