namespace Newsdesk.Translation.Apertium;

/// <summary>Settings of the Apertium engine, bound from the "Apertium" configuration section.</summary>
public sealed class ApertiumOptions
{
    public const string SectionName = "Apertium";

    /// <summary>The apertium command (a name on PATH or a full path).</summary>
    public string Command { get; set; } = DefaultCommand;

    /// <summary>The installed packages' command; with it the desk reads the installed modes itself.</summary>
    public const string DefaultCommand = "apertium";

    /// <summary>Directory of language data (apertium -d); null uses the installed packages.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Base URL of an Apertium APy service (http://127.0.0.1:2737); when set the service is used instead of the command.</summary>
    public Uri? ApyUrl { get; set; }

    /// <summary>
    /// Keep each pair's pipeline running between articles (null-flush mode) instead of starting `apertium` once per
    /// article. On by default; off runs one process per article (slower by the pipeline's start-up, about 0.4 s).
    /// </summary>
    public bool Resident { get; set; } = true;

    /// <summary>Resident pipelines per pair (or, with an APy service, requests in flight to it), shared by every worker; a request waits for a free one.</summary>
    public int Pipelines { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// Requests one resident pipeline takes at once: its programs work on them one after another, as on a stream, so a
    /// single pipeline keeps every core busy; another pipeline starts only when this many are in the first.
    /// </summary>
    public int RequestsPerPipeline { get; set; } = 4;

    /// <summary>Longest an article may take to translate.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);
}
