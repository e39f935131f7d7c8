using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Newsdesk.Model;

namespace Newsdesk.Storage.Relational;

// Rows mirror the tables column for column (Dapper maps snake_case to these names);
// every integer column is BIGINT in both dialects, so every number here is a long.

internal sealed class SourceRow
{
    public long Id { get; set; }
    public string Url { get; set; } = "";
    public string Kind { get; set; } = "auto";
    public string? Name { get; set; }
    public string? Language { get; set; }
    public string Licence { get; set; } = "excerpt";
    public long Noindex { get; set; }
    public long PollIntervalS { get; set; }
    public long Paused { get; set; }
    public long CreatedAt { get; set; }
    public string? Etag { get; set; }
    public string? LastModified { get; set; }
    public long? LastFetchAt { get; set; }
    public long NextFetchAt { get; set; }
    public string? LastStatus { get; set; }
    public string? LastError { get; set; }
    public long ConsecutiveErrors { get; set; }
    public long ItemCount { get; set; }

    public Source ToModel() => new()
    {
        Id = new SourceId(Id),
        Url = Url,
        Kind = Codes.ParseKind(Kind),
        Name = Name,
        Language = LanguageTag.TryParse(Language, out var tag) ? tag : null,
        Licence = Codes.ParseLicence(Licence),
        NoIndex = Noindex != 0,
        PollInterval = TimeSpan.FromSeconds(PollIntervalS),
        Paused = Paused != 0,
        CreatedAt = Time.FromMs(CreatedAt),
        Fetch = new SourceFetchState
        {
            ETag = Etag,
            LastModified = LastModified,
            LastFetchAt = LastFetchAt is { } at ? Time.FromMs(at) : null,
            NextFetchAt = Time.FromMs(NextFetchAt),
            LastStatus = LastStatus,
            LastError = LastError,
            ConsecutiveErrors = (int)ConsecutiveErrors,
            ItemCount = (int)ItemCount,
        },
    };
}

internal sealed class ArticleRow
{
    public long Id { get; set; }
    public string CanonicalUrl { get; set; } = "";
    public string Url { get; set; } = "";
    public long? SourceId { get; set; }
    public long Revision { get; set; }
    public string ContentHash { get; set; } = "";
    public long Simhash { get; set; }
    public long? ClusterId { get; set; }
    public string Title { get; set; } = "";
    public string? Lead { get; set; }
    public string? Byline { get; set; }
    public string? Published { get; set; }
    public string? Modified { get; set; }
    public string? Lang { get; set; }
    public string? Section { get; set; }
    public string Tags { get; set; } = "[]";
    public string? Image { get; set; }
    public string? SiteName { get; set; }
    public long IsLiveBlog { get; set; }
    public long IsPaywalled { get; set; }
    public string Blocks { get; set; } = "[]";
    public string? ExtractionPath { get; set; }
    public long CreatedAt { get; set; }
    public long UpdatedAt { get; set; }

    public StoredArticle ToModel() => new()
    {
        Id = new ArticleId(Id),
        CanonicalUrl = CanonicalUrl,
        Url = Url,
        SourceId = SourceId is { } s ? new SourceId(s) : null,
        Revision = (int)Revision,
        ContentHash = ContentHash,
        SimHash = Simhash,
        ClusterId = new ArticleId(ClusterId ?? Id),
        CreatedAt = Time.FromMs(CreatedAt),
        UpdatedAt = Time.FromMs(UpdatedAt),
        Content = new ExtractedArticle
        {
            Title = Title,
            Lead = Lead,
            Byline = Byline,
            Published = Time.ParseIso(Published),
            Modified = Time.ParseIso(Modified),
            CanonicalUrl = CanonicalUrl,
            Language = LanguageTag.TryParse(Lang, out var tag) ? tag : null,
            Section = Section,
            Tags = JsonSerializer.Deserialize(Tags, StoreJson.Default.StringArray) ?? [],
            MainImage = Image,
            SiteName = SiteName,
            IsLiveBlog = IsLiveBlog != 0,
            IsPaywalled = IsPaywalled != 0,
            Blocks = StoreJson.ReadBlocks(Blocks),
            Path = ExtractionPathNames.FromName(ExtractionPath),
        },
    };
}

internal sealed class JobRow
{
    public long Id { get; set; }
    public string Kind { get; set; } = "";
    public string Payload { get; set; } = "";
    public long Attempts { get; set; }
    public long MaxAttempts { get; set; }
    public string? LeaseOwner { get; set; }
    public long? LeaseExpires { get; set; }
    public string? DedupeKey { get; set; }
    public string? LastError { get; set; }
    public long UpdatedAt { get; set; }

    public Job ToModel() => new(new JobId(Id), Kind, Payload, (int)Attempts, (int)MaxAttempts, LeaseOwner ?? "",
        Time.FromMs(LeaseExpires ?? 0), DedupeKey);
}

internal sealed class PageRow
{
    public long Id { get; set; }
    public string Url { get; set; } = "";
    public string FinalUrl { get; set; } = "";
    public long? SourceId { get; set; }
    public long FetchedAt { get; set; }
    public long StatusCode { get; set; }
    public string? ContentType { get; set; }
    public string? Charset { get; set; }
    public string? FeedTitle { get; set; }
    public byte[] Body { get; set; } = [];
}

internal static class Time
{
    public static long Ms(DateTimeOffset t) => t.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    public static string? Iso(DateTimeOffset? t) => t?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    public static DateTimeOffset? ParseIso(string? s) =>
        DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
}

