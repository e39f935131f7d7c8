namespace Newsdesk.Quality.Text;

/// <summary>A text split once into paragraphs, sentences, words and numbers, shared by all checks of one request.</summary>
public sealed class TextAnalysis
{
    private readonly Lazy<List<WordToken>> _words;
    private readonly Lazy<List<NumberMention>> _numbers;

    public TextAnalysis(string text, string language)
    {
        Text = text;
        Language = language;
        Paragraphs = SentenceSplitter.Paragraphs(text);
        Sentences = SentenceSplitter.Sentences(text, Paragraphs);
        _words = new Lazy<List<WordToken>>(() => Tokenize(text, Sentences));
        _numbers = new Lazy<List<NumberMention>>(() => NumberParser.Parse(text, language));
    }

    public string Text { get; }

    /// <summary>Primary language subtag of the text ("de").</summary>
    public string Language { get; }

    public IReadOnlyList<TextSegment> Paragraphs { get; }

    public IReadOnlyList<TextSegment> Sentences { get; }

    public IReadOnlyList<WordToken> Words => _words.Value;

    public IReadOnlyList<NumberMention> Numbers => _numbers.Value;

    public string this[TextSpan span] => Text[span.Start..span.End];

    public string this[TextSegment segment] => Text[segment.Start..segment.End];

    /// <summary>Index of the sentence containing the position, or -1.</summary>
    public int SentenceAt(int position)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var s = Sentences[mid];
            if (position < s.Start)
            {
                hi = mid - 1;
            }
            else if (position >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }
        return -1;
    }

    /// <summary>Words of one sentence.</summary>
    public IEnumerable<WordToken> WordsOf(int sentence) => Words.Where(w => w.Sentence == sentence);

    private static List<WordToken> Tokenize(string text, IReadOnlyList<TextSegment> sentences)
    {
        var words = new List<WordToken>(text.Length / 6);
        for (var si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            var first = true;
            var i = s.Start;
            while (i < s.End)
            {
                if (!char.IsLetter(text[i]))
                {
                    i++;
                    continue;
                }
                var start = i;
                while (i < s.End && (char.IsLetterOrDigit(text[i])
                    || (text[i] is '\'' or '’' or '-' or '‐' && i + 1 < s.End && char.IsLetter(text[i + 1]) && i > start)))
                {
                    i++;
                }
                words.Add(new WordToken(start, i, si, first));
                first = false;
            }
        }
        return words;
    }
}
