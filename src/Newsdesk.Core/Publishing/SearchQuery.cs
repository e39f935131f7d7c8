using System.Text;

namespace Newsdesk.Publishing;

/// <summary>
/// A reader's search box input, parsed: bare words are all required, text in double quotes is an exact phrase.
/// Everything else (operators, brackets, stray quotes) is treated as ordinary text, so no input can break the query.
/// </summary>
public sealed record SearchQuery(IReadOnlyList<string> Terms, IReadOnlyList<string> Phrases)
{
    /// <summary>At most this many words are searched; the rest of a pasted paragraph is ignored.</summary>
    public const int MaxWords = 16;

    public bool IsEmpty => Terms.Count == 0 && Phrases.Count == 0;

    public static SearchQuery Parse(string? input)
    {
        var terms = new List<string>();
        var phrases = new List<string>();
        if (string.IsNullOrWhiteSpace(input))
        {
            return new SearchQuery(terms, phrases);
        }
        var text = input.Length > 500 ? input[..500] : input;
        var words = 0;
        var parts = text.Split('"');
        for (var i = 0; i < parts.Length && words < MaxWords; i++)
        {
            // Odd parts sit between quotes; an unclosed last quote makes its text ordinary words.
            var quoted = i % 2 == 1 && i < parts.Length - 1;
            var tokens = Words(parts[i]).Take(MaxWords - words).ToList();
            words += tokens.Count;
            if (quoted && tokens.Count > 1)
            {
                phrases.Add(string.Join(' ', tokens));
            }
            else
            {
                terms.AddRange(tokens);
            }
        }
        return new SearchQuery(terms.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), phrases.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
    }

    /// <summary>Splits text into words: runs of letters and digits (apostrophes and hyphens separate words).</summary>
    public static IEnumerable<string> Words(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
            else if (sb.Length > 0)
            {
                yield return sb.ToString();
                sb.Clear();
            }
        }
        if (sb.Length > 0)
        {
            yield return sb.ToString();
        }
    }

    /// <summary>The query as a reader would type it again (for the search box and links).</summary>
    public override string ToString() =>
        string.Join(' ', Phrases.Select(p => "\"" + p + "\"").Concat(Terms));
}
