using System.Runtime.InteropServices;

namespace Newsdesk.Quality.Spelling;

/// <summary>P/Invoke declarations for the system Hunspell library (Debian package libhunspell-1.7-0).</summary>
/// <remarks>Strings are passed as NUL-terminated byte arrays in the dictionary's encoding, so no unsafe code is needed.</remarks>
internal static class HunspellNative
{
    public const string Library = "libhunspell-1.7.so.0";

    [DllImport(Library, EntryPoint = "Hunspell_create")]
    public static extern IntPtr Create(byte[] affPath, byte[] dicPath);

    [DllImport(Library, EntryPoint = "Hunspell_destroy")]
    public static extern void Destroy(IntPtr handle);

    [DllImport(Library, EntryPoint = "Hunspell_spell")]
    public static extern int Spell(IntPtr handle, byte[] word);

    /// <summary>Stems of a word; the list is allocated by Hunspell and released with <see cref="FreeList"/>.</summary>
    [DllImport(Library, EntryPoint = "Hunspell_stem")]
    public static extern int Stem(IntPtr handle, out IntPtr list, byte[] word);

    [DllImport(Library, EntryPoint = "Hunspell_free_list")]
    public static extern void FreeList(IntPtr handle, ref IntPtr list, int count);

    [DllImport(Library, EntryPoint = "Hunspell_get_dic_encoding")]
    public static extern IntPtr GetDicEncoding(IntPtr handle);
}
