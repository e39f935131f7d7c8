using System.Text.Json.Serialization;

namespace Newsdesk.Processing;

/// <summary>Input of a source.fetch job: the source, and a child document (sitemap of an index, discovered feed) when not the source URL itself.</summary>
public sealed record FetchSourcePayload(
    [property: JsonPropertyName("source")] long Source,
    [property: JsonPropertyName("url")] string? Url = null);

/// <summary>Input of a page.fetch job.</summary>
public sealed record FetchPagePayload(
    [property: JsonPropertyName("source")] long? Source,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("title")] string? Title = null);

/// <summary>Input of a page.extract job.</summary>
public sealed record ExtractPagePayload([property: JsonPropertyName("page")] long Page);

/// <summary>Input of an article.translate job; Engine forces an engine (an editor's "re-translate with …").</summary>
public sealed record TranslatePayload(
    [property: JsonPropertyName("article")] long Article,
    [property: JsonPropertyName("lang")] string Language,
    [property: JsonPropertyName("engine")] string? Engine = null);

/// <summary>Input of translation.check and translation.publish jobs.</summary>
public sealed record TranslationPayload([property: JsonPropertyName("translation")] long Translation);

/// <summary>Input of a probe job: milliseconds of simulated work, stored as a bare number ("250"); anything else is none.</summary>
public sealed record ProbePayload(int WorkMilliseconds);

[JsonSerializable(typeof(FetchSourcePayload))]
[JsonSerializable(typeof(FetchPagePayload))]
[JsonSerializable(typeof(ExtractPagePayload))]
[JsonSerializable(typeof(TranslatePayload))]
[JsonSerializable(typeof(TranslationPayload))]
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class PipelineJson : JsonSerializerContext;
