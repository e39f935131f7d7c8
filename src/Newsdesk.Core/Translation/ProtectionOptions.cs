namespace Newsdesk.Translation;

/// <summary>What the pipeline protects besides URLs, e-mail addresses and the glossary's do-not-translate terms.</summary>
public sealed record ProtectionOptions
{
    /// <summary>Numbers, amounts, percentages and dates, re-written in the target locale's format.</summary>
    public bool Numbers { get; init; } = true;

    /// <summary>Names of people and organisations found by capitalisation (multi-word names, CamelCase brands).</summary>
    public bool Names { get; init; } = true;

    /// <summary>Terms never translated in any pair, on top of each pair's glossary.</summary>
    public IReadOnlyList<string> DoNotTranslate { get; init; } = [];
}
