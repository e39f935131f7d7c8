using System.Collections.Concurrent;

namespace Newsdesk.Quality.Data;

/// <summary>Reads the gate's embedded data files (lexicons, per-pair lists); each file is read once and cached.</summary>
internal static class QualityData
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> Cache = new(StringComparer.Ordinal);

    /// <summary>The non-blank, non-comment lines of a data file, or an empty list when the file does not exist.</summary>
    public static IReadOnlyList<string> Lines(string fileName) => Cache.GetOrAdd(fileName, static name =>
    {
        using var stream = typeof(QualityData).Assembly.GetManifestResourceStream("Newsdesk.Quality.Data." + name);
        if (stream is null)
        {
            return [];
        }
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                lines.Add(trimmed);
            }
        }
        return lines;
    });

    /// <summary>Tab-separated rows of a data file.</summary>
    public static IEnumerable<string[]> Rows(string fileName) => Lines(fileName).Select(l => l.Split('\t'));
}
