using Newsdesk.Model;
using Newsdesk.Publishing;
using Newsdesk.Storage;

namespace Newsdesk.Processing;

/// <summary>
/// translation.publish: makes a checked (or approved) translation live on the site through the publisher, then asks for
/// its section and tags to be named in the edition's language (the site shows its own generic word until they are).
/// </summary>
public sealed class PublishStep(IPublisher publisher) : PipelineStep<TranslationPayload>(PipelineRoutes.Publish)
{
    protected override async Task<StepOutcome> RunAsync(TranslationPayload payload, Job job, CancellationToken cancellationToken)
    {
        var id = new TranslationId(payload.Translation);
        return await publisher.PublishTranslationAsync(id, cancellationToken) switch
        {
            PublishOutcome.NotFound => new StepOutcome.Fail($"There is no translation {payload.Translation} to publish."),
            PublishOutcome.Published => StepOutcome.Finished(PipelineRoutes.LabelsJob(id)),
            _ => StepOutcome.Finished(),
        };
    }
}
