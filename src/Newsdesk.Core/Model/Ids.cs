namespace Newsdesk.Model;

/// <summary>Identifies a followed source.</summary>
public readonly record struct SourceId(long Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Identifies a stored article (all its revisions share it).</summary>
public readonly record struct ArticleId(long Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Identifies a durable job.</summary>
public readonly record struct JobId(long Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Identifies an article translation into one language.</summary>
public readonly record struct TranslationId(long Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Identifies a fetched page (its raw bytes, kept for extraction).</summary>
public readonly record struct PageId(long Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Identifies an article live in one edition of the site.</summary>
public readonly record struct PublicationId(long Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Identifies a topic (a person, place, organisation, section or tag), whatever language names it.</summary>
public readonly record struct TopicId(long Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Identifies an editor account.</summary>
public readonly record struct UserId(long Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
