namespace Newsdesk.Extraction;

/// <summary>
/// The words of a text as spans, without a string each: runs of letters and apostrophes (straight, and curly when asked),
/// with the apostrophes at their ends trimmed off (a run of apostrophes alone is an empty word).
/// </summary>
internal ref struct WordRuns(ReadOnlySpan<char> text, bool curlyApostrophe)
{
    private readonly ReadOnlySpan<char> _text = text;
    private int _next;

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly WordRuns GetEnumerator() => this;

    public bool MoveNext()
    {
        var i = _next;
        while (i < _text.Length && !IsWordChar(_text[i]))
        {
            i++;
        }
        if (i == _text.Length)
        {
            return false;
        }
        var start = i;
        while (i < _text.Length && IsWordChar(_text[i]))
        {
            i++;
        }
        _next = i;
        Current = curlyApostrophe ? _text[start..i].Trim("'’") : _text[start..i].Trim('\'');
        return true;
    }

    private readonly bool IsWordChar(char c) => char.IsLetter(c) || c == '\'' || (curlyApostrophe && c == '’');
}
