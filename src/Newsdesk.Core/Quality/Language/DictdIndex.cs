using System.IO.Compression;
using System.Text;

namespace Newsdesk.Quality.Language;

/// <summary>One entry of a dictd dictionary: its lower-case headword, where its text starts, and the text.</summary>
internal readonly record struct DictdEntry(string Headword, long Offset, string Text);

/// <summary>Reads dictd dictionaries (FreeDict): the index of headwords, offsets and lengths (base 64), and the gzipped text.</summary>
internal static class DictdIndex
{
    /// <summary>Every entry in index order; throws InvalidDataException naming the file and line when the index is malformed.</summary>
    public static IEnumerable<DictdEntry> Read(string indexPath, string dictPath)
    {
        byte[] data;
        using (var file = File.OpenRead(dictPath))
        using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        using (var memory = new MemoryStream())
        {
            gzip.CopyTo(memory);
            data = memory.ToArray();
        }
        var lineNumber = 0;
        foreach (var line in File.ReadLines(indexPath, Encoding.UTF8))
        {
            lineNumber++;
            var fields = line.Split('\t');
            if (fields.Length != 3 || !TryNumber(fields[1], out var offset) || !TryNumber(fields[2], out var length)
                || offset + length > data.Length)
            {
                throw new InvalidDataException($"{indexPath}:{lineNumber}: not a dictd index line (headword, offset, length)");
            }
            yield return new DictdEntry(fields[0].ToLowerInvariant(), offset, Encoding.UTF8.GetString(data, (int)offset, (int)length));
        }
    }

    public static bool TryNumber(string s, out long value)
    {
        value = 0;
        if (s.Length is 0 or > 10)
        {
            return false;
        }
        foreach (var c in s)
        {
            var digit = c switch
            {
                >= 'A' and <= 'Z' => c - 'A',
                >= 'a' and <= 'z' => c - 'a' + 26,
                >= '0' and <= '9' => c - '0' + 52,
                '+' => 62,
                '/' => 63,
                _ => -1,
            };
            if (digit < 0)
            {
                return false;
            }
            value = (value * 64) + digit;
        }
        return true;
    }
}
