namespace Newsdesk.Processing;

/// <summary>
/// The whole processing order, written down once:
/// <code>
///   source.fetch   fetch a feed or sitemap, record new items          -> page.fetch per new item
///   page.fetch     fetch the story page politely, keep its bytes       -> page.extract
///   page.extract   extract, sanitise, canonicalise, dedupe, store      -> article.translate per target language
///   article.translate  translate through an engine and the memory     -> translation.check
///   translation.check  run the quality gate, apply safe fixes         -> translation.publish, or hold for an editor
///   translation.publish make the translation live on the site
/// </code>
/// Each step is one class; the pipeline is built once at start-up and never changes while it runs.
/// </summary>
public sealed class Pipeline
{
    private readonly Dictionary<string, IPipelineStep> _steps;

    public Pipeline(IEnumerable<IPipelineStep> steps)
    {
        _steps = new Dictionary<string, IPipelineStep>(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            if (!_steps.TryAdd(step.Kind, step))
            {
                throw new InvalidOperationException($"Two pipeline steps claim job kind '{step.Kind}'.");
            }
        }
    }

    public IReadOnlyCollection<string> Kinds => _steps.Keys;

    /// <summary>The step for a job kind, or null when this process has none (the job then fails with a clear error).</summary>
    public IPipelineStep? StepFor(string kind) => _steps.GetValueOrDefault(kind);
}
