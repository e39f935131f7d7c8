using System.Text.Json;
using Newsdesk.Model;
using Newsdesk.Processing;
using Newsdesk.Storage;

namespace Newsdesk.Publishing;

/// <summary>The <c>translation.publish</c> pipeline step. Payload: <c>{"translation": 12}</c>.</summary>
public sealed class PublishStep(IPublisher publisher) : IPipelineStep
{
    public string Kind => JobKinds.Publish;

    public async Task<StepOutcome> RunAsync(Job job, CancellationToken cancellationToken)
    {
        long id;
        try
        {
            using var doc = JsonDocument.Parse(job.Payload);
            id = doc.RootElement.GetProperty("translation").GetInt64();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return new StepOutcome.Fail($"translation.publish payload must be {{\"translation\": id}}; got {job.Payload}");
        }
        return await publisher.PublishTranslationAsync(new TranslationId(id), cancellationToken) == PublishOutcome.NotFound
            ? new StepOutcome.Fail($"There is no translation {id} to publish.")
            : StepOutcome.Finished();
    }
}
