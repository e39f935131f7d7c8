using System.Text.Json;

namespace Newsdesk.Ingest;

/// <summary>Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).</summary>
internal static class JsonFeedReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static void Read(ReadOnlyMemory<byte> utf8, FeedParseBuilder b)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException ex)
        {
            b.Error = $"the JSON is malformed at line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}; no entries could be read";
            b.Problem(FeedProblemKind.MalformedJson, b.Error);
            return;
        }
        using (document)
        {
            var root = document.RootElement;
            var version = root.ValueKind == JsonValueKind.Object ? String(root, "version") : null;
            if (version is null || !version.StartsWith("https://jsonfeed.org/version/", StringComparison.OrdinalIgnoreCase))
            {
                b.Error = "the JSON document is not a JSON Feed (no \"version\": \"https://jsonfeed.org/version/1.1\")";
                b.Problem(FeedProblemKind.UnknownFormat, b.Error);
                return;
            }
            b.Kind = FeedKind.JsonFeed;
            b.Title = FeedParseBuilder.CleanText(String(root, "title"));
            b.SiteUrl = FeedParseBuilder.TryResolve(String(root, "home_page_url"), b.SourceUrl);
            b.Language = b.ReadLanguage(String(root, "language"));
            if (!root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                b.Problem(FeedProblemKind.UnknownFormat, "the JSON Feed has no \"items\" array");
                return;
            }
            var feedAuthor = AuthorOf(root);
            foreach (var item in items.EnumerateArray())
            {
                if (b.IsFull)
                {
                    break;
                }
                var index = b.NextEntryIndex();
                if (item.ValueKind != JsonValueKind.Object)
                {
                    b.Problem(FeedProblemKind.InvalidItem, $"the entry is a JSON {item.ValueKind}, not an object; skipped", index);
                    continue;
                }
                try
                {
                    ReadItem(item, index, feedAuthor, b);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    b.Problem(FeedProblemKind.InvalidItem, $"the entry could not be read: {ex.Message}", index);
                }
            }
        }
    }

    private static void ReadItem(JsonElement item, int index, string? feedAuthor, FeedParseBuilder b)
    {
        var id = item.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? (idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : idElement.GetRawText())
            : null;
        if (string.IsNullOrWhiteSpace(id))
        {
            id = null;
        }
        var rawLink = String(item, "url") ?? String(item, "external_url");
        var link = b.ResolveLink(rawLink, b.SourceUrl, index, id);
        if (link is null)
        {
            return;
        }
        id ??= link.AbsoluteUri;
        var published = FeedDates.Parse(String(item, "date_published"));
        b.AddDate(published, index, id);
        var modified = FeedDates.Parse(String(item, "date_modified"));
        b.AddDate(modified, index, id);
        var tags = new List<string>();
        if (item.TryGetProperty("tags", out var tagArray) && tagArray.ValueKind == JsonValueKind.Array)
        {
            tags.AddRange(tagArray.EnumerateArray()
                .Where(t => t.ValueKind == JsonValueKind.String)
                .Select(t => FeedParseBuilder.CleanText(t.GetString()))
                .OfType<string>()
                .Distinct(StringComparer.Ordinal));
        }
        b.AddItem(new FeedItem
        {
            Id = id,
            Link = link,
            Title = FeedParseBuilder.CleanText(String(item, "title")),
            Summary = FeedParseBuilder.CleanContent(String(item, "summary")),
            ContentHtml = FeedParseBuilder.CleanContent(String(item, "content_html") ?? System.Net.WebUtility.HtmlEncode(String(item, "content_text"))),
            Published = published.Value,
            Updated = modified.Value,
            Author = AuthorOf(item) ?? feedAuthor,
            Language = b.ReadLanguage(String(item, "language"), index, id),
            Categories = tags,
            ImageUrl = FeedParseBuilder.TryResolve(String(item, "image") ?? String(item, "banner_image"), b.SourceUrl),
        }, index);
    }

    /// <summary>1.1 has an "authors" array, 1.0 a single "author" object.</summary>
    private static string? AuthorOf(JsonElement element)
    {
        if (element.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            var names = authors.EnumerateArray()
                .Where(a => a.ValueKind == JsonValueKind.Object)
                .Select(a => FeedParseBuilder.CleanText(String(a, "name")))
                .OfType<string>()
                .ToList();
            if (names.Count > 0)
            {
                return string.Join(", ", names);
            }
        }
        return element.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.Object
            ? FeedParseBuilder.CleanText(String(author, "name"))
            : null;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
