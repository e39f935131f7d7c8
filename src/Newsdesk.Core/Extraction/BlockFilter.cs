using System.Text.RegularExpressions;
using Newsdesk.Model;

namespace Newsdesk.Extraction;

/// <summary>
/// Drops body blocks that are not article text: teaser and share lines from the phrase lexicon,
/// link lists, bylines, bare datelines and times, editorial labels standing alone (« L'essentiel »),
/// headline repeats and headings left with nothing under them.
/// </summary>
internal sealed partial class BlockFilter(Lexicon lexicon)
{
    private const int MaxTeaserLength = 200;

    [GeneratedRegex(@"^(?:von|by|par|por|di|door|text:?|texte\s*:|autor(?:in)?:|author:|auteur\s*:|written by|geschrieben von|ein (?:beitrag|kommentar) von)\s+\p{Lu}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineStart();

    [GeneratedRegex(@"^[\p{L}\s.,:|/-]{0,30}\d{1,4}[./-]\s?(?:\d{1,2}|\p{L}{3,10})\.?[./-]?\s?\d{2,4}(?:[,\s|-]*(?:um\s)?\d{1,2}[:.h]\d{2}(?:\s?(?:uhr|h|am|pm))?)?[\s|]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^(?:\d{1,2}[:.h]\d{2}(?:\s?(?:uhr|h|am|pm))?|\d{1,2}\s?(?:uhr|h|am|pm))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeLine();

    public List<RawBlock> Filter(List<RawBlock> blocks, string? title)
    {
        var titleKey = Key(title);
        var kept = new List<RawBlock>(blocks.Count);
        var listVerdicts = new Dictionary<object, bool>(ReferenceEqualityComparer.Instance);
        var repeated = RepeatedLines(blocks);
        foreach (var block in blocks)
        {
            if (block.Text.Length == 0 || repeated.Contains(block.Text))
            {
                continue;
            }
            if (block.Type == BlockType.ListItem && block.Source is { } list)
            {
                if (!listVerdicts.TryGetValue(list, out var keepList))
                {
                    keepList = IsTextList(blocks, list);
                    listVerdicts[list] = keepList;
                }
                if (!keepList)
                {
                    continue;
                }
            }
            if (IsBoilerplate(block, titleKey))
            {
                continue;
            }
            kept.Add(block);
        }
        // After the last real paragraph, short lines are what follows an article: labels of removed
        // widgets ("Related articles"), author lines, contact lines, "Anzeige" markers.
        var lastGood = kept.FindLastIndex(b => IsRunningText(b) || b.Type is BlockType.Table or BlockType.ListItem);
        if (lastGood >= 0)
        {
            for (var i = kept.Count - 1; i > lastGood; i--)
            {
                if (kept[i].Type is BlockType.Paragraph or BlockType.Heading2 or BlockType.Heading3 && Weight(kept[i].Text) < TailLabelLength
                    && !IsFactLine(kept[i]) && !IsSentences(kept[i]))
                {
                    kept.RemoveAt(i);
                }
            }
        }
        // Before the first real paragraph, short unpunctuated lines are kickers, section labels and dates.
        var firstGood = kept.FindIndex(IsRunningText);
        for (var i = firstGood - 1; i >= 0; i--)
        {
            var t = kept[i].Text;
            if (kept[i].Type == BlockType.Paragraph && t.Length < 40 && t[^1] is not ('.' or '!' or '?' or ':' or '"' or '»' or '“'))
            {
                kept.RemoveAt(i);
            }
        }
        while (kept.Count > 0 && kept[^1].Type is BlockType.Heading2 or BlockType.Heading3 && !IsSentences(kept[^1]))
        {
            kept.RemoveAt(kept.Count - 1);
        }
        return kept;
    }

    private const int TailLabelLength = 100;

    /// <summary>
    /// Sentence-long paragraphs printed three times or more in one body ("Letzte Aktualisierung am … / Affiliate Links"
    /// under every product box) are template text, not writing.
    /// </summary>
    private static HashSet<string> RepeatedLines(List<RawBlock> blocks)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            if (block.Type == BlockType.Paragraph && block.Text.Length is >= 40 and < 300)
            {
                counts[block.Text] = counts.GetValueOrDefault(block.Text) + 1;
            }
        }
        return counts.Where(kv => kv.Value >= 3).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// A short paragraph carrying figures (an address, a phone number, a reference number, opening hours):
    /// the end of a notice, not the label of a removed widget, which is words only. Dates alone were
    /// dropped already as datelines.
    /// </summary>
    /// <summary>
    /// Whole sentences (a pull quote set as a heading, a closing remark): several words ending like a sentence.
    /// Widget labels and section headings are a few words without a full stop.
    /// </summary>
    private static bool IsSentences(RawBlock block) =>
        block.Text.Length >= 50 && block.LinkDensity < 0.2 && block.Text[^1] is '.' or '!' or '?' or '…'
        && block.Text.Count(c => c == ' ') >= 7;

    private static bool IsFactLine(RawBlock block) =>
        block.Type == BlockType.Paragraph && block.LinkDensity < 0.5 && block.Text.Any(char.IsAsciiDigit);

    /// <summary>A paragraph that reads as running text: long enough, few links, ends like a sentence.</summary>
    private static bool IsRunningText(RawBlock block) =>
        block.Type is BlockType.Paragraph or BlockType.Quote
        && block.LinkDensity < 0.3
        && (Weight(block.Text) >= 150 || (Weight(block.Text) >= 60 && block.Text[^1] is '.' or '!' or '?' or '"' or '»' or '“' or '”' or ')' or '…' or ':' or '。' or '！' or '？' or '」'));

    /// <summary>
    /// Length in Latin-text terms: a Chinese or Japanese character carries about as much as a short word,
    /// so it counts three times; otherwise every CJK paragraph would look like a label.
    /// </summary>
    private static int Weight(string text)
    {
        var weight = text.Length;
        foreach (var c in text)
        {
            if (c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF')
            {
                weight += 2;
            }
        }
        return weight;
    }

    private static bool IsTextList(List<RawBlock> blocks, object list)
    {
        int chars = 0, links = 0, items = 0;
        foreach (var b in blocks)
        {
            if (ReferenceEquals(b.Source, list) && b.Type == BlockType.ListItem)
            {
                chars += b.Text.Length;
                links += b.LinkChars;
                items++;
            }
        }
        return chars > 0 && (double)links / chars < 0.5;
    }

    private bool IsBoilerplate(RawBlock block, string titleKey)
    {
        var text = block.Text;
        if (titleKey.Length > 0 && block.Type is BlockType.Heading2 or BlockType.Heading3 or BlockType.Paragraph && Key(text) == titleKey)
        {
            return true;
        }
        if (block.Type != BlockType.Table && block.LinkDensity > (text.Length < 300 ? 0.5 : 0.8))
        {
            return true;
        }
        if (IsBoilerplatePhrase(text))
        {
            return true;
        }
        if (text.Length <= 80 && block.Type is BlockType.Paragraph && (BylineStart().IsMatch(text) || DateLine().IsMatch(text) || TimeLine().IsMatch(text)))
        {
            return true;
        }
        // A label paragraph that only names the box it opens; the box's own items stay. A real heading
        // with the same words ("<h2>At a glance</h2>") is a sub-heading of the article and stays.
        if (text.Length <= 60 && block.Type is BlockType.Paragraph
            && lexicon.EditorialLabels.Contains(PhraseKey(text, dropDigits: false)))
        {
            return true;
        }
        return false;
    }

    /// <summary>
    /// A short label as the lexicon writes it: lower case, straight apostrophes, single spaces, without
    /// surrounding quotes, brackets and trailing punctuation (and without digits when <paramref name="dropDigits"/>).
    /// </summary>
    internal static string PhraseKey(string text, bool dropDigits)
    {
        var key = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text)
        {
            var c = raw is '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' ? '\'' : char.ToLowerInvariant(raw);
            if (TextNormalizer.IsSpace(c) || (dropDigits && (char.IsDigit(c) || c is '(' or ')' or '[' or ']')))
            {
                space = key.Length > 0;
                continue;
            }
            if (space)
            {
                key.Append(' ');
                space = false;
            }
            key.Append(c);
        }
        return key.ToString().Trim(' ', ':', '.', '…', '«', '»', '"', '“', '”', '„', '-', '–', '—', '|', '\u00A0');
    }

    public bool IsBoilerplatePhrase(string text)
    {
        var lower = text.Trim().TrimEnd(':', '.', '›', '»', '>', '…', ' ').ToLowerInvariant();
        if (lower.Length == 0)
        {
            return true;
        }
        if (lower.Length <= 40 && lexicon.ExactPhrases.Contains(lower))
        {
            return true;
        }
        if (lower.Length > MaxTeaserLength)
        {
            return false;
        }
        foreach (var phrase in lexicon.StartPhrases)
        {
            if (lower.StartsWith(phrase, StringComparison.Ordinal)
                && (lower.Length == phrase.Length || !char.IsLetterOrDigit(lower[phrase.Length]) || !char.IsLetterOrDigit(phrase[^1])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A comparison key: lower-case letters and digits only.</summary>
    internal static string Key(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var chars = new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                chars[n++] = char.ToLowerInvariant(c);
            }
        }
        return new string(chars, 0, n);
    }
}
