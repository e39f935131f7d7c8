namespace Newsdesk.Text;

/// <summary>Which evidence decided the character encoding of a page.</summary>
public enum CharsetSource
{
    ByteOrderMark,
    HttpHeader,
    MetaTag,
    Utf8Detected,
    Fallback,
}
