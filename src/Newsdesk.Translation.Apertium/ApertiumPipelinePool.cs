using System.Collections.Concurrent;
using System.ComponentModel;

namespace Newsdesk.Translation.Apertium;

/// <summary>Why the resident pipelines cannot serve a request; the engine reports it as the engine's failure.</summary>
internal sealed class ApertiumPipelineException(string message, bool permanent) : Exception(message)
{
    public bool Permanent { get; } = permanent;
}

/// <summary>
/// Resident Apertium pipelines per mode, at most <see cref="ApertiumOptions.Pipelines"/> of each, shared by every
/// caller of the engine, each taking up to <see cref="ApertiumOptions.RequestsPerPipeline"/> requests at once (its programs
/// work on several, one after another, as on a stream); a second pipeline starts only when the first is that full.
/// Beyond that a request waits (back-pressure) instead of starting another process.
/// Each request is deformatted and reformatted as the `apertium` command does: by Apertium's own format programs
/// (`apertium-deshtml`/`-rehtml`, cheap to start), or in process for the engine's packed plain text
/// (<see cref="ApertiumTextFormat"/>, held byte for byte to `apertium-destxt`/`-retxt`). A pipeline that dies, hangs past the
/// time limit or falls out of step is killed and replaced, and the request is sent once more to a fresh one; a
/// request that fails twice fails. Requests are pure functions of their text, so a repeat cannot double anything.
/// </summary>
internal sealed class ApertiumPipelinePool : IDisposable
{
    private readonly ApertiumOptions _options;
    private readonly ConcurrentDictionary<string, ModePipelines> _modes = new(StringComparer.Ordinal);
    private int _started;
    private int _replaced;
    private bool _disposed;

    public ApertiumPipelinePool(ApertiumOptions options)
    {
        _options = options;
    }

    /// <summary>Pipelines started since the pool was made.</summary>
    public int Started => Volatile.Read(ref _started);

    /// <summary>Pipelines killed and replaced after dying, hanging or falling out of step.</summary>
    public int Replaced => Volatile.Read(ref _replaced);

    /// <summary>The process ids of the running pipelines' shells (for supervision and tests).</summary>
    public IReadOnlyList<int> RunningProcessIds() =>
        _modes.Values.SelectMany(m => m.All()).Where(p => p.IsUsable).Select(p => p.ProcessId).ToList();

    /// <summary>Translates one document of <paramref name="format"/> ("html" or "txt") with the resident pipelines of <paramref name="mode"/>.</summary>
    /// <exception cref="ApertiumPipelineException">The request could not be translated; the message says why.</exception>
    public async Task<string> TranslateAsync(string mode, string format, string text, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var pipelines = _modes.GetOrAdd(mode, m => new ModePipelines(m, Math.Max(1, _options.Pipelines) * RequestsPerPipeline));
        // Plain text of the engine's own packed shape is formatted in process (no program start per article).
        var inProcess = format == "txt" ? ApertiumTextFormat.Deformat(text) : null;
        var stream = inProcess ?? await FilterAsync("apertium-des" + format, text, cancellationToken);
        string translated;
        await pipelines.Slots.WaitAsync(cancellationToken);
        try
        {
            translated = await TranslateOnPipelineAsync(pipelines, stream, cancellationToken);
        }
        finally
        {
            pipelines.Slots.Release();
        }
        return inProcess is not null ? ApertiumTextFormat.Reformat(translated) : await FilterAsync("apertium-re" + format, translated, cancellationToken);
    }

    private int RequestsPerPipeline => Math.Max(1, _options.RequestsPerPipeline);

