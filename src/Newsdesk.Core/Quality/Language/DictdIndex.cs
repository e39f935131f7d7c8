namespace Newsdesk.Quality.Language;

/// <summary>The numbers of a dictd index line (offset and length), written in base 64.</summary>
internal static class DictdIndex
{
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
