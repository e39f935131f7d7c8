using Newsdesk.Locales;
using Newsdesk.Quality.Text;

namespace Newsdesk.Quality.Checks;

/// <summary>
/// Quotation marks out of place: „ where a quote closes, typewriter single quotes used as quotation marks, and a „
/// never closed, with what tells an open quote from an excerpt that cuts one or a quote that runs on.
/// </summary>
public sealed partial class PunctuationCheck
{
    /// <summary>Nothing is quoted before a comma, a stop or a closing bracket: a quotation mark there ends a quote.</summary>
    private static bool EndsQuote(char next) => next is ',' or '.' or ';' or ':' or '!' or '?' or ')';

    /// <summary>Why a „ left open at the end of paragraph <paramref name="p"/> is a slip, or null when it may go on or be cut.</summary>
    private static string? UnclosedQuoteMessage(CheckContext context, TextSegment p) =>
        SourceParagraphClosesItsQuotes(context, p) ? "The quote opened with „ is not closed in this paragraph, while the original closes its quotes here."
        : !ContinuesAfter(context, p) && !SourceEndsInsideQuote(context) ? "The quote opened with „ is never closed: no “ follows, in this paragraph or after it."
        : null;

    /// <summary>
    /// Whether a quote left open at the end of a paragraph goes on after it: the next quotation mark of the text
    /// closes it (a quote over several paragraphs), or opens the very next paragraph (news style repeats the opening
    /// mark on each paragraph of a long quote).
    /// </summary>
    private static bool ContinuesAfter(CheckContext context, TextSegment p)
    {
        var text = context.Target.Text;
        var next = text.AsSpan(p.End).IndexOfAny(DoubleQuoteMarks);
        if (next < 0)
        {
            return false;
        }
        next += p.End;
        var paragraphs = context.Target.Paragraphs;
        return text[next] != '„' || p.Paragraph + 1 < paragraphs.Count && paragraphs[p.Paragraph + 1].Start == next;
    }

