namespace Newsdesk.Processing;

/// <summary>
/// The steps of the pipeline by job kind, built once at start-up and never changed while it runs. The order and the
/// successors of each kind are written down once, in <see cref="PipelineRoutes"/>; building a pipeline checks that every
/// route there has exactly one step and that no step runs a kind the route does not know.
/// </summary>
public sealed class Pipeline
{
    private readonly Dictionary<string, IPipelineStep> _steps;

    public Pipeline(IEnumerable<IPipelineStep> steps)
    {
        _steps = new Dictionary<string, IPipelineStep>(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            if (!ReferenceEquals(PipelineRoutes.Find(step.Route.Kind), step.Route))
            {
                throw new InvalidOperationException($"{step.GetType().Name} runs job kind '{step.Route.Kind}', which is not a route of PipelineRoutes.");
            }
            if (!_steps.TryAdd(step.Route.Kind, step))
            {
                throw new InvalidOperationException(
                    $"Two pipeline steps claim job kind '{step.Route.Kind}': {_steps[step.Route.Kind].GetType().Name} and {step.GetType().Name}.");
            }
        }
        var missing = PipelineRoutes.All.Where(r => !_steps.ContainsKey(r.Kind)).Select(r => r.Kind).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"No pipeline step runs job kind(s) {string.Join(", ", missing)}.");
        }
    }

    public IReadOnlyCollection<string> Kinds => _steps.Keys;

    /// <summary>The step for a job kind, or null for a kind this version does not know (the job then fails with a clear error).</summary>
    public IPipelineStep? StepFor(string kind) => _steps.GetValueOrDefault(kind);
}
