using System.Text;

namespace Newsdesk.Translation.Apertium;

/// <summary>
/// Apertium's plain-text format (`apertium-destxt` / `apertium-retxt`) done in process for the one shape of text the
/// engine sends (<see cref="ApertiumSegments.PackText"/>: trimmed one-line segments, separated by a blank line, ending
/// with a newline), so that a resident pipeline costs no process start per article. The output is byte for byte what
/// the two programs write; a property test holds it to them on random text. Any other shape goes to the programs.
/// </summary>
internal static class ApertiumTextFormat
{
    /// <summary>Characters that are markup in Apertium's stream and are written escaped.</summary>
    private static bool IsEscaped(char c) => c is '[' or ']' or '^' or '$' or '@' or '/' or '\\' or '<' or '>' or '{' or '}';

    /// <summary>Characters that the deformatter moves out of the text into a blank (format) block.</summary>
    private static bool IsBlank(char c) => c is ' ' or '\t' or '\r' or '\v' or '\f' or '~';

    /// <summary>The stream `apertium-destxt` writes for <paramref name="packed"/>, or null when the text is not of the packed shape.</summary>
    public static string? Deformat(string packed)
    {
        if (!packed.EndsWith('\n') || packed.EndsWith("\n\n", StringComparison.Ordinal))
        {
            return null;
        }
        var lines = packed[..^1].Split("\n\n");
        var builder = new StringBuilder(packed.Length + packed.Length / 8 + 16);
        for (var l = 0; l < lines.Length; l++)
        {
            var line = lines[l];
            if (line.Length == 0 || line.Contains('\n', StringComparison.Ordinal) || IsBlank(line[0]) || IsBlank(line[^1]))
            {
                return null;
            }
            for (var i = 0; i < line.Length;)
            {
                var c = line[i];
                if (IsBlank(c))
                {
                    var end = i;
                    while (end < line.Length && IsBlank(line[end]))
                    {
                        end++;
                    }
                    if (end - i == 1 && c == ' ')
                    {
                        builder.Append(' ');
                    }
                    else
                    {
                        builder.Append('[').Append(line, i, end - i).Append(']');
                    }
                    i = end;
                    continue;
                }
                if (IsEscaped(c))
                {
                    builder.Append('\\');
                }
                builder.Append(c);
                i++;
            }
            builder.Append(l == lines.Length - 1 ? ".[][\n]" : ".[][\n\n]");
        }
        return builder.ToString();
    }

    /// <summary>What `apertium-retxt` writes for a translated stream: blocks opened, escapes undone, the inserted ".[]" removed.</summary>
    public static string Reformat(string stream)
    {
        var builder = new StringBuilder(stream.Length);
        for (var i = 0; i < stream.Length; i++)
        {
            var c = stream[i];
            if (c == '\\' && i + 1 < stream.Length)
            {
                builder.Append(stream[++i]);
            }
            else if (c == '.' && string.CompareOrdinal(stream, i, ".[]", 0, 3) == 0)
            {
                i += 2;
            }
            else if (c == '[')
            {
                for (i++; i < stream.Length && stream[i] != ']'; i++)
                {
                    if (stream[i] == '\\' && i + 1 < stream.Length)
                    {
                        i++;
                    }
                    builder.Append(stream[i]);
                }
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
