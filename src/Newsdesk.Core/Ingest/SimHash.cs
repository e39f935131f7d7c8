using System.Globalization;
using System.IO.Hashing;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Newsdesk.Ingest;

/// <summary>64-bit SimHash over word shingles: texts that share most of their word sequences get fingerprints a few
/// bits apart, so syndicated copies of one story (other page chrome, whitespace, an edited sentence) can be linked
/// without comparing texts pairwise.</summary>
public static class SimHash
{
    /// <summary>Words per shingle: three keeps word order without making one edited word change too many shingles.</summary>
    public const int DefaultShingleWords = 3;

    /// <summary>Largest Hamming distance still treated as the same story. Measured on the dedupe fixtures (articles of
    /// 300-400 words): a syndicated copy with other page chrome is 6 bits away, a copy with one rewritten sentence 3,
    /// both together 9; a different story on the same topic 31-32, an unrelated one 33-38. Unrelated fingerprints are
    /// 32 ± 4 bits apart, so 12 leaves room for heavier edits with a false-match chance near 3e-7 per pair. Texts under
    /// about 100 words move more per edit: do not link those on SimHash alone.</summary>
    public const int RecommendedMaxDistance = 12;

    /// <summary>The fingerprint of a text; 0 for a text without words.</summary>
    public static ulong Compute(string text, int shingleWords = DefaultShingleWords)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(shingleWords, 1);
        var words = WordHashes(text);
        if (words.Count == 0)
        {
            return 0;
        }
        Span<int> weights = stackalloc int[64];
        var count = Math.Max(1, words.Count - shingleWords + 1);
        for (var i = 0; i < count; i++)
        {
            var h = 0xcbf29ce484222325UL;
            for (var j = i; j < Math.Min(i + shingleWords, words.Count); j++)
            {
                h = Mix(h ^ words[j]);
            }
            for (var bit = 0; bit < 64; bit++)
            {
                weights[bit] += ((h >> bit) & 1) == 1 ? 1 : -1;
            }
        }
        var result = 0UL;
        for (var bit = 0; bit < 64; bit++)
        {
            if (weights[bit] > 0)
            {
                result |= 1UL << bit;
            }
        }
        return result;
    }

    /// <summary>Number of differing bits.</summary>
    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    /// <summary>Number of differing bits between fingerprints stored as signed 64-bit integers (<c>unchecked((long)hash)</c>).</summary>
    public static int Distance(long a, long b) => BitOperations.PopCount(unchecked((ulong)(a ^ b)));

    /// <summary>Whether two fingerprints are close enough to be copies of one story.</summary>
    public static bool AreNearDuplicates(ulong a, ulong b, int maxDistance = RecommendedMaxDistance) =>
        a != 0 && b != 0 && Distance(a, b) <= maxDistance;

    /// <summary>Words are runs of letters and digits, lower-cased; ideographs count one character per word, since
    /// Chinese and Japanese text has no spaces.</summary>
    private static List<ulong> WordHashes(string text)
    {
        var hashes = new List<ulong>(text.Length / 6);
        var buffer = new char[64];
        var length = 0;
        void Flush()
        {
            if (length > 0)
            {
                hashes.Add(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(buffer.AsSpan(0, length))));
                length = 0;
            }
        }
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if (category == UnicodeCategory.OtherLetter && c >= '\u2E80')
            {
                Flush();
                buffer[0] = c;
                length = 1;
                Flush();
            }
            else if (char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }
                buffer[length++] = char.ToLowerInvariant(c);
            }
            else
            {
                Flush();
            }
        }
        Flush();
        return hashes;
    }

    /// <summary>SplitMix64 finaliser: spreads each shingle's bits so every fingerprint bit is an even coin.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
        return z ^ (z >> 31);
    }
}
