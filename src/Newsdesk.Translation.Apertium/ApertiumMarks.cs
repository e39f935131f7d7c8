using System.Text.RegularExpressions;

namespace Newsdesk.Translation.Apertium;

/// <summary>
/// Apertium run without -u marks what it could not translate: "*mot" (unknown to the analyser, left as written), "@mot"
/// (no bilingual entry) and "#mot" (no generated form). The desk wants to know the unknown words, so that it can mend them,
/// and must never show a mark. The source's own "*", "@" and "#" are sent as look-alikes (U+2217, U+FF20, U+FF03) and put
/// back afterwards, so that every "*", "@" or "#" before a letter in the output is a mark.
/// </summary>
internal static partial class ApertiumMarks
{
    private const char Asterisk = '\u2217';
    private const char At = '\uFF20';
    private const char Hash = '\uFF03';

    /// <summary>The source with its own mark characters replaced by look-alikes (left as it is when it already holds one).</summary>
    public static string Hide(string source) =>
        source.AsSpan().IndexOfAny("*@#") < 0 || source.AsSpan().IndexOfAny([Asterisk, At, Hash]) >= 0
            ? source
            : source.Replace('*', Asterisk).Replace('@', At).Replace('#', Hash);

    /// <summary>The output without marks, with the source's own characters back, and the words marked unknown ("*mot").</summary>
    public static string Strip(string output, string source, out IReadOnlyList<string> unknown)
    {
        var words = new List<string>();
        foreach (Match m in UnknownWord().Matches(output))
        {
            words.Add(m.Groups["w"].Value);
        }
        unknown = words;
        var stripped = Mark().Replace(output, "");
        return ReferenceEquals(Hide(source), source) ? stripped : stripped.Replace(Asterisk, '*').Replace(At, '@').Replace(Hash, '#');
    }

    // A mark before a word, also inside one ("C.tu*rpin": the analyser split the word there).
    [GeneratedRegex(@"[*@#](?=[\p{L}\p{N}])")]
    private static partial Regex Mark();

    // An unknown word: the mark opens it (not "tu*rpin"), and placeholders ("ZQ3Z") are not words.
    [GeneratedRegex(@"(?<![\p{L}\p{M}\p{N}])\*(?<w>(?!ZQ\d+Z(?![\p{L}\p{N}]))\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*)")]
    private static partial Regex UnknownWord();
}
