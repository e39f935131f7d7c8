using System.Text.Json;
using Newsdesk.Translation;

namespace Newsdesk.Tests.Support;

/// <summary>
/// An article's segments for one pair as the engine sends them (placeholders in place), their correct translation,
/// and the same text in another language (fixtures/openai/NAME.json): what the fake chat server answers with.
/// </summary>
public sealed record ChatFixture(string Pair, string? OtherLanguage, IReadOnlyList<ChatFixture.Segment> Segments)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static ChatFixture Load(string name) =>
        JsonSerializer.Deserialize<ChatFixture>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "openai", name + ".json")), Json)
        ?? throw new InvalidDataException($"Fixture {name} is empty.");

    public TranslationBatch Batch() => new(LanguagePair.Parse(Pair), Segments.Select(s => s.Source).ToList());

    public IReadOnlyList<string> Targets => Segments.Select(s => s.Target).ToList();

    /// <summary>The fixture segment whose source the engine sent.</summary>
    public Segment For(string source) => Segments.Single(s => s.Source == source);

    public sealed record Segment(string Source, string Target, string? Other);
}
