using System.Text.Json;
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

[JsonSerializable(typeof(FetchSourcePayload))]
[JsonSerializable(typeof(FetchPagePayload))]
[JsonSerializable(typeof(ExtractPagePayload))]
[JsonSerializable(typeof(TranslatePayload))]
[JsonSerializable(typeof(TranslationPayload))]
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class PipelineJson : JsonSerializerContext;

/// <summary>Reads and writes job payloads; a payload that does not parse is a permanent failure naming the problem.</summary>
public static class Payloads
{
    public static string Write(FetchSourcePayload p) => JsonSerializer.Serialize(p, PipelineJson.Default.FetchSourcePayload);
    public static string Write(FetchPagePayload p) => JsonSerializer.Serialize(p, PipelineJson.Default.FetchPagePayload);
    public static string Write(ExtractPagePayload p) => JsonSerializer.Serialize(p, PipelineJson.Default.ExtractPagePayload);
    public static string Write(TranslatePayload p) => JsonSerializer.Serialize(p, PipelineJson.Default.TranslatePayload);
    public static string Write(TranslationPayload p) => JsonSerializer.Serialize(p, PipelineJson.Default.TranslationPayload);

    public static bool TryRead<T>(string json, out T payload, out string error) where T : class
    {
        try
        {
            var info = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)PipelineJson.Default.GetTypeInfo(typeof(T))!;
            var value = JsonSerializer.Deserialize(json, info);
            if (value is null)
            {
                throw new JsonException("null payload");
            }
            payload = value;
            error = "";
            return true;
        }
        catch (JsonException e)
        {
            payload = null!;
            error = $"The job payload is not a valid {typeof(T).Name}: {e.Message}";
            return false;
        }
    }
}
