using System.Text.Json;
using Newsdesk.Model;
using Newsdesk.Translation;

namespace Newsdesk.Tests.Support;

/// <summary>Loads fixture articles (fixtures/translation/NAME.json) and their expectations (NAME.expected.json).</summary>
public static class Fixtures
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "translation", name);

    public static ExtractedArticle Article(string name)
    {
        var file = JsonSerializer.Deserialize<ArticleFile>(File.ReadAllText(PathOf(name + ".json")), Json)
            ?? throw new InvalidDataException($"Fixture {name} is empty.");
        return new ExtractedArticle
        {
            Title = file.Title ?? "",
            Language = LanguageTag.Parse(file.Language),
            Blocks = file.Blocks.Select(b => new ArticleBlock(BlockTypeNames.FromContractName(b.Type), InlineHtml.ToText(b.Html), b.Html)).ToList(),
        };
    }

    public static Expectations Expected(string name) =>
        JsonSerializer.Deserialize<Expectations>(File.ReadAllText(PathOf(name + ".expected.json")), Json)
        ?? throw new InvalidDataException($"Expectations of {name} are empty.");

    public sealed record ArticleFile(string Language, string? Title, List<BlockFile> Blocks);

    public sealed record BlockFile(string Type, string Html);

    /// <summary>Per target locale: substrings the translated text must contain and must not contain.</summary>
    public sealed record Expectations(Dictionary<string, TargetExpectations> Targets);

    public sealed record TargetExpectations(List<string>? Contains, List<string>? NotContains, List<string>? HtmlContains);
}
