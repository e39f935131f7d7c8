namespace Newsdesk.Publishing;

/// <summary>Reads the topic data files embedded from Publishing/Data.</summary>
internal static class TopicData
{
    public static IEnumerable<string> Lines(string file)
    {
        using var stream = typeof(TopicData).Assembly.GetManifestResourceStream("Newsdesk.Publishing.Data." + file)
            ?? throw new InvalidOperationException($"The topic data file {file} is not embedded in Newsdesk.Core.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }
        return lines;
    }

    public static HashSet<string> Words(string file) =>
        Lines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').ToHashSet(StringComparer.Ordinal);
}
