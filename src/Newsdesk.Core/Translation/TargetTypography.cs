using System.Text;
using Newsdesk.Locales;

namespace Newsdesk.Translation;

/// <summary>
/// Puts a translated fragment into the target locale's typography: quotation marks by nesting level (de-DE „…“ ‚…‘,
/// de-CH «…» ‹…›, fr « … », en “…” ‘…’, es/ca «…» “…”), French no-break spaces before : ; ! ? in French only, and
/// no space before them elsewhere. Works on inline HTML: tags are kept, placeholders count as words.
/// </summary>
public static partial class TargetTypography
{
    private const char Nbsp = '\u00A0';
    private const char NarrowNbsp = '\u202F';
    private const char TagBase = '\uE000';
    private const int MaxTags = 0x1800;

    /// <summary>Applies the locale's typography to an inline HTML fragment.</summary>
    public static string Apply(string html, Locale target)
    {
        if (html.Length == 0 || html.Any(c => c >= TagBase && c < TagBase + MaxTags))
        {
            return html;
        }
        // Flatten: text decoded, each tag replaced by one private-use character, so that quote pairing and spacing
        // see across <em> and links. Placeholder tags count as words, other tags are transparent.
        var tags = new List<string>();
        var flat = new StringBuilder(html.Length);
        foreach (var (isTag, value) in InlineHtml.Tokenize(html))
        {
            if (isTag)
            {
                if (tags.Count >= MaxTags)
                {
                    return html;
                }
                flat.Append((char)(TagBase + tags.Count));
                tags.Add(value);
            }
            else
            {
                flat.Append(InlineHtml.Decode(value));
            }
        }
        var text = flat.ToString();
        var wordTags = new HashSet<char>();
        for (var i = 0; i < tags.Count; i++)
        {
            if (SegmentProtector.IsPlaceholderTag(tags[i]) || tags[i].StartsWith("<span translate=\"no\"", StringComparison.Ordinal))
            {
                wordTags.Add((char)(TagBase + i));
            }
        }
        var context = new Context(text, wordTags);
        if (target.IsWrittenOut)
        {
            text = FixQuotes(context, target.Quotes);
            context = new Context(text, wordTags);
        }
        text = FixPunctuationSpacing(context, target.HighPunctuation != HighPunctuationSpacing.None);
        text = DoubleSpace().Replace(text, " ");

        var output = new StringBuilder(text.Length + 16);
        var run = new StringBuilder();
        foreach (var c in text)
        {
            if (c >= TagBase && c < TagBase + tags.Count)
            {
                output.Append(InlineHtml.Encode(run.ToString()));
                run.Clear();
                output.Append(tags[c - TagBase]);
            }
            else
            {
                run.Append(c);
            }
        }
        output.Append(InlineHtml.Encode(run.ToString()));
        return output.ToString();
    }