internal static class Codes
{
    public static string Kind(SourceKind kind) => kind switch
    {
        SourceKind.Auto => "auto",
        SourceKind.Rss => "rss",
        SourceKind.Atom => "atom",
        SourceKind.JsonFeed => "jsonfeed",
        SourceKind.Sitemap => "sitemap",
        SourceKind.Page => "page",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static SourceKind ParseKind(string code) => code switch
    {
        "rss" => SourceKind.Rss,
        "atom" => SourceKind.Atom,
        "jsonfeed" => SourceKind.JsonFeed,
        "sitemap" => SourceKind.Sitemap,
        "page" => SourceKind.Page,
        _ => SourceKind.Auto,
    };

    public static string Licence(Licence licence) => licence switch
    {
        Model.Licence.Full => "full",
        Model.Licence.LinkOnly => "link",
        _ => "excerpt",
    };

    public static string Status(TranslationStatus status) => status switch
    {
        TranslationStatus.Translated => "translated",
        TranslationStatus.Published => "published",
        TranslationStatus.Held => "held",
        TranslationStatus.Rejected => "rejected",
        TranslationStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static TranslationStatus ParseStatus(string code) => code switch
    {
        "published" => TranslationStatus.Published,
        "held" => TranslationStatus.Held,
        "rejected" => TranslationStatus.Rejected,
        "failed" => TranslationStatus.Failed,
        _ => TranslationStatus.Translated,
    };

    public static Licence ParseLicence(string code) => code switch
    {
        "full" => Model.Licence.Full,
        "link" => Model.Licence.LinkOnly,
        _ => Model.Licence.ExcerptAndLink,
    };
}

/// <summary>How blocks are kept in a text column: [{"type":"p","text":"…","html":"…","image":"…"}].</summary>
internal sealed record BlockJson(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("html")] string? Html,
    [property: JsonPropertyName("image")] string? Image,
    [property: JsonPropertyName("lang")] string? Lang = null);

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<BlockJson>))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(List<MemorySegment>))]
internal sealed partial class StoreJson : JsonSerializerContext
{
    public static string WriteBlocks(IEnumerable<ArticleBlock> blocks) =>
        JsonSerializer.Serialize(blocks.Select(b => new BlockJson(b.Type.ToContractName(), b.Text, b.Html, b.ImageUrl, b.Language?.Value)).ToList(),
            Default.ListBlockJson);

    public static IReadOnlyList<ArticleBlock> ReadBlocks(string json) =>
        (JsonSerializer.Deserialize(json, Default.ListBlockJson) ?? [])
            .Select(b => new ArticleBlock(BlockTypeNames.FromContractName(b.Type), b.Text, b.Html, b.Image,
                LanguageTag.TryParse(b.Lang, out var lang) ? lang : null)).ToList();
}

internal sealed class TranslationRow
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public string Lang { get; set; } = "";
    public string SourceLang { get; set; } = "";
    public long ArticleRevision { get; set; }
    public string Engine { get; set; } = "";
    public string Status { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Lead { get; set; }
    public string Blocks { get; set; } = "[]";
    public string? Verdict { get; set; }
    public string Findings { get; set; } = "[]";
    public string Fixes { get; set; } = "[]";
    public long CostChars { get; set; }
    public long CostTokens { get; set; }
    public long MemoryHits { get; set; }
    public long EngineCalls { get; set; }
    public string? Error { get; set; }
    public string? ReviewedBy { get; set; }
    public long CreatedAt { get; set; }
    public long UpdatedAt { get; set; }
    public long? PublishedAt { get; set; }
    public string UnknownWords { get; set; } = "[]";

    public StoredTranslation ToModel() => new()
    {
        Id = new TranslationId(Id),
        ArticleId = new ArticleId(ArticleId),
        ArticleRevision = (int)ArticleRevision,
        SourceLanguage = LanguageTag.Parse(SourceLang),
        Language = LanguageTag.Parse(Lang),
        Engine = Engine,
        Status = Codes.ParseStatus(Status),
        Content = new ExtractedArticle
        {
            Title = Title,
            Lead = Lead,
            Blocks = StoreJson.ReadBlocks(Blocks),
            Language = LanguageTag.Parse(Lang),
        },
        Verdict = Verdict,
        FindingsJson = Findings,
        FixesJson = Fixes,
        CostCharacters = CostChars,
        CostTokens = CostTokens,
        MemoryHits = (int)MemoryHits,
        EngineCalls = (int)EngineCalls,
        Error = Error,
        ReviewedBy = ReviewedBy,
        CreatedAt = Time.FromMs(CreatedAt),
        UpdatedAt = Time.FromMs(UpdatedAt),
        PublishedAt = PublishedAt is { } p ? Time.FromMs(p) : null,
        UnknownWords = JsonSerializer.Deserialize(UnknownWords, StoreJson.Default.StringArray) ?? [],
    };
}

internal sealed class GlossaryRow
{
    public string SourceLang { get; set; } = "";
    public string TargetLang { get; set; } = "";
    public string Term { get; set; } = "";
    public string? Rendering { get; set; }
    public string Avoid { get; set; } = "[]";
    public string? Note { get; set; }

    public GlossaryEntry ToModel() => new(LanguageTag.Parse(SourceLang), LanguageTag.Parse(TargetLang), Term, Rendering,
        JsonSerializer.Deserialize(Avoid, StoreJson.Default.StringArray) is { Length: > 0 } a ? a : null, Note);
}
