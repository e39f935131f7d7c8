using System.Collections.Frozen;
using System.Reflection;

namespace Newsdesk.Extraction;

/// <summary>
/// The extraction rules kept as data (embedded Lexicon/*.txt): class/id patterns of page regions,
/// boilerplate phrases and stopwords. Loaded once; immutable afterwards.
/// </summary>
internal sealed class Lexicon
{
    private Lexicon()
    {
    }

    public string[] StrongSubstrings { get; private init; } = [];
    public string[] NegativeSubstrings { get; private init; } = [];
    public FrozenSet<string> NegativeWords { get; private init; } = FrozenSet<string>.Empty;
    public FrozenSet<string> NegativeTokens { get; private init; } = FrozenSet<string>.Empty;
    public string[] KeepSubstrings { get; private init; } = [];
    public string[] PositiveSubstrings { get; private init; } = [];
    public string[] BodySubstrings { get; private init; } = [];
    public FrozenSet<string> BoilerplateRoles { get; private init; } = FrozenSet<string>.Empty;
    /// <summary>Boilerplate phrases a short block may start with, lower case, longest first.</summary>
    public string[] StartPhrases { get; private init; } = [];
    public FrozenSet<string> ExactPhrases { get; private init; } = FrozenSet<string>.Empty;
    /// <summary>Headings that open a reader-comment section, lower case, without counts.</summary>
    public FrozenSet<string> CommentHeadings { get; private init; } = FrozenSet<string>.Empty;
    /// <summary>Editorial labels that only name the box they open, lower case, straight apostrophes.</summary>
    public FrozenSet<string> EditorialLabels { get; private init; } = FrozenSet<string>.Empty;
    /// <summary>Language code to its stopword set (either case), for languages without a function-word list in Locales/Data (pl).</summary>
    public FrozenDictionary<string, FrozenSet<string>> Stopwords { get; private init; } = FrozenDictionary<string, FrozenSet<string>>.Empty;

    /// <summary>Words that open the parts of a dateline line (kind: published, updated, by), lower case.</summary>
    public static IReadOnlyList<(string Kind, string Words)> DatelineWords { get; } = ReadLines("dateline-words.txt")
        .Select(l => l.Split(' ', 3, StringSplitOptions.TrimEntries))
        .Where(p => p.Length == 3)
        .Select(p => (p[0], p[2].ToLowerInvariant()))
        .ToArray();

    public static Lexicon Default { get; } = Load();

    private static Lexicon Load()
    {
        var attributes = ReadLines("attribute-patterns.txt")
            .Select(l => l.Split(' ', 2, StringSplitOptions.TrimEntries))
            .Where(p => p.Length == 2)
            .ToLookup(p => p[0], p => p[1].ToLowerInvariant());
        var phrases = ReadLines("boilerplate-phrases.txt")
            .Select(l => l.Split(' ', 3, StringSplitOptions.TrimEntries))
            .Where(p => p.Length == 3)
            .ToLookup(p => p[0], p => p[2].ToLowerInvariant());
        var stopwords = ReadLines("stopwords.txt")
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length > 1)
            .ToDictionary(p => p[0], p => p.Skip(1).ToFrozenSet(StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal);
        return new Lexicon
        {
            StrongSubstrings = [.. attributes["strong-sub"]],
            NegativeSubstrings = [.. attributes["neg-sub"], .. attributes["strong-sub"]],
            NegativeWords = attributes["neg-word"].ToFrozenSet(StringComparer.Ordinal),
            NegativeTokens = attributes["neg-token"].ToFrozenSet(StringComparer.Ordinal),
            KeepSubstrings = [.. attributes["keep-sub"]],
            PositiveSubstrings = [.. attributes["pos-sub"]],
            BodySubstrings = [.. attributes["body-sub"]],
            BoilerplateRoles = attributes["role"].ToFrozenSet(StringComparer.Ordinal),
            StartPhrases = [.. phrases["start"].OrderByDescending(p => p.Length)],
            ExactPhrases = phrases["exact"].ToFrozenSet(StringComparer.Ordinal),
            CommentHeadings = phrases["comments"].ToFrozenSet(StringComparer.Ordinal),
            EditorialLabels = phrases["label"].ToFrozenSet(StringComparer.Ordinal),
            Stopwords = stopwords.ToFrozenDictionary(StringComparer.Ordinal),
        };
    }

    private static IEnumerable<string> ReadLines(string name)
    {
        var assembly = typeof(Lexicon).Assembly;
        using var stream = assembly.GetManifestResourceStream("Newsdesk.Extraction.Lexicon." + name)
            ?? throw new InvalidOperationException($"Embedded extraction lexicon '{name}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }
        return lines;
    }
}