    private static string FixQuotes(Context context, QuoteMarks quotes)
    {
        var text = context.Text;
        var output = new StringBuilder(text.Length + 8);
        var stack = new Stack<bool>(); // true when the open quote was a single-level mark (‘ ‚ ‹)
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            bool? opening = c switch
            {
                '«' or '„' => true,
                '‹' or '‚' => true,
                '»' or '›' => false,
                '"' or '“' or '”' or '‟' => context.LooksOpening(i, stack.Count > 0),
                '‘' => context.LooksOpening(i, stack.Count > 0),
                '’' => stack.Count > 0 && stack.Peek() && !context.NextIsLetter(i) ? false : null,
                _ => null,
            };
            if (opening is null)
            {
                output.Append(c);
                continue;
            }
            var single = c is '‹' or '‚' or '‘' or '’' or '›';
            string mark;
            if (opening.Value)
            {
                mark = stack.Count % 2 == 0 ? quotes.Open : quotes.InnerOpen;
                stack.Push(single);
                output.Append(mark);
                // No space after an opening mark; French gets a no-break space after a guillemet.
                while (i + 1 < text.Length && IsSpace(text[i + 1]))
                {
                    i++;
                }
                if (mark == quotes.Open)
                {
                    output.Append(quotes.Space);
                }
            }
            else
            {
                var level = stack.Count > 0 ? stack.Count - 1 : 0;
                if (stack.Count > 0)
                {
                    stack.Pop();
                }
                mark = level % 2 == 0 ? quotes.Close : quotes.InnerClose;
                while (output.Length > 0 && IsSpace(output[^1]))
                {
                    output.Length--;
                }
                if (mark == quotes.Close)
                {
                    output.Append(quotes.Space);
                }
                output.Append(mark);
            }
        }
        return output.ToString();
    }

    private static string FixPunctuationSpacing(Context context, bool frenchSpacing)
    {
        var text = context.Text;
        var output = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ':' or ';' or '!' or '?' && context.IsFollowedByBreak(i))
            {
                var end = output.Length;
                while (end > 0 && IsSpace(output[end - 1]))
                {
                    end--;
                }
                var before = end > 0 ? output[end - 1] : '\0';
                var afterWord = end > 0 && (char.IsLetterOrDigit(before) || before is '»' or '"' or '”' or '“' or ')' or ']' or '’' or '›' or '…'
                    || context.IsWordTag(before) || (before >= TagBase && before < TagBase + MaxTags));
                if (afterWord)
                {
                    output.Length = end;
                    if (frenchSpacing)
                    {
                        output.Append(c == ':' ? Nbsp : NarrowNbsp);
                    }
                }
            }
            output.Append(c);
        }
        return output.ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex("  +")]
    private static partial System.Text.RegularExpressions.Regex DoubleSpace();

    private static bool IsSpace(char c) => c is ' ' or Nbsp or NarrowNbsp or '\u2009' or '\u2007';

    private sealed class Context(string text, HashSet<char> wordTags)
    {
        public string Text { get; } = text;

        public bool IsWordTag(char c) => wordTags.Contains(c);

        private bool IsTransparentTag(char c) => c >= TagBase && c < TagBase + MaxTags && !wordTags.Contains(c);

        private char Previous(int index)
        {
            for (var i = index - 1; i >= 0; i--)
            {
                if (!IsTransparentTag(Text[i]))
                {
                    return Text[i];
                }
            }
            return '\0';
        }

        private char Next(int index)
        {
            for (var i = index + 1; i < Text.Length; i++)
            {
                if (!IsTransparentTag(Text[i]))
                {
                    return Text[i];
                }
            }
            return '\0';
        }

        /// <summary>
        /// An ambiguous quote opens after a space or opening bracket and before a word, closes after a word and before a
        /// space; when both sides look alike (engines sometimes write <c>" Somos</c>) whether a quote is open decides.
        /// </summary>
        public bool LooksOpening(int index, bool quoteOpen)
        {
            var previous = Previous(index);
            var next = Next(index);
            var afterBreak = previous == '\0' || char.IsWhiteSpace(previous) || previous is '(' or '[' or '{' or '—' or '–' or '-' or '/' or '«' or '„' or '‚' or '‹' or '“' or '‘';
            var beforeBreak = next == '\0' || char.IsWhiteSpace(next) || char.IsPunctuation(next);
            if (afterBreak != beforeBreak)
            {
                return afterBreak;
            }
            return !quoteOpen;
        }

        public bool NextIsLetter(int index) => Next(index) is var n && (char.IsLetter(n) || wordTags.Contains(n));

        /// <summary>Punctuation followed by a space, a closing mark or the end (not "14:30" or "http://").</summary>
        public bool IsFollowedByBreak(int index)
        {
            var next = Next(index);
            return next == '\0' || char.IsWhiteSpace(next) || next is '»' or '"' or '”' or '“' or '’' or ')' or '!' or '?' or '›' or '.';
        }
    }
}
