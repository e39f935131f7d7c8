namespace Newsdesk.Ingest;

/// <summary>The kind of a problem found while parsing a feed; lets callers decide what to surface.</summary>
public enum FeedProblemKind
{
    /// <summary>The body was empty.</summary>
    Empty,
    /// <summary>The XML is not well-formed; items before the error were kept.</summary>
    MalformedXml,
    /// <summary>The document declares entities in a DTD; they are never expanded (entity-expansion attacks).</summary>
    EntitiesRefused,
    /// <summary>The JSON is not well-formed or is not a JSON Feed.</summary>
    MalformedJson,
    /// <summary>An HTML page was served where a feed was expected.</summary>
    NotAFeed,
    /// <summary>The document is neither RSS, Atom, JSON Feed, a sitemap nor HTML.</summary>
    UnknownFormat,
    /// <summary>The declared charset did not match the bytes; another decoding was used.</summary>
    CharsetMismatch,
    /// <summary>The body (or its decompressed form) is larger than the configured cap.</summary>
    TooLarge,
    /// <summary>More items than the configured cap; the rest were ignored.</summary>
    TooManyItems,
    /// <summary>Two items share an id; the later one was dropped.</summary>
    DuplicateId,
    /// <summary>An item has no link; it was not kept.</summary>
    MissingLink,
    /// <summary>An item's link is not an absolute http(s) URL after resolution; it was not kept.</summary>
    InvalidLink,
    /// <summary>A date could not be read; it was kept as null.</summary>
    InvalidDate,
    /// <summary>A date had no time zone; UTC was assumed.</summary>
    DateWithoutZone,
    /// <summary>A language value is not a BCP-47 tag; it was ignored.</summary>
    InvalidLanguage,
    /// <summary>An item could not be read for another reason; it was skipped.</summary>
    InvalidItem,
    /// <summary>A field was longer than its cap (<see cref="Newsdesk.Text.FieldLimits"/>): text was cut, an id hashed, a URL dropped.</summary>
    FieldTooLong,
}
