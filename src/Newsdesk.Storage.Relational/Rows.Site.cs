using Newsdesk.Model;

namespace Newsdesk.Storage.Relational;

internal sealed class PublicationRow
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public string Lang { get; set; } = "";
    public long? TranslationId { get; set; }
    public long? SourceId { get; set; }
    public long ClusterId { get; set; }
    public string Title { get; set; } = "";
    public string? Lead { get; set; }
    public string? Section { get; set; }
    public string Slug { get; set; } = "";
    public long PublishedAt { get; set; }
    public long FirstPublishedAt { get; set; }
    public long UpdatedAt { get; set; }
    public long Noindex { get; set; }

    public Publication ToModel() => new()
    {
        Id = new PublicationId(Id),
        ArticleId = new ArticleId(ArticleId),
        Language = LanguageTag.Parse(Lang),
        TranslationId = TranslationId is { } t ? new TranslationId(t) : null,
        SourceId = SourceId is { } s ? new SourceId(s) : null,
        ClusterId = new ArticleId(ClusterId),
        Title = Title,
        Lead = Lead,
        Section = Section,
        Slug = Slug,
        PublishedAt = Time.FromMs(PublishedAt),
        FirstPublishedAt = Time.FromMs(FirstPublishedAt),
        UpdatedAt = Time.FromMs(UpdatedAt),
        NoIndex = Noindex != 0,
    };
}

/// <summary>A publication row with what search needs besides it.</summary>
internal sealed class SearchRow
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public string Lang { get; set; } = "";
    public long? TranslationId { get; set; }
    public long? SourceId { get; set; }
    public long ClusterId { get; set; }
    public string Title { get; set; } = "";
    public string? Lead { get; set; }
    public string? Section { get; set; }
    public string Slug { get; set; } = "";
    public long PublishedAt { get; set; }
    public long FirstPublishedAt { get; set; }
    public long UpdatedAt { get; set; }
    public long Noindex { get; set; }
    public string SearchText { get; set; } = "";
    public string? TitleMarked { get; set; }
    public string? Snippet { get; set; }
    public double Score { get; set; }

    public Publication ToModel() => new PublicationRow
    {
        Id = Id,
        ArticleId = ArticleId,
        Lang = Lang,
        TranslationId = TranslationId,
        SourceId = SourceId,
        ClusterId = ClusterId,
        Title = Title,
        Lead = Lead,
        Section = Section,
        Slug = Slug,
        PublishedAt = PublishedAt,
        FirstPublishedAt = FirstPublishedAt,
        UpdatedAt = UpdatedAt,
        Noindex = Noindex,
    }.ToModel();
}

internal sealed class TopicLabelRow
{
    public long TopicId { get; set; }
    public string Key { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Lang { get; set; }
    public string? Label { get; set; }
    public string? Slug { get; set; }

    public TopicLabel ToModel() => new(new TopicId(TopicId), Key, Kind, LanguageTag.Parse(Lang!), Label!, Slug!);
}

internal sealed class UserRow
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public string Role { get; set; } = "";
    public long FailedSignIns { get; set; }
    public long CreatedAt { get; set; }
    public long? LastSignInAt { get; set; }
    public string SecurityStamp { get; set; } = "";

    public EditorUser ToModel() => new()
    {
        Id = new UserId(Id),
        Name = Name,
        PasswordHash = PasswordHash,
        Role = Role,
        FailedSignIns = (int)FailedSignIns,
        CreatedAt = Time.FromMs(CreatedAt),
        LastSignInAt = LastSignInAt is { } s ? Time.FromMs(s) : null,
        SecurityStamp = SecurityStamp,
    };
}

internal sealed class AuditRow
{
    public long Id { get; set; }
    public long At { get; set; }
    public string Actor { get; set; } = "";
    public string Action { get; set; } = "";
    public string? Target { get; set; }
    public string? Details { get; set; }

    public AuditEntry ToModel() => new(Time.FromMs(At), Actor, Action, Target, Details) { Id = Id };
}

internal sealed class SiteLabelRow
{
    public string SourceLang { get; set; } = "";
    public string Source { get; set; } = "";
    public string Lang { get; set; } = "";
    public string Label { get; set; } = "";
    public string SetBy { get; set; } = "engine";
    public string? Engine { get; set; }
    public string? Editor { get; set; }
    public long UpdatedAt { get; set; }

    public SiteLabel ToModel() => new(LanguageTag.Parse(SourceLang), Source, LanguageTag.Parse(Lang), Label,
        SetBy == "editor" ? SiteLabelSetter.Editor : SiteLabelSetter.Engine, Engine, Editor, Time.FromMs(UpdatedAt));
}
