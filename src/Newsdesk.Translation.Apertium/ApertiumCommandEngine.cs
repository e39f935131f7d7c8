namespace Newsdesk.Translation.Apertium;

/// <summary>
/// Apertium installed on this machine: each pair's pipeline kept running and fed article after article
/// (<see cref="ApertiumPipelinePool"/>), or, with <see cref="ApertiumOptions.Resident"/> off, the `apertium` command
/// started once per article. Both translate the same text the same way (the command's output, unknown words marked).
/// </summary>
public sealed class ApertiumCommandEngine : ITranslationEngine, IDisposable
{
    private readonly ApertiumOptions _options;
    private readonly ApertiumPipelinePool? _pool;
    private readonly SemaphoreSlim _pairsLock = new(1, 1);
    private Dictionary<LanguagePair, string>? _modes;

    public ApertiumCommandEngine(ApertiumOptions options)
    {
        _options = options;
        _pool = options.Resident ? new ApertiumPipelinePool(options) : null;
    }

    /// <summary>The resident pipelines, when they are used (for supervision and tests).</summary>
    internal ApertiumPipelinePool? Pool => _pool;

    /// <summary>Resident pipelines started so far (0 when each article starts its own process).</summary>
    public int PipelinesStarted => _pool?.Started ?? 0;

    public string Name => "apertium";

    public EngineCapabilities Capabilities { get; } = new()
    {
        MarksUnknownWords = true,
        SupportsMarkup = true,
        SupportsGlossary = false,
        Placeholders = PlaceholderStyle.Token,
        // One process per article is the point; the cap only keeps a pathological article from one huge pipe.
        MaxSegmentsPerCall = 2000,
        MaxCharactersPerCall = 2_000_000,
    };

    public async Task<IReadOnlyCollection<LanguagePair>> GetPairsAsync(CancellationToken cancellationToken) =>
        (await GetModesAsync(cancellationToken)).Keys.ToList();

    /// <summary>The installed mode that translates <paramref name="pair"/> ("fr-es", "eng-spa"), or null.</summary>
    public async Task<string?> GetModeAsync(LanguagePair pair, CancellationToken cancellationToken) =>
        (await GetModesAsync(cancellationToken)).FirstOrDefault(m => m.Key.Covers(pair)).Value;

