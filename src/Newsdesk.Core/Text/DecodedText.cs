using System.Text;

namespace Newsdesk.Text;

/// <summary>Page bytes turned into text, with the encoding used and why it was chosen.</summary>
/// <param name="Text">The decoded text, without a byte order mark.</param>
/// <param name="Encoding">The encoding that decoded the bytes.</param>
/// <param name="Source">The evidence that chose it.</param>
/// <param name="DeclaredCharset">The charset label the page or header declared, if any (even when it was overruled).</param>
public sealed record DecodedText(string Text, Encoding Encoding, CharsetSource Source, string? DeclaredCharset);