    /// <summary>
    /// Whether the original's paragraph that corresponds to <paramref name="p"/> quotes something and closes every
    /// quote it opens, none of them opened before it. Then a quote the translation leaves open at the end of the
    /// paragraph is its own slip, whatever follows it: the original's does not run on. The paragraphs correspond when
    /// the texts have as many and the sentence alignment keeps each one's sentences together. Not judged: an original
    /// that quotes with single marks ('…', ‘…’), which cannot be told from apostrophes; typewriter marks between
    /// letters or after a digit (a mangled apostrophe, an inch sign) are not quotation marks.
    /// </summary>
    private static bool SourceParagraphClosesItsQuotes(CheckContext context, TextSegment p)
    {
        if (context.Source is not { } source || source.Paragraphs.Count != context.Target.Paragraphs.Count
            || !ParagraphsCorrespond(context, p.Paragraph))
        {
            return false;
        }
        var paragraph = source.Paragraphs[p.Paragraph];
        var text = source.Text;
        var depth = 0;
        var marks = 0;
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            var c = text[i];
            if (c is '‘' or '‹' or '›' || c == '\'' && (i == paragraph.Start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '—' or '–')
                && i + 1 < paragraph.End && char.IsLetter(text[i + 1]))
            {
                return false;
            }
            bool? opens = c switch
            {
                '«' or '„' => true,
                '»' or '”' => false,
                '“' => source.Language != "de",
                '"' when BetweenLetters(text, i) || i > paragraph.Start && char.IsDigit(text[i - 1]) => null,
                '"' => RoleOf(text, paragraph, i) switch
                {
                    Role.Open => true,
                    Role.Close => false,
                    _ => depth == 0,
                },
                _ => null,
            };
            if (opens is not { } o)
            {
                continue;
            }
            marks++;
            depth += o ? 1 : -1;
            if (depth < 0)
            {
                return false; // closes a quote opened in an earlier paragraph
            }
        }
        return marks > 0 && depth == 0;
    }

    /// <summary>Whether the alignment keeps paragraph <paramref name="index"/> of each text with the same paragraph of the other.</summary>
    private static bool ParagraphsCorrespond(CheckContext context, int index)
    {
        if (context.Alignment is not { } alignment)
        {
            return false;
        }
        var source = context.Source!;
        var target = context.Target;
        foreach (var bead in alignment.Beads)
        {
            var inSource = false;
            var elsewhereInSource = false;
            for (var k = bead.SourceStart; k < bead.SourceStart + bead.SourceCount; k++)
            {
                inSource |= source.Sentences[k].Paragraph == index;
                elsewhereInSource |= source.Sentences[k].Paragraph != index;
            }
            var inTarget = false;
            var elsewhereInTarget = false;
            for (var k = bead.TargetStart; k < bead.TargetStart + bead.TargetCount; k++)
            {
                inTarget |= target.Sentences[k].Paragraph == index;
                elsewhereInTarget |= target.Sentences[k].Paragraph != index;
            }
            if ((inSource || inTarget) && (inSource != inTarget || elsewhereInSource || elsewhereInTarget))
            {
                return false;
            }
        }
        return true;
    }

    private static bool OpensAfter(string text, int mark)
    {
        var k = mark - 1;
        while (k >= 0 && text[k] is ' ' or '\u00A0' or '\u202F')
        {
            k--;
        }
        return k < 0 || text[k] is ':' or '\n' or '(' or '—' or '–';
    }

    private static readonly System.Buffers.SearchValues<char> DoubleQuoteMarks = System.Buffers.SearchValues.Create("„“”\"«»");

    /// <summary>
    /// Whether the original ends inside a quote (its last quotation mark opens one): then the text is an excerpt
    /// that cuts a quote in two, and the translation may leave it open as well.
    /// </summary>
    private static bool SourceEndsInsideQuote(CheckContext context)
    {
        if (context.Source is not { } source)
        {
            return false;
        }
        var text = source.Text;
        var last = text.AsSpan().LastIndexOfAny(DoubleQuoteMarks);
        if (last < 0)
        {
            return false;
        }
        var before = last > 0 ? text[last - 1] : ' ';
        var after = last + 1 < text.Length ? text[last + 1] : ' ';
        return text[last] switch
        {
            '«' or '„' => true,
            '»' or '”' => false,
            // A typewriter mark opens after a colon or at a paragraph's start even when spaced on both sides
            // (French style: ': " Nous sommes'), and before a word after a space; before a comma or stop it closes
            // ('extérieur ", estime').
            _ => !EndsQuote(after)
                && (OpensAfter(text, last) || (char.IsWhiteSpace(before) || before is '(' or '—' or '–') && !char.IsWhiteSpace(after)),
        };
    }

    /// <summary>
    /// The low mark „ where a quote ends ("…mit über sechstausend Sitzplätzen „, heißt es"): nothing but a comma, a
    /// full stop or the end of the paragraph follows it, so it closes a quote, and „ only ever opens one. The fix is the
    /// closing mark, set against the word as closing marks are.
    /// </summary>
    private bool ClosesWithLowMark(CheckContext context, TextSegment p, int i, ICollection<Finding> findings)
    {
        var text = context.Target.Text;
        var locale = context.Locale;
        if (!locale.AcceptedQuotePairs.Any(pair => pair.Open == '„'))
        {
            return false;
        }
        var next = i + 1;
        while (next < p.End && text[next] is ' ' or '\u00A0')
        {
            next++;
        }
        if (next < p.End && !EndsQuote(text[next]))
        {
            return false;
        }
        if (next + 1 < p.End && text[next] == '.' && text[next + 1] == '.')
        {
            return false; // „...und dann": an ellipsis opens the quote
        }
        var start = i;
        while (start > p.Start && text[start - 1] is ' ' or '\u00A0')
        {
            start--;
        }
        // A closing mark follows the quote's last word or its final stop; after a colon or a dash „ opens one.
        if (start == p.Start || !(char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or '!' or '?'))
        {
            return false;
        }
        var close = locale.Quotes.Close;
        findings.Add(new Finding(Category, Severity.Minor, new TextSpan(i, i + 1), "punctuation.low-quote-closing",
            $"„ opens a quote; here it closes one (nothing but punctuation follows it). The closing mark in {locale.Tag} is {close}.",
            Suggestion: close, Fix: new TextEdit(new TextSpan(start, i + 1), close)));
        return true;
    }

    /// <summary>
    /// Typewriter single quotes used as quotation marks ('Yellowstone', 'Wenn sie es tun, …') in a locale with
    /// typographic quotes: an opening mark before a word at a word's start and its partner after a word or a final
    /// stop, in the same paragraph. Apostrophes are not read as quotes: inside a word ("geht's", "Q'orianka") the mark
    /// has letters on both sides, and an apostrophe at a word's end ("Jones' Buch") only closes a quote that was opened.
    /// </summary>
    private void CheckSingleStraightQuotes(CheckContext context, TextSegment p, ICollection<Finding> findings)
    {
        var text = context.Target.Text;
        var locale = context.Locale;
        // Italian writes apostrophes for accents at word ends (po', E'), too many to tell from closing quotes.
        if (locale.AcceptedQuotePairs.Any(pair => pair.Open is '"' or '\'') || locale.Language == "it")
        {
            return;
        }
        var counted = p.Start;
        var doubleMarks = 0;
        for (var i = p.Start; i < p.End; i++)
        {
            if (text[i] != '\'' || !OpensSingle(text, p, i))
            {
                continue;
            }
            // The partner is the next closing mark; another opening mark first leaves this one alone and starts over.
            var close = -1;
            var reopened = -1;
            for (var j = i + 2; j < p.End && j - i <= MaxSingleQuoted; j++)
            {
                if (text[j] == '\'' && ClosesSingle(text, p, j))
                {
                    close = j;
                    break;
                }
                if (text[j] == '\'' && OpensSingle(text, p, j))
                {
                    reopened = j;
                    break;
                }
            }
            if (close < 0)
            {
                i = reopened >= 0 ? reopened - 1 : i;
                continue;
            }
            // Inside a quote in double marks the single ones are the nested kind: German ‚…‘, Swiss ‹…›. The marks
            // before the quote are counted once as the scan moves on, so that a long paragraph costs linear time.
            for (; counted < i; counted++)
            {
                doubleMarks += DoubleQuoteMarks.Contains(text[counted]) ? 1 : 0;
            }
            var nested = doubleMarks % 2 == 1;
            var (open, end) = nested
                ? locale.AcceptedQuotePairs.FirstOrDefault(pair => pair.Open is '‚' or '‹' or '‘' or '“')
                : (locale.Quotes.Open[0], locale.Quotes.Close[0]);
            var inner = text[(i + 1)..close];
            var replacement = open == default ? null : nested ? $"{open}{inner}{end}" : locale.Quotes.OpenSpaced + inner + locale.Quotes.CloseSpaced;
            findings.Add(new Finding(Category, Severity.Minor, new TextSpan(i, close + 1), "punctuation.straight-quotes",
                $"Typewriter single quotes '…' are not quotation marks of {locale.Tag}; it uses {locale.Quotes.Open}…{locale.Quotes.Close}.",
                Suggestion: replacement, Fix: replacement is null ? null : new TextEdit(new TextSpan(i, close + 1), replacement)));
            i = close;
        }
    }

    /// <summary>The longest quote in single marks looked for: a sentence, not the rest of a long paragraph.</summary>
    private const int MaxSingleQuoted = 300;

    /// <summary>
    /// A mark before a word at a word's start, unless the word is an elision ('s, 'n, 'ne, 'ndrangheta) or a
    /// shortened number ('90er).
    /// </summary>
    private static bool OpensSingle(string text, TextSegment p, int i)
    {
        if (!(i == p.Start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–')
            || i + 1 >= p.End || !char.IsLetter(text[i + 1]))
        {
            return false;
        }
        var end = i + 1;
        while (end < p.End && char.IsLetter(text[end]))
        {
            end++;
        }
        var word = text.AsSpan(i + 1, end - i - 1);
        return !(word.Length <= 3 && ElidedWords.Contains(word.ToString().ToLowerInvariant()) || word.StartsWith("nd", StringComparison.OrdinalIgnoreCase));
    }

    private static readonly HashSet<string> ElidedWords = new(StringComparer.Ordinal) { "s", "n", "ne", "nen", "nem", "ner", "nes", "em", "t", "m", "ll", "re", "ve", "d" };

    /// <summary>
    /// A mark after a word or a final stop, with no letter after it; not the apostrophe of a German genitive after
    /// s, x, z or ß ("Grass' Romane"), which a word follows.
    /// </summary>
    private static bool ClosesSingle(string text, TextSegment p, int j)
    {
        if (!(char.IsLetterOrDigit(text[j - 1]) || text[j - 1] is '.' or '!' or '?' or ',') || j + 1 < p.End && char.IsLetterOrDigit(text[j + 1]))
        {
            return false;
        }
        var genitive = text[j - 1] is 's' or 'x' or 'z' or 'ß' && j + 2 < p.End && text[j + 1] == ' ' && char.IsLetter(text[j + 2]);
        return !genitive;
    }
}
