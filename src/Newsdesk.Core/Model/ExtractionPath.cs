namespace Newsdesk.Model;

/// <summary>Which way the extractor found the body text, recorded with the article.</summary>
public enum ExtractionPath
{
    /// <summary>The main rules: clean the page, score containers, collect and filter blocks.</summary>
    Rules,
    /// <summary>The page's own JSON-LD <c>articleBody</c>, richer than what the rules found.</summary>
    StructuredData,
    /// <summary>Fallback: readability-style scoring of the page with only code, navigation and forms removed.</summary>
    Scoring,
    /// <summary>Fallback: the single container holding the most paragraph prose.</summary>
    LargestProse,
    /// <summary>No body text was found by any path.</summary>
    None,
}

/// <summary>Maps extraction paths to and from their short names.</summary>
public static class ExtractionPathNames
{
    public static string ToName(this ExtractionPath path) => path switch
    {
        ExtractionPath.Rules => "rules",
        ExtractionPath.StructuredData => "structured_data",
        ExtractionPath.Scoring => "scoring",
        ExtractionPath.LargestProse => "largest_prose",
        ExtractionPath.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(path), path, null),
    };

    public static ExtractionPath FromName(string? name) => name switch
    {
        null or "rules" => ExtractionPath.Rules,
        "structured_data" => ExtractionPath.StructuredData,
        "scoring" => ExtractionPath.Scoring,
        "largest_prose" => ExtractionPath.LargestProse,
        "none" => ExtractionPath.None,
        _ => throw new FormatException($"Unknown extraction path '{name}'."),
    };
}
