using System.Text;

namespace Newsdesk.Text;

/// <summary>
/// The HTML5 encoding prescan: finds a charset in &lt;meta charset&gt; or &lt;meta http-equiv="content-type"&gt;
/// within the first bytes, skipping comments and other tags, without building a DOM.
/// </summary>
internal static class MetaPrescan
{
    public static string? FindCharset(ReadOnlySpan<byte> head)
    {
        var i = 0;
        while (i < head.Length)
        {
            if (head[i] != (byte)'<')
            {
                i++;
                continue;
            }
            if (StartsWith(head, i, "<!--"u8))
            {
                var end = head[(i + 4)..].IndexOf("-->"u8);
                if (end < 0)
                {
                    return null;
                }
                i += 4 + end + 3;
                continue;
            }
            if (StartsWithIgnoreCase(head, i, "<meta"u8) && i + 5 < head.Length && IsSpaceOrSlash(head[i + 5]))
            {
                i += 5;
                var charset = ReadMeta(head, ref i);
                if (charset is not null)
                {
                    return charset;
                }
                continue;
            }
            if (i + 1 < head.Length && (IsAsciiLetter(head[i + 1]) || (head[i + 1] == '/' && i + 2 < head.Length && IsAsciiLetter(head[i + 2]))))
            {
                // Another tag: skip its attributes so a '>' inside a quoted value does not end it early.
                i += 1;
                while (i < head.Length && !IsSpaceOrSlash(head[i]) && head[i] != '>')
                {
                    i++;
                }
                while (ReadAttribute(head, ref i) is not null)
                {
                }
                continue;
            }
            if (i + 1 < head.Length && head[i + 1] is (byte)'!' or (byte)'/' or (byte)'?')
            {
                var end = head[i..].IndexOf((byte)'>');
                if (end < 0)
                {
                    return null;
                }
                i += end + 1;
                continue;
            }
            i++;
        }
        return null;
    }

    private static string? ReadMeta(ReadOnlySpan<byte> head, ref int i)
    {
        string? charset = null;
        string? content = null;
        var httpEquivContentType = false;
        while (ReadAttribute(head, ref i) is { } attr)
        {
            switch (attr.Name)
            {
                case "http-equiv":
                    httpEquivContentType |= attr.Value.Equals("content-type", StringComparison.OrdinalIgnoreCase);
                    break;
                case "content":
                    content ??= attr.Value;
                    break;
                case "charset":
                    charset ??= attr.Value;
                    break;
                default:
                    break;
            }
        }
        if (!string.IsNullOrWhiteSpace(charset))
        {
            return charset.Trim();
        }
        if (httpEquivContentType && content is not null)
        {
            return CharsetFromContentType(content);
        }
        return null;
    }

    /// <summary>Extracts the charset parameter of a Content-Type value ("text/html; charset=ISO-8859-1").</summary>
    public static string? CharsetFromContentType(string contentType)
    {
        var at = contentType.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var j = at + 7;
            while (j < contentType.Length && char.IsWhiteSpace(contentType[j]))
            {
                j++;
            }
            if (j < contentType.Length && contentType[j] == '=')
            {
                j++;
                while (j < contentType.Length && char.IsWhiteSpace(contentType[j]))
                {
                    j++;
                }
                var quote = j < contentType.Length && contentType[j] is '"' or '\'' ? contentType[j++] : '\0';
                var start = j;
                while (j < contentType.Length && (quote != '\0' ? contentType[j] != quote : !char.IsWhiteSpace(contentType[j]) && contentType[j] != ';'))
                {
                    j++;
                }
                var value = contentType[start..j];
                return value.Length > 0 ? value : null;
            }
            at = contentType.IndexOf("charset", at + 7, StringComparison.OrdinalIgnoreCase);
        }
        return null;
    }

    private readonly record struct Attribute(string Name, string Value);

    /// <summary>One step of the prescan's "get an attribute" algorithm; null at the end of the tag.</summary>
    private static Attribute? ReadAttribute(ReadOnlySpan<byte> s, ref int i)
    {
        while (i < s.Length && (IsSpace(s[i]) || s[i] == '/'))
        {
            i++;
        }
        if (i >= s.Length || s[i] == '>')
        {
            if (i < s.Length)
            {
                i++;
            }
            return null;
        }
        var name = new StringBuilder();
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '=' && name.Length > 0)
            {
                break;
            }
            if (IsSpace(c) || c == '/' || c == '>')
            {
                break;
            }
            name.Append((char)ToLower(c));
            i++;
        }
        while (i < s.Length && IsSpace(s[i]))
        {
            i++;
        }
        if (i >= s.Length || s[i] != '=')
        {
            return new Attribute(name.ToString(), "");
        }
        i++;
        while (i < s.Length && IsSpace(s[i]))
        {
            i++;
        }
        var value = new StringBuilder();
        if (i < s.Length && s[i] is (byte)'"' or (byte)'\'')
        {
            var quote = s[i++];
            while (i < s.Length && s[i] != quote)
            {
                value.Append((char)ToLower(s[i]));
                i++;
            }
            i++;
        }
        else
        {
            while (i < s.Length && !IsSpace(s[i]) && s[i] != '>')
            {
                value.Append((char)ToLower(s[i]));
                i++;
            }
        }
        return new Attribute(name.ToString(), value.ToString());
    }

    private static bool StartsWith(ReadOnlySpan<byte> s, int at, ReadOnlySpan<byte> prefix) =>
        at + prefix.Length <= s.Length && s.Slice(at, prefix.Length).SequenceEqual(prefix);

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> s, int at, ReadOnlySpan<byte> prefix)
    {
        if (at + prefix.Length > s.Length)
        {
            return false;
        }
        for (var k = 0; k < prefix.Length; k++)
        {
            if (ToLower(s[at + k]) != prefix[k])
            {
                return false;
            }
        }
        return true;
    }

    private static byte ToLower(byte c) => c is >= (byte)'A' and <= (byte)'Z' ? (byte)(c + 32) : c;
    private static bool IsAsciiLetter(byte c) => c is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z';
    private static bool IsSpace(byte c) => c is 0x09 or 0x0A or 0x0C or 0x0D or 0x20;
    private static bool IsSpaceOrSlash(byte c) => IsSpace(c) || c == '/';
}
