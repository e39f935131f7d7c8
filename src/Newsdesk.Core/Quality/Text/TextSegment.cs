namespace Newsdesk.Quality.Text;

/// <summary>A paragraph or sentence of a text: its span and the paragraph it belongs to.</summary>
public readonly record struct TextSegment(int Start, int End, int Paragraph)
{
    public TextSpan Span => new(Start, End);

    public int Length => End - Start;
}