    private async Task<string> TranslateOnPipelineAsync(ModePipelines pipelines, string stream, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            // A second attempt gets a pipeline of its own: whatever broke the first (perhaps another request in the same
            // pipeline) must not break it again.
            var pipeline = await ChooseAsync(pipelines, exclusive: attempt > 0, cancellationToken);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(_options.Timeout);
            try
            {
                return await pipeline.TranslateAsync(stream, limit.Token);
            }
            catch (Exception ex) when (ex is IOException || ex is OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                var reason = ex is OperationCanceledException
                    ? $"did not answer within {_options.Timeout.TotalSeconds:0} s"
                    : ex.Message;
                Retire(pipelines, pipeline);
                if (attempt > 0)
                {
                    throw new ApertiumPipelineException($"The apertium {pipelines.Mode} pipeline failed twice on one article: {reason}", permanent: false);
                }
            }
            finally
            {
                if (attempt > 0)
                {
                    pipeline.Exclusive = false;
                    if (pipelines.Usable().Count() > Math.Max(1, _options.Pipelines))
                    {
                        Retire(pipelines, pipeline, replaced: false); // one more than allowed, started for the retry
                    }
                }
            }
        }
    }

    /// <summary>Stops a pipeline that failed (once, however many requests it failed) and forgets it.</summary>
    private void Retire(ModePipelines pipelines, ApertiumPipeline pipeline, bool replaced = true)
    {
        if (pipelines.Forget(pipeline))
        {
            pipeline.Dispose();
            if (replaced)
            {
                Interlocked.Increment(ref _replaced);
            }
        }
    }

    /// <summary>
    /// The running pipeline with the fewest requests in it; a new one only when each has as many as it may take
    /// (<see cref="ApertiumOptions.RequestsPerPipeline"/>) and fewer than <see cref="ApertiumOptions.Pipelines"/> run, or
    /// for a retry, which gets a fresh pipeline to itself.
    /// </summary>
    private async Task<ApertiumPipeline> ChooseAsync(ModePipelines pipelines, bool exclusive, CancellationToken cancellationToken)
    {
        var script = await pipelines.ScriptAsync(this, cancellationToken);
        lock (pipelines)
        {
            foreach (var dead in pipelines.All().Where(p => !p.IsUsable).ToList())
            {
                // Died while idle (killed from outside, out of memory): replace it.
                Retire(pipelines, dead);
            }
            if (!exclusive)
            {
                var running = pipelines.Usable().Where(p => !p.Exclusive).ToList();
                var best = running.MinBy(p => p.InFlight);
                if (best is not null && (best.InFlight < RequestsPerPipeline || pipelines.Usable().Count() >= Math.Max(1, _options.Pipelines)))
                {
                    return best;
                }
            }
            ApertiumPipeline started;
            try
            {
                started = ApertiumPipeline.Start(pipelines.Mode, script, "-g");
            }
            catch (Win32Exception ex)
            {
                throw new ApertiumPipelineException($"The apertium {pipelines.Mode} pipeline cannot be started (/bin/bash: {ex.Message}).", permanent: true);
            }
            started.Exclusive = exclusive;
            Interlocked.Increment(ref _started);
            pipelines.Track(started);
            return started;
        }
    }

    /// <summary>The null-flush script of a mode, as `apertium-wblank-mode -z` writes it for the `apertium` command.</summary>
    private async Task<string> WriteScriptAsync(string mode, CancellationToken cancellationToken)
    {
        var file = ModeFile(mode) ?? throw new ApertiumPipelineException(
            $"The mode file of apertium {mode} was not found (looked in {string.Join(", ", ModeDirectories())}).", permanent: true);
        var run = await ApertiumProcess.RunAsync("apertium-wblank-mode", ["-z", file], "", _options.Timeout, cancellationToken);
        if (!run.Started || run.ExitCode != 0 || run.Output.Trim().Length == 0)
        {
            throw new ApertiumPipelineException(
                $"apertium-wblank-mode -z {file} failed ({(run.Started ? $"exit code {run.ExitCode}" : "cannot be started")}): {run.Error.Trim()}", permanent: true);
        }
        return run.Output.Trim();
    }

    private IReadOnlyList<string> ModeDirectories() => ApertiumModes.Directories(_options.DataDirectory);

    private string? ModeFile(string mode) =>
        ModeDirectories().Select(d => Path.Combine(d, mode + ".mode")).FirstOrDefault(File.Exists);

    private async Task<string> FilterAsync(string program, string text, CancellationToken cancellationToken)
    {
        var run = await ApertiumProcess.RunAsync(program, [], text, _options.Timeout, cancellationToken);
        if (!run.Started)
        {
            throw new ApertiumPipelineException($"The Apertium format program {program} cannot be started ({run.Error}); install the apertium package.", permanent: true);
        }
        if (run.TimedOut || run.ExitCode != 0)
        {
            throw new ApertiumPipelineException(
                $"{program} {(run.TimedOut ? $"did not finish within {_options.Timeout.TotalSeconds:0} s" : $"exited with code {run.ExitCode}")}: {run.Error.Trim()}",
                permanent: false);
        }
        return run.Output;
    }

    public void Dispose()
    {
        _disposed = true;
        foreach (var pipelines in _modes.Values)
        {
            foreach (var pipeline in pipelines.All())
            {
                pipeline.Dispose();
            }
        }
        _modes.Clear();
    }

    /// <summary>The pipelines of one mode: a slot per request allowed in all of them, and every one started (to choose from and to stop).</summary>
    private sealed class ModePipelines(string mode, int size)
    {
        private readonly ConcurrentDictionary<ApertiumPipeline, byte> _all = new();
        private readonly SemaphoreSlim _scriptLock = new(1, 1);
        private string? _script;

        public string Mode { get; } = mode;
        public SemaphoreSlim Slots { get; } = new(size, size);

        public IEnumerable<ApertiumPipeline> All() => _all.Keys;
        public IEnumerable<ApertiumPipeline> Usable() => _all.Keys.Where(p => p.IsUsable);
        public void Track(ApertiumPipeline pipeline) => _all[pipeline] = 0;
        public bool Forget(ApertiumPipeline pipeline) => _all.TryRemove(pipeline, out _);

        public async Task<string> ScriptAsync(ApertiumPipelinePool pool, CancellationToken cancellationToken)
        {
            if (_script is { } cached)
            {
                return cached;
            }
            await _scriptLock.WaitAsync(cancellationToken);
            try
            {
                return _script ??= await pool.WriteScriptAsync(Mode, cancellationToken);
            }
            finally
            {
                _scriptLock.Release();
            }
        }
    }
}
