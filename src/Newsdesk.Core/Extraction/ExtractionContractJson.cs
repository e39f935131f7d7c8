using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Newsdesk.Model;
using Newsdesk.Sanitizing;

namespace Newsdesk.Extraction;

/// <summary>Writes an extracted article as the extractor CLI contract's JSON object (snake_case, UTF-8).</summary>
public static class ExtractionContractJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>The contract object for a page where nothing could be extracted.</summary>
    public static ExtractedArticle Empty { get; } = new() { Kind = PageKind.Stub, KindReason = "nothing could be extracted", Path = ExtractionPath.None };

    public static string ToJson(ExtractedArticle article)
    {
        using var stream = new MemoryStream();
        Write(stream, article);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Stream stream, ExtractedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var json = new Utf8JsonWriter(stream, WriterOptions);
        json.WriteStartObject();
        json.WriteString("title", article.Title);
        json.WriteString("text", article.Text);
        WriteNullable(json, "byline", article.Byline);
        WriteNullable(json, "published", Format(article.Published));
        WriteNullable(json, "lang", article.Language?.Value);
        json.WriteStartArray("blocks");
        foreach (var block in article.Blocks)
        {
            json.WriteStartObject();
            json.WriteString("type", block.Type.ToContractName());
            json.WriteString("text", block.Text);
            if (block.Html is not null)
            {
                json.WriteString("html", block.Html);
            }
            if (block.ImageUrl is not null)
            {
                json.WriteString("image_url", block.ImageUrl);
            }
            if (block.Language is { } language)
            {
                json.WriteString("lang", language.Value);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteNullable(json, "lead", article.Lead);
        WriteNullable(json, "modified", Format(article.Modified));
        WriteNullable(json, "canonical_url", article.CanonicalUrl);
        WriteNullable(json, "section", article.Section);
        json.WriteStartArray("tags");
        foreach (var tag in article.Tags)
        {
            json.WriteStringValue(tag);
        }
        json.WriteEndArray();
        WriteNullable(json, "image", article.MainImage);
        WriteNullable(json, "site_name", article.SiteName);
        json.WriteBoolean("is_live_blog", article.IsLiveBlog);
        json.WriteBoolean("is_paywalled", article.IsPaywalled);
        json.WriteString("body_html", ArticleHtml.Body(article.Blocks));
        json.WriteString("page_kind", article.Kind.ToName());
        WriteNullable(json, "page_kind_reason", article.KindReason);
        json.WriteString("extraction_path", article.Path.ToName());
        json.WriteEndObject();
    }

    /// <summary>ISO-8601 with offset, e.g. 2024-03-01T09:30:00+01:00.</summary>
    public static string? Format(DateTimeOffset? value) =>
        value?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
