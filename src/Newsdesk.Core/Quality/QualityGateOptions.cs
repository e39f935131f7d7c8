namespace Newsdesk.Quality;

/// <summary>Thresholds of the verdict and switches of the optional checks; bound from the "Quality" configuration section.</summary>
public sealed record QualityGateOptions
{
    /// <summary>Reject when at least this many critical findings remain.</summary>
    public int RejectAtCritical { get; init; } = 1;

    /// <summary>Reject when at least this many major findings remain (a translation this broken is not worth editing).</summary>
    public int RejectAtMajor { get; init; } = 8;

    /// <summary>Hold for an editor when at least this many major findings remain.</summary>
    public int HoldAtMajor { get; init; } = 1;

    /// <summary>Hold for an editor when at least this many minor findings remain.</summary>
    public int HoldAtMinor { get; init; } = 4;

    /// <summary>Run the Hunspell spelling check (skipped with a notice when Hunspell or the dictionary is missing).</summary>
    public bool Spelling { get; init; } = true;

    /// <summary>Run the fluency check (literal renderings of idioms; minor findings only).</summary>
    public bool Fluency { get; init; } = true;

    /// <summary>Directory holding Hunspell .aff/.dic files.</summary>
    public string HunspellDirectory { get; init; } = "/usr/share/hunspell";

    /// <summary>Directory holding FreeDict dictionaries in dictd format (freedict-fra-deu.index and .dict.dz).</summary>
    public string DictionaryDirectory { get; init; } = "/usr/share/dictd";

    /// <summary>Texts longer than this (UTF-16 code units) are not checked but rejected with one finding.</summary>
    public int MaxTextLength { get; init; } = 2_000_000;

    public static QualityGateOptions Default { get; } = new();
}
