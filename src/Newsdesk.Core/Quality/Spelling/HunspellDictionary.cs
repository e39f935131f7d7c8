using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;

namespace Newsdesk.Quality.Spelling;

/// <summary>One loaded Hunspell dictionary. Calls into Hunspell are serialised (a handle is not thread-safe); answers are cached.</summary>
public sealed class HunspellDictionary : IDisposable
{
    private const int MaxCacheEntries = 200_000;

    private readonly Lock _lock = new();
    private readonly ConcurrentDictionary<string, bool> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]> _stems = new(StringComparer.Ordinal);
    private readonly Encoding _encoding;
    private IntPtr _handle;

    private HunspellDictionary(IntPtr handle, string name)
    {
        _handle = handle;
        Name = name;
        var encodingName = Marshal.PtrToStringAnsi(HunspellNative.GetDicEncoding(handle)) ?? "UTF-8";
        Encoding? encoding = null;
        try
        {
            encoding = Encoding.GetEncoding(encodingName);
        }
        catch (ArgumentException)
        {
        }
        _encoding = encoding ?? Encoding.UTF8;
    }

    /// <summary>The dictionary's file name without extension ("de_DE").</summary>
    public string Name { get; }

    /// <summary>Opens a dictionary; throws DllNotFoundException when the library is missing and FileNotFoundException when the files are.</summary>
    public static HunspellDictionary Open(string affPath, string dicPath)
    {
        if (!File.Exists(affPath) || !File.Exists(dicPath))
        {
            throw new FileNotFoundException($"Hunspell dictionary not found: {dicPath}", dicPath);
        }
        var handle = HunspellNative.Create(Utf8Z(affPath), Utf8Z(dicPath));
        if (handle == IntPtr.Zero)
        {
            throw new InvalidOperationException($"Hunspell could not load {dicPath}.");
        }
        return new HunspellDictionary(handle, Path.GetFileNameWithoutExtension(dicPath));
    }

    /// <summary>Whether the dictionary knows the word (in any of the forms its affix rules allow).</summary>
    public bool IsCorrect(string word)
    {
        if (_cache.TryGetValue(word, out var known))
        {
            return known;
        }
        var bytes = ZeroTerminated(word);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_handle == IntPtr.Zero, this);
            known = HunspellNative.Spell(_handle, bytes) != 0;
        }
        if (_cache.Count >= MaxCacheEntries)
        {
            _cache.Clear();
        }
        _cache[word] = known;
        return known;
    }

    /// <summary>
    /// Whether the dictionary lists the word with a capital of its own: a name ("Pierre" beside "pierre") or, in German, a
    /// noun ("Wandel" beside "wandeln"); "Tempête" and "Zum" are only capitalised forms of lower-case entries.
    /// </summary>
    public bool HasCapitalisedEntry(string word) => Stems(word).Any(stem => stem.Length > 0 && char.IsUpper(stem[0]));

    /// <summary>The dictionary forms a word is an inflection of ("accuse" -> "accuser"), empty for an unknown word.</summary>
    public IReadOnlyList<string> Stems(string word)
    {
        if (_stems.TryGetValue(word, out var cached))
        {
            return cached;
        }
        var bytes = ZeroTerminated(word);
        string[] stems;
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_handle == IntPtr.Zero, this);
            var count = HunspellNative.Stem(_handle, out var list, bytes);
            try
            {
                stems = new string[Math.Max(count, 0)];
                for (var i = 0; i < stems.Length; i++)
                {
                    stems[i] = ReadZeroTerminated(Marshal.ReadIntPtr(list, i * IntPtr.Size));
                }
            }
            finally
            {
                if (list != IntPtr.Zero)
                {
                    HunspellNative.FreeList(_handle, ref list, count);
                }
            }
        }
        if (_stems.Count >= MaxCacheEntries)
        {
            _stems.Clear();
        }
        _stems[word] = stems;
        return stems;
    }

    private byte[] ZeroTerminated(string word)
    {
        var bytes = new byte[_encoding.GetMaxByteCount(word.Length) + 1];
        var n = _encoding.GetBytes(word, bytes);
        bytes[n] = 0;
        return bytes;
    }

    private string ReadZeroTerminated(IntPtr p)
    {
        var length = 0;
        while (Marshal.ReadByte(p, length) != 0)
        {
            length++;
        }
        var bytes = new byte[length];
        Marshal.Copy(p, bytes, 0, length);
        return _encoding.GetString(bytes);
    }

    /// <summary>
    /// Whether the dictionary knows a lower-case word as written or capitalised: a sentence start, a German noun or a
    /// nominalised form is listed capitalised.
    /// </summary>
    public bool Knows(string word) =>
        IsCorrect(word) || word.Length > 0 && char.IsLower(word[0]) && IsCorrect(string.Concat(char.ToUpperInvariant(word[0]).ToString(), word.AsSpan(1)));

    private static byte[] Utf8Z(string s)
    {
        var bytes = Encoding.UTF8.GetBytes(s);
        Array.Resize(ref bytes, bytes.Length + 1);
        return bytes;
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (_handle != IntPtr.Zero)
            {
                HunspellNative.Destroy(_handle);
                _handle = IntPtr.Zero;
            }
        }
    }
}
