namespace Newsdesk.Text;

/// <summary>Counts well-formed multi-byte UTF-8 sequences and ill-formed bytes, to judge declarations.</summary>
internal readonly record struct Utf8Check(int MultiByteSequences, int InvalidSequences)
{
    public bool IsValid => InvalidSequences == 0;

    public static Utf8Check Scan(ReadOnlySpan<byte> bytes)
    {
        int multi = 0, invalid = 0, i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }
            int need;
            int min;
            if (b is >= 0xC2 and <= 0xDF)
            {
                need = 1;
                min = 0x80;
            }
            else if (b is >= 0xE0 and <= 0xEF)
            {
                need = 2;
                min = 0x800;
            }
            else if (b is >= 0xF0 and <= 0xF4)
            {
                need = 3;
                min = 0x10000;
            }
            else
            {
                invalid++;
                i++;
                continue;
            }
            if (i + need >= bytes.Length)
            {
                // A sequence cut off at the very end (a truncated download) is not evidence against UTF-8.
                if (!AllContinuation(bytes[(i + 1)..]))
                {
                    invalid++;
                }
                break;
            }
            var cp = b & (0x3F >> need);
            var ok = true;
            for (var k = 1; k <= need; k++)
            {
                var c = bytes[i + k];
                if ((c & 0xC0) != 0x80)
                {
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (c & 0x3F);
            }
            if (ok && cp >= min && cp <= 0x10FFFF && cp is < 0xD800 or > 0xDFFF)
            {
                multi++;
                i += need + 1;
            }
            else
            {
                invalid++;
                i++;
            }
        }
        return new Utf8Check(multi, invalid);
    }

    private static bool AllContinuation(ReadOnlySpan<byte> rest)
    {
        foreach (var c in rest)
        {
            if ((c & 0xC0) != 0x80)
            {
                return false;
            }
        }
        return true;
    }
}
