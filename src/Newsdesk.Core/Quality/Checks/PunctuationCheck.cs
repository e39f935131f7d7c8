using System.Text;
using Newsdesk.Locales;
using Newsdesk.Quality.Text;

namespace Newsdesk.Quality.Checks;

/// <summary>
/// Quotation marks of the target locale („…“ in de-DE, «…» in de-CH and French), unpaired or stray quotes (a lone »
/// after „…“), mismatched pairs („…»), unbalanced brackets, and French spacing before : ; ? ! in other languages.
/// Quote style and spacing come with a safe fix.
/// </summary>
public sealed partial class PunctuationCheck : IQualityCheck
{
    private enum Role
    {
        Open,
        Close,
        Either,
    }

    /// <summary>Sentences from which a text counts as running text rather than a lone sentence or headline.</summary>
    private const int RunningTextSentences = 3;

    /// <summary>
    /// Characters from which a text counts as running text whatever its sentence count: a passage this long (two long
    /// sentences, or one very long one) is part of an article, not a headline or a short quoted line.
    /// </summary>
    private const int RunningTextCharacters = 350;

    public FindingCategory Category => FindingCategory.Punctuation;

    public void Check(CheckContext context, ICollection<Finding> findings)
    {
        var text = context.Target.Text;
        foreach (var p in context.Target.Paragraphs)
        {
            CheckQuotes(context, p, findings);
            CheckSingleStraightQuotes(context, p, findings);
            CheckBrackets(text, p, findings);
        }
        if (context.Locale.HighPunctuation == HighPunctuationSpacing.None)
        {
            CheckFrenchSpacing(text, findings);
        }
        else if (context.Locale.HighPunctuation == HighPunctuationSpacing.Required)
        {
            CheckMissingFrenchSpacing(text, findings);
        }
        CheckTypewriterMarks(text, findings);
        if (context.Locale.Language == "de")
        {
            CheckGermanWords(context.Target, findings);
        }
        else if (context.Locale.Language == "es")
        {
            CheckInvertedQuestionMarks(context.Target, findings);
        }
    }

