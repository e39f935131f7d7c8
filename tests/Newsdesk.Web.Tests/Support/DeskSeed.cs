using System.Text.Json;
using Newsdesk.Model;
using Newsdesk.Publishing;
using Newsdesk.Storage;

namespace Newsdesk.Web.Tests.Support;

/// <summary>
/// Seeds a desk from a fixture file (fixtures/site/*.json): sources, articles, their translations with a status
/// (published, held with findings), then publishes what is published through the real <see cref="IPublisher"/>.
/// </summary>
public sealed class DeskSeed
{
    public Dictionary<string, Source> Sources { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, StoredArticle> Articles { get; } = new(StringComparer.Ordinal);

    /// <summary>Translations by "articleKey/lang".</summary>
    public Dictionary<string, TranslationId> Translations { get; } = new(StringComparer.Ordinal);

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "site", name);

    public static async Task<DeskSeed> LoadAsync(string fixture, INewsStore store, IPublisher publisher, TimeProvider time, CancellationToken cancellationToken)
    {
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(FixturePath(fixture), cancellationToken));
        var seed = new DeskSeed();
        var now = time.GetUtcNow();
        foreach (var s in doc.RootElement.GetProperty("sources").EnumerateArray())
        {
            var source = await store.AddSourceAsync(new SourceDraft(
                s.GetProperty("url").GetString()!,
                SourceKind.Rss,
                s.GetProperty("name").GetString(),
                LanguageTag.Parse(s.GetProperty("language").GetString()!),
                Enum.Parse<Licence>(s.GetProperty("licence").GetString()!),
                s.TryGetProperty("noIndex", out var ni) && ni.GetBoolean()), now, cancellationToken);
            seed.Sources[s.GetProperty("key").GetString()!] = source;
        }
        foreach (var a in doc.RootElement.GetProperty("articles").EnumerateArray())
        {
            var key = a.GetProperty("key").GetString()!;
            var source = seed.Sources[a.GetProperty("source").GetString()!];
            var url = a.GetProperty("url").GetString()!;
            var content = new ExtractedArticle
            {
                Title = a.GetProperty("title").GetString()!,
                Lead = Optional(a, "lead"),
                Byline = Optional(a, "byline"),
                Published = DateTimeOffset.Parse(a.GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                Section = Optional(a, "section"),
                Tags = a.TryGetProperty("tags", out var tags) ? tags.EnumerateArray().Select(t => t.GetString()!).ToList() : [],
                MainImage = Optional(a, "image"),
                Language = source.Language,
                CanonicalUrl = url,
                Blocks = Blocks(a.GetProperty("blocks")),
            };
            ArticleId? clusterOf = a.TryGetProperty("clusterOf", out var c) ? seed.Articles[c.GetString()!].Id : null;
            var saved = await store.SaveArticleAsync(new ArticleDraft(url, url, source.Id, content, "hash-" + key, 0, clusterOf), now, cancellationToken);
            seed.Articles[key] = (await store.GetArticleAsync(saved.Id, cancellationToken))!;
            var published = false;
            foreach (var t in a.TryGetProperty("translations", out var ts) ? ts.EnumerateArray().ToList() : [])
            {
                var lang = LanguageTag.Parse(t.GetProperty("lang").GetString()!);
                var translated = new ExtractedArticle
                {
                    Title = t.GetProperty("title").GetString()!,
                    Lead = Optional(t, "lead"),
                    Blocks = Blocks(t.GetProperty("blocks")),
                    Language = lang,
                };
                var id = await store.SaveTranslationAsync(new TranslationDraft(saved.Id, 1, source.Language!.Value, lang,
                    t.GetProperty("engine").GetString()!, translated), now, cancellationToken);
                seed.Translations[key + "/" + lang] = id;
                var status = t.GetProperty("status").GetString();
                var findings = t.TryGetProperty("findings", out var f) ? f.GetRawText() : "[]";
                await store.RecordCheckAsync(id, new TranslationCheck(status == "held" ? TranslationStatus.Held : TranslationStatus.Published,
                    status == "held" ? "hold" : "publish", findings, "[]", null), now, cancellationToken);
                if (Optional(t, "reviewedBy") is { } editor)
                {
                    await store.ReviewTranslationAsync(id, TranslationStatus.Published, editor, null, now, cancellationToken);
                }
                if (status == "published")
                {
                    await publisher.PublishTranslationAsync(id, cancellationToken);
                    published = true;
                }
            }
            if (!published)
            {
                await publisher.PublishOriginalAsync(saved.Id, cancellationToken);
            }
        }
        return seed;
    }

    private static string? Optional(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>Blocks as ["type", "text", "html or image url"]: a third item starting with http is a caption's image, otherwise inline HTML.</summary>
    private static List<ArticleBlock> Blocks(JsonElement blocks) => blocks.EnumerateArray().Select(b =>
    {
        var type = BlockTypeNames.FromContractName(b[0].GetString()!);
        var text = b[1].GetString()!;
        var third = b.GetArrayLength() > 2 ? b[2].GetString() : null;
        return third is not null && type == BlockType.Caption
            ? new ArticleBlock(type, text, null, third)
            : new ArticleBlock(type, text, third);
    }).ToList();
}