    public async Task<EngineResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
    {
        Dictionary<LanguagePair, string> modes;
        try
        {
            modes = await GetModesAsync(cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            return EngineResult.Failed(new EngineFailure(Name, FailureKind.Permanent, ex.Message));
        }
        var mode = modes.FirstOrDefault(m => m.Key.Covers(batch.Pair)).Value;
        if (mode is null)
        {
            return EngineResult.Failed(new EngineFailure(Name, FailureKind.Permanent,
                $"apertium has no installed mode for {batch.Pair}; installed: {string.Join(", ", modes.Values.Order(StringComparer.Ordinal))}."));
        }
        var characters = batch.Segments.Sum(s => InlineHtml.ToText(s).Length);
        var cost = new TranslationCost(characters, 0, 0, 1);
        var plain = ApertiumSegments.IsPlain(batch.Segments);
        var inverted = FrenchInversion.Prepare(batch);
        var prepared = inverted.Select(ApertiumMarks.Hide).ToList();
        for (var attempt = 0; ; attempt++)
        {
            // Without -u: unknown words come back marked, so the desk knows them (ApertiumMarks takes the marks out).
            var arguments = new List<string> { "-f", plain ? "txt" : "html", mode };
            if (_options.DataDirectory is { Length: > 0 } dir)
            {
                arguments.InsertRange(0, ["-d", dir]);
            }
            var input = plain ? ApertiumSegments.PackText(prepared) : ApertiumSegments.Pack(prepared);
            string output;
            if (_pool is not null)
            {
                try
                {
                    output = await _pool.TranslateAsync(mode, plain ? "txt" : "html", input, cancellationToken);
                }
                catch (ApertiumPipelineException ex)
                {
                    return EngineResult.Failed(new EngineFailure(Name, ex.Permanent ? FailureKind.Permanent : FailureKind.Transient, ex.Message), cost);
                }
            }
            else
            {
                var (exitCode, commandOutput, error, failure) = await RunAsync(arguments, input, cancellationToken);
                if (failure is not null)
                {
                    return EngineResult.Failed(failure, cost);
                }
                if (exitCode != 0)
                {
                    var kind = error.Contains("does not exist", StringComparison.OrdinalIgnoreCase) ? FailureKind.Permanent : FailureKind.Transient;
                    return EngineResult.Failed(new EngineFailure(Name, kind, $"apertium {mode} exited with code {exitCode}: {error.Trim()}", error.Trim(),
                        StatusCode: exitCode), cost);
                }
                output = commandOutput;
            }
            var segments = plain ? ApertiumSegments.UnpackText(output, batch.Segments.Count) : ApertiumSegments.Unpack(output, batch.Segments.Count);
            if (segments is not null)
            {
                var unknown = new List<IReadOnlyList<string>>(segments.Count);
                var clean = new List<string>(segments.Count);
                for (var i = 0; i < segments.Count; i++)
                {
                    clean.Add(ApertiumMarks.Strip(segments[i], inverted[i], out var words));
                    unknown.Add(words);
                }
                return EngineResult.Success(clean, cost, unknown);
            }
            if (!plain || attempt > 0)
            {
                return EngineResult.Failed(new EngineFailure(Name, FailureKind.Transient,
                    $"apertium {mode} output lost the segment boundaries; {batch.Segments.Count} segment(s) expected."), cost);
            }
            // Blank lines did not survive: the HTML format's explicit markers always do.
            plain = false;
            cost += new TranslationCost(0, 0, 0, 1);
        }
    }

    private async Task<Dictionary<LanguagePair, string>> GetModesAsync(CancellationToken cancellationToken)
    {
        if (_modes is { } cached)
        {
            return cached;
        }
        await _pairsLock.WaitAsync(cancellationToken);
        try
        {
            if (_modes is null && _options.Command == ApertiumOptions.DefaultCommand && ApertiumModes.ListInstalled(_options.DataDirectory) is { Count: > 0 } installed)
            {
                _modes = ApertiumModes.Index(installed);
            }
            if (_modes is null)
            {
                var arguments = _options.DataDirectory is { Length: > 0 } dir ? new List<string> { "-d", dir, "-l" } : ["-l"];
                var (exitCode, output, error, failure) = await RunAsync(arguments, "", cancellationToken);
                if (failure is not null || exitCode != 0)
                {
                    throw new InvalidOperationException(failure?.Message ?? $"`{_options.Command} -l` failed with code {exitCode}: {error.Trim()}");
                }
                _modes = ApertiumModes.Index(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
            return _modes;
        }
        finally
        {
            _pairsLock.Release();
        }
    }

    private async Task<(int ExitCode, string Output, string Error, EngineFailure? Failure)> RunAsync(
        IReadOnlyList<string> arguments, string input, CancellationToken cancellationToken)
    {
        var run = await ApertiumProcess.RunAsync(_options.Command, arguments, input, _options.Timeout, cancellationToken);
        if (!run.Started)
        {
            return (-1, "", "", new EngineFailure(Name, FailureKind.Permanent,
                $"The apertium command '{_options.Command}' cannot be started ({run.Error}); install the apertium package or set Apertium:Command.", run.Error));
        }
        if (run.TimedOut)
        {
            return (-1, "", "", new EngineFailure(Name, FailureKind.Transient, $"apertium did not finish within {_options.Timeout.TotalSeconds:0} s."));
        }
        return (run.ExitCode, run.Output, run.Error, null);
    }

    public void Dispose() => _pool?.Dispose();
}