    /// <summary>"--" for a dash, a space before a comma, a doubled full stop: typewriter habits and slips, each with a fix.</summary>
    private void CheckTypewriterMarks(string text, ICollection<Finding> findings)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] == '-' && text[i + 1] == '-' && (i + 2 >= text.Length || text[i + 2] != '-') && (i == 0 || text[i - 1] != '-'))
            {
                findings.Add(new Finding(Category, Severity.Minor, new TextSpan(i, i + 2), "punctuation.double-hyphen",
                    "\"--\" stands in for a dash; typeset text uses the dash \"–\".", Suggestion: "–",
                    Fix: new TextEdit(new TextSpan(i, i + 2), "–")));
                i++;
            }
            else if (text[i] == ' ' && text[i + 1] == ',' && i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '?' or '!' or ')' or '“' or '»' or '”'))
            {
                findings.Add(new Finding(Category, Severity.Minor, new TextSpan(i, i + 2), "punctuation.space-before-comma",
                    "A space before a comma.", Suggestion: ",", Fix: new TextEdit(new TextSpan(i, i + 1), "")));
            }
            else if (text[i] == '.' && text[i + 1] == '.' && (i + 2 >= text.Length || text[i + 2] != '.') && i > 0 && text[i - 1] != '.'
                && char.IsLetterOrDigit(text[i - 1]))
            {
                findings.Add(new Finding(Category, Severity.Minor, new TextSpan(i, i + 2), "punctuation.double-stop",
                    "Two full stops: one too many, or an ellipsis (…) with a dot missing.", Suggestion: "."));
                i++;
            }
        }
    }

    private void CheckQuotes(CheckContext context, TextSegment p, ICollection<Finding> findings)
    {
        var text = context.Target.Text;
        var locale = context.Locale;
        var stack = new List<(char Mark, int Position)>();
        for (var i = p.Start; i < p.End; i++)
        {
            var c = text[i];
            if (c is not ('„' or '“' or '”' or '"' or '«' or '»' or '‹' or '›'))
            {
                continue;
            }
            if (c == '„' && ClosesWithLowMark(context, p, i, findings))
            {
                // Read as the closing mark it stands for: it ends the quote open before it, if any.
                if (stack.Count > 0 && Closes(stack[^1].Mark, '“'))
                {
                    stack.RemoveAt(stack.Count - 1);
                }
                continue;
            }
            var role = RoleOf(text, p, i);
            var canClose = stack.Count > 0 && Closes(stack[^1].Mark, c);
            if (role == Role.Close || (role == Role.Either && canClose) || (canClose && c is '”' or '“' && stack[^1].Mark == '„'))
            {
                if (stack.Count == 0)
                {
                    if (c == '"')
                    {
                        LoneStraightQuote(context, i, role, findings);
                    }
                    Stray(context, i, findings);
                    continue;
                }
                var open = stack[^1];
                if (!Closes(open.Mark, c) && !IsCloser(c))
                {
                    // A mark that could open ("»" in German book style) after an open quote: open a nested one.
                    if (role != Role.Close)
                    {
                        stack.Add((c, i));
                        continue;
                    }
                }
                stack.RemoveAt(stack.Count - 1);
                ReportPair(context, open.Position, i, findings);
                continue;
            }
            if (role == Role.Open || role == Role.Either)
            {
                // “ opens English quotes (“…”), a wrong style in German, where it only closes: read it as the opener
                // it is meant as, so that the pair is reported with the German marks as fix.
                if (IsCloserOnly(c, locale) && !(c == '“' && role == Role.Open && stack.Count == 0))
                {
                    Stray(context, i, findings);
                    continue;
                }
                stack.Add((c, i));
            }
        }
        // Why a „ left open is a slip depends on the paragraph only: worked out once.
        var unclosed = stack.Exists(open => open.Mark == '„') ? UnclosedQuoteMessage(context, p) : null;
        foreach (var (mark, position) in stack)
        {
            // An open quote may run on into the next paragraph (news style); only foreign marks left open are flagged.
            if (IsForeign(mark, locale))
            {
                Stray(context, position, findings);
            }
            else if (mark == '"')
            {
                LoneStraightQuote(context, position, RoleOf(text, p, position), findings);
            }
            else if (mark == '„' && unclosed is { } message)
            {
                findings.Add(new Finding(Category, Severity.Minor, new TextSpan(position, position + 1), "punctuation.quote-unclosed",
                    message, Suggestion: "Close it with “ where the quoted words end."));
            }
        }
    }

    /// <summary>
    /// Whether typewriter quotes in a locale with typographic ones are worth a finding. They are when the translation
    /// brought them in (the source has none to mirror) and in running text (three sentences, or a passage of
    /// <see cref="RunningTextCharacters"/> or more), where a house style applies. A short text that keeps the straight
    /// quotes of its source is left alone: that is how sentence-level reviewers treat it, and such a line is usually a
    /// fragment whose typography the page around it decides.
    /// </summary>
    private static bool StraightQuotesCount(CheckContext context) =>
        context.Source is { } source && !source.Text.Contains('"', StringComparison.Ordinal)
        || context.Target.Sentences.Count >= RunningTextSentences || context.Target.Text.Length >= RunningTextCharacters;

    /// <summary>
    /// A typewriter quote without a partner in its paragraph: the wrong mark for a locale with typographic quotes, and
    /// the reader cannot see where the quote ends. Its place in the word tells which mark it stands for, and that is
    /// the fix. Not a quotation mark: a mark between letters, after a digit (5'11"), or after a word the original
    /// writes with an apostrophe (Vélib' -> Vélib") or with the same stray mark, all mangled apostrophes or inch signs.
    /// Left alone as well: a lone mark in a translation that otherwise uses the locale's quotes when the original has a
    /// lone one too, the closing (or opening) half of a quote that runs beyond the excerpt, as the original shows it.
    /// </summary>
    private void LoneStraightQuote(CheckContext context, int position, Role role, ICollection<Finding> findings)
    {
        var text = context.Target.Text;
        var locale = context.Locale;
        if (locale.AcceptedQuotePairs.Any(pair => pair.Open == '"') || BetweenLetters(text, position) || position > 0 && char.IsDigit(text[position - 1])
            || ApostropheInSource(context, position) || MirrorsLoneSourceQuote(context))
        {
            return;
        }
        var replacement = role switch
        {
            Role.Open => locale.Quotes.OpenSpaced,
            Role.Close => locale.Quotes.CloseSpaced,
            _ => null,
        };
        findings.Add(new Finding(Category, Severity.Minor, new TextSpan(position, position + 1), "punctuation.straight-quotes",
            $"A typewriter quote \" without a partner: {locale.Tag} uses {locale.Quotes.Open}…{locale.Quotes.Close}, and the quote is not closed (or not opened) in this paragraph.",
            Suggestion: replacement ?? $"{locale.Quotes.Open} or {locale.Quotes.Close}",
            Fix: replacement is null ? null : new TextEdit(new TextSpan(position, position + 1), replacement)));
    }

    private static bool ApostropheInSource(CheckContext context, int position)
    {
        var text = context.Target.Text;
        if (context.Source is not { } source || position == 0 || !char.IsLetter(text[position - 1]))
        {
            return false;
        }
        var start = position;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        // "Vélib'" is an apostrophe; "'Yellowstone'" is a quote in single marks, which the translation may render with
        // double ones. A name copied with the original's own stray mark ("Vélib\"" in both) mirrors the original.
        var word = text[start..position];
        return (source.Text.Contains(word + "'", StringComparison.Ordinal) && !source.Text.Contains("'" + word + "'", StringComparison.Ordinal))
            || (position + 1 < text.Length && char.IsWhiteSpace(text[position + 1]) && source.Text.Contains(word + "\" ", StringComparison.Ordinal)
                && !source.Text.Contains("\"" + word + "\"", StringComparison.Ordinal))
            || (source.Text.Contains(word + "’", StringComparison.Ordinal) && !source.Text.Contains("‘" + word + "’", StringComparison.Ordinal));
    }

    private static bool MirrorsLoneSourceQuote(CheckContext context)
    {
        if (context.Source is not { } source || source.Text.Count(c => c == '"') % 2 == 0)
        {
            return false;
        }
        var open = context.Locale.Quotes.Open;
        return open.Length == 1 && context.Target.Text.Contains(open[0], StringComparison.Ordinal);
    }

    private static bool BetweenLetters(string text, int i) => i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);

    private static bool IsCloser(char c) => c is '“' or '”';

    private static bool IsCloserOnly(char c, Locale locale) => c == '”' || (c == '“' && locale.Language == "de" && locale.Quotes.Open == "„");

    /// <summary>Marks that no accepted pair of the locale uses.</summary>
    private static bool IsForeign(char mark, Locale locale) =>
        mark is '«' or '»' or '‹' or '›' && !locale.AcceptedQuotePairs.Any(pair => pair.Open == mark || pair.Close == mark);

    private static bool Closes(char open, char close) => (open, close) switch
    {
        ('„', '“' or '”' or '"' or '«' or '»') => true,
        ('“', '”' or '“' or '"') => true,
        ('"', '"' or '“' or '”') => true,
        ('«', '»') => true,
        ('»', '«') => true,
        ('‹', '›') or ('›', '‹') => true,
        _ => false,
    };

    private static Role RoleOf(string text, TextSegment p, int i)
    {
        var prev = i > p.Start ? text[i - 1] : ' ';
        var next = i + 1 < p.End ? text[i + 1] : ' ';
        var prevSpace = char.IsWhiteSpace(prev) || prev is '(' or '[' or '—' or '–' or '-' or '/';
        var nextSpace = char.IsWhiteSpace(next) || char.IsPunctuation(next) && next is not ('„' or '«' or '»' or '"' or '“' or '(' or '¿' or '¡');
        // Nothing is quoted before a comma or a stop: a mark there closes ("“ », erklärt er").
        if (EndsQuote(next) && i + 1 < p.End)
        {
            return Role.Close;
        }
        // French spacing: "« mot" opens, "mot »" closes.
        if (prevSpace && char.IsWhiteSpace(next) && text[i] == '«')
        {
            return Role.Open;
        }
        if (prevSpace && char.IsWhiteSpace(next) && text[i] == '»')
        {
            return Role.Close;
        }
        if (prevSpace && !nextSpace)
        {
            return Role.Open;
        }
        if (!prevSpace && nextSpace)
        {
            return Role.Close;
        }
        return Role.Either;
    }

    private void Stray(CheckContext context, int position, ICollection<Finding> findings)
    {
        var text = context.Target.Text;
        var mark = text[position];
        if (mark is not ('«' or '»' or '‹' or '›'))
        {
            // Typographic and typewriter quotes are often left unpaired harmlessly (a quote running over several
            // paragraphs, or closed in the next one); an unpaired guillemet is a certain defect.
            return;
        }
        // Removing a stray mark together with the space before it leaves the sentence as it was meant.
        var start = position;
        if (start > 0 && text[start - 1] == ' ' && position + 1 < text.Length && text[position + 1] == ' ')
        {
            start--;
        }
        findings.Add(new Finding(Category, Severity.Major, new TextSpan(position, position + 1), "punctuation.quote-unpaired",
            $"The quotation mark {mark} has no partner: a quote is opened or closed that is not there.",
            Suggestion: "Remove the stray mark or add its partner.",
            Fix: new TextEdit(new TextSpan(start, position + 1), "")));
    }

    private void ReportPair(CheckContext context, int open, int close, ICollection<Finding> findings)
    {
        var text = context.Target.Text;
        var locale = context.Locale;
        var o = text[open];
        var c = text[close];
        if (locale.AcceptedQuotePairs.Any(pair => pair.Open == o && pair.Close == c) || (o == '„' && c == '”' && locale.Language == "de"))
        {
            if (o == '«' && locale.Quotes.Space.Length == 0 && (char.IsWhiteSpace(text[open + 1]) || char.IsWhiteSpace(text[close - 1])))
            {
                findings.Add(QuoteStyle(context, open, close, "Guillemets with French spacing inside; this locale writes them without spaces."));
            }
            return;
        }
        if (o == '"' && c == '"')
        {
            // A mark between two letters ("l"économie") is a mangled apostrophe, not a quotation mark.
            if (StraightQuotesCount(context) && !BetweenLetters(text, open) && !BetweenLetters(text, close))
            {
                var inner = text[(open + 1)..close];
                var replacement = locale.Quotes.OpenSpaced + inner.Trim(' ', '\u00A0', '\u202F') + locale.Quotes.CloseSpaced;
                findings.Add(new Finding(Category, Severity.Minor, new TextSpan(open, close + 1), "punctuation.straight-quotes",
                    $"Typewriter quotes \"…\" are not the quotation marks of {locale.Tag}; it uses {locale.Quotes.Open}…{locale.Quotes.Close}.",
                    Suggestion: replacement, Fix: new TextEdit(new TextSpan(open, close + 1), replacement)));
            }
            return;
        }
        var consistent = (o, c) is ('«', '»') or ('»', '«') or ('“', '”') or ('‹', '›') || (o, c) is ('“', '“') && locale.Language == "de";
        if (consistent)
        {
            findings.Add(QuoteStyle(context, open, close,
                $"{o}…{c} is not the quotation style of {locale.Tag}; it uses {locale.Quotes.Open}…{locale.Quotes.Close}."));
            return;
        }
        // A pair of two different styles: the closing mark is the odd one.
        var expected = o == '„' ? "“" : locale.Quotes.Close;
        // A typewriter mark closing a typographic quote, or a quote running over a paragraph break, is an imperfection
        // professional texts have too: minor (fixed on its own), never a reason to hold.
        var imperfect = c is '"' || text.AsSpan(open, close - open).Contains('\n');
        findings.Add(new Finding(Category, imperfect ? Severity.Minor : Severity.Major, new TextSpan(close, close + 1), "punctuation.quote-mismatch",
            $"The quote opened with {o} is closed with {c}; the marks do not belong together.",
            Suggestion: $"Close it with {expected}.", Fix: new TextEdit(new TextSpan(close, close + 1), expected)));
    }

    private Finding QuoteStyle(CheckContext context, int open, int close, string message)
    {
        var text = context.Target.Text;
        var locale = context.Locale;
        var inner = text[(open + 1)..close].Trim(' ', '\u00A0', '\u202F');
        var replacement = new StringBuilder().Append(locale.Quotes.OpenSpaced).Append(inner).Append(locale.Quotes.CloseSpaced).ToString();
        return new Finding(Category, Severity.Minor, new TextSpan(open, close + 1), "punctuation.quote-style", message,
            Suggestion: replacement, Fix: new TextEdit(new TextSpan(open, close + 1), replacement));
    }

    private void CheckBrackets(string text, TextSegment p, ICollection<Finding> findings)
    {
        var stack = new Stack<(char, int)>();
        for (var i = p.Start; i < p.End; i++)
        {
            var c = text[i];
            if (c is '(' or '[')
            {
                stack.Push((c, i));
            }
            else if (c is ')' or ']')
            {
                var want = c == ')' ? '(' : '[';
                if (stack.Count > 0 && stack.Peek().Item1 == want)
                {
                    stack.Pop();
                }
                else if (!IsListMarker(text, p, i))
                {
                    findings.Add(new Finding(Category, Severity.Minor, new TextSpan(i, i + 1), "punctuation.bracket-unpaired",
                        $"The closing bracket {c} has no opening partner."));
                }
            }
        }
        foreach (var (c, i) in stack)
        {
            findings.Add(new Finding(Category, Severity.Minor, new TextSpan(i, i + 1), "punctuation.bracket-unpaired",
                $"The bracket {c} is never closed."));
        }
    }

    /// <summary>"a)", "1)" at the start of a line or after a colon are list markers, not brackets.</summary>
    private static bool IsListMarker(string text, TextSegment p, int i)
    {
        var j = i - 1;
        while (j >= p.Start && char.IsLetterOrDigit(text[j]) && i - j <= 3)
        {
            j--;
        }
        return j < p.Start || char.IsWhiteSpace(text[j]) || text[j] is ':' or ',' or ';';
    }

    private void CheckFrenchSpacing(string text, ICollection<Finding> findings)
    {
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not (':' or ';' or '?' or '!'))
            {
                continue;
            }
            var s = i;
            while (s > 0 && text[s - 1] is ' ' or '\u00A0' or '\u202F')
            {
                s--;
            }
            if (s == i || s == 0 || text[s - 1] == '\n')
            {
                continue;
            }
            var before = text[s - 1];
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            // Emoticons, times ("10 : 30"), URLs and ellipses are not French spacing.
            if (char.IsDigit(before) && char.IsDigit(after) || after is ')' or '(' or '/' || before is ':' or ';' or '?' or '!')
            {
                continue;
            }
            if (!char.IsLetterOrDigit(before) && before is not ('»' or '“' or '"' or ')' or '”'))
            {
                continue;
            }
            findings.Add(new Finding(Category, Severity.Minor, new TextSpan(s, i + 1), "punctuation.french-spacing",
                $"A space before \"{c}\" is French typography; this language writes the mark directly after the word.",
                Suggestion: c.ToString(), Fix: new TextEdit(new TextSpan(s, i), "")));
        }
    }
}
