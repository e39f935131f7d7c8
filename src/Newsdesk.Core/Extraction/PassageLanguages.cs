using AngleSharp.Dom;
using Newsdesk.Model;

namespace Newsdesk.Extraction;

/// <summary>
/// Finds the blocks written in another language than the article: an embedded post or a quotation the page marks with
/// <c>lang</c> (a tweet's <c>&lt;p lang="en"&gt;</c>), or a passage whose function words are clearly another language's.
/// Such a block is kept in its language and never sent to an engine as the article's language.
/// </summary>
internal static class PassageLanguages
{
    /// <summary>Below this many words a block's function words say too little.</summary>
    private const int MinGuessWords = 8;

    /// <summary>The language of each block when it differs from the article's, else null.</summary>
    public static LanguageTag?[] Mark(IReadOnlyList<RawBlock> blocks, LanguageTag? article, Lexicon lexicon)
    {
        var result = new LanguageTag?[blocks.Count];
        if (article is not { } articleTag)
        {
            return result;
        }
        var language = articleTag.Language;
        var declared = blocks.Select(b => Declared(b.Source)).ToArray();
        // A declared language that covers most of the body is the page's own, whatever the page says it is.
        var total = Math.Max(1, blocks.Sum(b => b.Text.Length));
        var share = declared.Select((d, i) => (d, i)).Where(x => x.d is not null).GroupBy(x => x.d!.Value.Language)
            .ToDictionary(g => g.Key, g => g.Sum(x => blocks[x.i].Text.Length), StringComparer.Ordinal);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Type is BlockType.Table)
            {
                continue;
            }
            if (declared[i] is { } d)
            {
                if (d.Language != language && share[d.Language] * 2 < total)
                {
                    result[i] = LanguageTag.Parse(d.Language);
                }
                continue; // a block marked as the article's language is the article's
            }
            if (Guess(block.Text, language, lexicon) is { } guessed)
            {
                result[i] = guessed;
            }
        }
        // The rest of an embedded post or quotation (its attribution line: "— Name (@handle) March 5, 2024") is in the
        // language of the post it closes.
        for (var i = 0; i < blocks.Count; i++)
        {
            if (result[i] is null && declared[i] is null && Quotation(blocks[i].Source) is { } quote)
            {
                for (var j = Math.Max(0, i - 3); j < Math.Min(blocks.Count, i + 4); j++)
                {
                    if (result[j] is { } other && Quotation(blocks[j].Source) == quote)
                    {
                        result[i] = other;
                        break;
                    }
                }
            }
        }
        return result;
    }

    private static IElement? Quotation(IElement? element)
    {
        for (var e = element; e is not null && e.LocalName is not ("body" or "html"); e = e.ParentElement)
        {
            if (e.LocalName == "blockquote")
            {
                return e;
            }
        }
        return null;
    }

    /// <summary>The nearest <c>lang</c> inside the body (the page's own, on html or body, says nothing about one block).</summary>
    private static LanguageTag? Declared(IElement? element)
    {
        for (var e = element; e is not null && e.LocalName is not ("body" or "html"); e = e.ParentElement)
        {
            var value = e.GetAttribute("lang") ?? e.GetAttribute("xml:lang");
            if (value is not null)
            {
                return LanguageTag.TryParse(value.Trim(), out var tag) ? tag : null;
            }
        }
        return null;
    }

    /// <summary>
    /// Another language only on clear evidence: enough of its function words, three times as many as the article
    /// language's, twice as many as any third language's, and a fair share of all the words.
    /// </summary>
    private static LanguageTag? Guess(string text, string article, Lexicon lexicon)
    {
        var (counts, words) = LanguageGuesser.Count(text, lexicon);
        if (words < MinGuessWords || counts.Count == 0)
        {
            return null;
        }
        var ranked = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        var (best, hits) = (ranked[0].Key, ranked[0].Value);
        var second = ranked.Skip(1).FirstOrDefault(kv => kv.Key != best).Value;
        if (best == article || hits < 5 || hits < 3 * counts.GetValueOrDefault(article) || hits < 2 * second || hits < words * 0.2)
        {
            return null;
        }
        return LanguageTag.TryParse(best, out var tag) ? tag : null;
    }
}
