using Newsdesk.Storage;

namespace Newsdesk.Processing;

/// <summary>
/// One kind of job in the pipeline: its name as stored on jobs, its default priority (lower runs first) and the kinds
/// its step may enqueue next. The typed <see cref="JobRoute{TPayload}"/> also reads and writes its payload.
/// All routes are listed once, in <see cref="PipelineRoutes"/>.
/// </summary>
public abstract class JobRoute
{
    private protected JobRoute(string kind, int priority, IReadOnlyList<string> next)
    {
        Kind = kind;
        Priority = priority;
        Next = next;
    }

    public string Kind { get; }

    public int Priority { get; }

    /// <summary>The kinds a job of this kind may enqueue when it finishes.</summary>
    public IReadOnlyList<string> Next { get; }

    public override string ToString() => Kind;
}

/// <summary>A job kind whose payload is a <typeparamref name="TPayload"/>.</summary>
public sealed class JobRoute<TPayload> : JobRoute where TPayload : class
{
    private readonly Func<TPayload, string> _write;
    private readonly Func<string, TPayload?> _read;

    internal JobRoute(string kind, int priority, IReadOnlyList<string> next, Func<TPayload, string> write, Func<string, TPayload?> read)
        : base(kind, priority, next)
    {
        _write = write;
        _read = read;
    }

    /// <summary>A job of this kind; without <paramref name="priority"/>, the route's own.</summary>
    public JobDraft Job(TPayload payload, string? dedupeKey = null, int? priority = null) =>
        new(Kind, _write(payload), dedupeKey, priority ?? Priority);

    /// <summary>Reads a stored payload; one that does not parse is a permanent failure naming the problem.</summary>
    public bool TryRead(string json, out TPayload payload, out string error)
    {
        try
        {
            payload = _read(json) ?? throw new System.Text.Json.JsonException("null payload");
            error = "";
            return true;
        }
        catch (System.Text.Json.JsonException e)
        {
            payload = null!;
            error = $"The job payload is not a valid {typeof(TPayload).Name}: {e.Message}";
            return false;
        }
    }
}
