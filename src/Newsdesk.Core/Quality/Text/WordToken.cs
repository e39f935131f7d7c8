namespace Newsdesk.Quality.Text;

/// <summary>A word of a text (letters, with inner apostrophes and hyphens), with its span.</summary>
/// <param name="Start">First UTF-16 code unit.</param>
/// <param name="End">One past the last code unit.</param>
/// <param name="Sentence">Index of the sentence it belongs to.</param>
/// <param name="SentenceInitial">First word of its sentence (capitalisation says nothing about it).</param>
public readonly record struct WordToken(int Start, int End, int Sentence, bool SentenceInitial)
{
    public TextSpan Span => new(Start, End);
}
