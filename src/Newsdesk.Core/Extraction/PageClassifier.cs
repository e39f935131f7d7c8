using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Newsdesk.Model;

namespace Newsdesk.Extraction;

/// <summary>
/// Decides what a page is from evidence, never from the site it comes from: unrendered template syntax, an error
/// headline, the page's declared types (JSON-LD @type, og:type), how much running prose the body holds (sentences with
/// function words), tables and lines of names and numbers, linked headlines and media players.
/// </summary>
internal sealed partial class PageClassifier(Lexicon lexicon)
{
    /// <summary>The lexicon's stopwords by language (either case), looked up by span (no string per word).</summary>
    private readonly Dictionary<string, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> _stopwords = lexicon.Stopwords.ToDictionary(
        kv => kv.Key, kv => kv.Value.GetAlternateLookup<ReadOnlySpan<char>>(), StringComparer.Ordinal);

    /// <summary>Prose above this many characters makes an article whatever else the page holds (a story with a video).</summary>
    private const int ArticleProseChars = 450;

    /// <summary>Below this a page with no other evidence is a stub, not an article.</summary>
    private const int MinimumProseChars = 200;

    private static readonly HashSet<string> MediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "VideoObject", "AudioObject", "PodcastEpisode", "RadioEpisode", "TVEpisode", "Clip", "VideoGallery", "MediaGallery", "Episode", "BroadcastEvent",
    };

    private static readonly HashSet<string> ListingTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "CollectionPage", "SearchResultsPage", "ItemList",
    };

    private static readonly HashSet<string> ResultsTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "SportsEvent", "SportsTeam",
    };

    /// <summary>The kind of the page and the evidence in a few words.</summary>
    public (PageKind Kind, string Reason) Classify(PageEvidence evidence, PageMetadata meta, IReadOnlyList<RawBlock> blocks, string? language, bool liveMarkupAroundBody)
    {
        var prose = Measure(blocks, language);
        var templateInBody = blocks.Count(b => TemplateExpression().IsMatch(b.Text));
        if (evidence.TitleIsTemplate)
        {
            return (PageKind.Template, "unrendered template placeholders ({{…}}) in the title");
        }
        if (templateInBody >= 2 || (evidence.TemplateExpressions >= 3 && prose.Chars < 1000))
        {
            return (PageKind.Template, Invariant($"{Math.Max(templateInBody, evidence.TemplateExpressions)} unrendered template placeholders ({{{{…}}}}) in the text"));
        }
        if (meta.IsLiveBlog)
        {
            return (PageKind.LiveBlog, "declared a LiveBlogPosting");
        }
        if (liveMarkupAroundBody)
        {
            return (PageKind.LiveBlog, "live-blog markup around the body");
        }
        if (evidence.ErrorHeadline is { } error && prose.Chars < 1000)
        {
            return (PageKind.Error, $"the headline says \"{error}\"");
        }
        var linkedHeadings = blocks.Count(b => b.Type is BlockType.Heading2 or BlockType.Heading3 && b.LinkDensity > 0.8);
        var proseDescription = Invariant($"{prose.Chars} characters of prose in {prose.Sentences} sentences");
        if (prose.Chars >= ArticleProseChars)
        {
            if (prose.DataLines >= 10 && prose.DataChars >= prose.Chars * 2)
            {
                return (PageKind.Results, Invariant($"{prose.DataLines} lines of names and numbers outweigh {proseDescription}"));
            }
            if (linkedHeadings >= 5 && linkedHeadings * 2 >= prose.Paragraphs)
            {
                return (PageKind.Listing, Invariant($"{linkedHeadings} linked headlines among {prose.Paragraphs} paragraphs"));
            }
            return (PageKind.Article, proseDescription);
        }

        // Too little prose for an article: say what the page is instead.
        if (meta.Types.Overlaps(ResultsTypes) || evidence.DataRows >= 8 || prose.DataLines >= 8)
        {
            var what = meta.Types.Overlaps(ResultsTypes) ? "declared a sports event"
                : Invariant($"{Math.Max(evidence.DataRows, prose.DataLines)} rows of names and numbers");
            return (PageKind.Results, $"{what}; only {proseDescription}");
        }
        var mediaType = meta.OgType is { } og && (og.StartsWith("video", StringComparison.Ordinal) || og.StartsWith("music", StringComparison.Ordinal) || og.StartsWith("audio", StringComparison.Ordinal))
            ? "og:type " + og
            : meta.Types.FirstOrDefault(MediaTypes.Contains);
        if (mediaType is not null || evidence.MediaPlayers > 0)
        {
            var what = mediaType is not null ? "declared " + mediaType : Invariant($"{evidence.MediaPlayers} media player(s) or media file link(s)");
            return (PageKind.Media, $"{what}; only {proseDescription}");
        }
        if (meta.ArticleType is null && (meta.Types.Overlaps(ListingTypes) || evidence.HeadlineLinks >= 12 || linkedHeadings >= 3))
        {
            var what = meta.Types.FirstOrDefault(ListingTypes.Contains) is { } t ? "declared " + t : Invariant($"{Math.Max(evidence.HeadlineLinks, linkedHeadings)} headline links");
            return (PageKind.Listing, $"{what}; only {proseDescription}");
        }
        if (prose.Chars < MinimumProseChars)
        {
            return (PageKind.Stub, "only " + proseDescription);
        }
        if (prose.Paragraphs <= 1 && prose.OtherLines >= 2)
        {
            // One paragraph among lines of furniture ("Edition : …", "Date 23.05.2011", "Audios et vidéos sur le sujet").
            return (PageKind.Stub, Invariant($"one paragraph among {prose.OtherLines} lines that are not sentences; only {proseDescription}"));
        }
        if (prose.EndsCut)
        {
            return (PageKind.Stub, $"a teaser cut short (\u2026); only {proseDescription}");
        }
        // A short note of a few sentences is still an article (a brief, a blog note).
        return (PageKind.Article, "short: " + proseDescription);
    }

    /// <summary>Characters of prose (sentences of several words with function words in them) in the running blocks.</summary>
    public int ProseChars(IReadOnlyList<RawBlock> blocks, string? language) => Measure(blocks, language).Chars;

    private ProseMeasure Measure(IReadOnlyList<RawBlock> blocks, string? language)
    {
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>[] stopwords =
            language is not null && _stopwords.TryGetValue(language, out var set) ? [set] : [.. _stopwords.Values];
        int chars = 0, sentences = 0, paragraphs = 0, dataLines = 0, dataChars = 0, otherLines = 0;
        string? lastProse = null;
        foreach (var block in blocks)
        {
            if (block.Type is BlockType.Caption or BlockType.Heading2 or BlockType.Heading3)
            {
                continue;
            }
            var blockProse = 0;
            foreach (var line in block.Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var lineProse = 0;
                foreach (var sentence in SentenceEnd().Split(line))
                {
                    if (IsProse(sentence, stopwords))
                    {
                        lineProse += sentence.Length;
                        sentences++;
                    }
                }
                if (lineProse == 0)
                {
                    otherLines++;
                    if (IsData(line))
                    {
                        dataLines++;
                        dataChars += line.Length;
                    }
                }
                blockProse += lineProse;
            }
            chars += blockProse;
            if (blockProse > 0)
            {
                paragraphs++;
                lastProse = block.Text;
            }
        }
        var cut = lastProse is not null && (lastProse.EndsWith("...", StringComparison.Ordinal) || lastProse.EndsWith('…') || lastProse.EndsWith("[…]", StringComparison.Ordinal));
        return new ProseMeasure(chars, sentences, paragraphs, dataLines, dataChars, otherLines, cut);
    }

    /// <summary>
    /// A sentence: five words or more with function words of the language in them; in a language the lexicon does not
    /// know, eight words or more, mostly in lower case (names and figures are capitalised or digits); or a run of CJK text.
    /// </summary>
    private static bool IsProse(string sentence, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>[] stopwords)
    {
        var cjk = 0;
        foreach (var c in sentence)
        {
            if (c is >= '\u3040' and <= '\u9fff' or >= '\uac00' and <= '\ud7af')
            {
                cjk++;
            }
        }
        if (cjk >= 12)
        {
            return true;
        }
        int words = 0, function = 0;
        foreach (var word in new WordRuns(sentence, curlyApostrophe: true))
        {
            words++;
            foreach (var set in stopwords)
            {
                if (set.Contains(word))
                {
                    function++;
                    break;
                }
            }
        }
        if (words < 5)
        {
            return false;
        }
        if (function >= 1 && function * 12 >= words)
        {
            return true;
        }
        return words >= 8 && LowerCaseWords(sentence) * 2 >= words;
    }

    /// <summary>A line of names and numbers: mostly capitalised words and figures ("Lorient 2-1 Nantes", "Dupont (12e)").</summary>
    private static bool IsData(string line)
    {
        var tokens = line.Split((char[])[' ', '\t', '\u00a0', ',', ';'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 2 || tokens.Length > 40)
        {
            return false;
        }
        var hits = tokens.Count(t => char.IsDigit(t[0]) || char.IsUpper(t[0]) || t.Any(char.IsDigit) || t is "-" or "–" or ":");
        return hits * 10 >= tokens.Length * 7;
    }

    private static int LowerCaseWords(string text) =>
        text.Split((char[])[' ', '\t', '\u00a0'], StringSplitOptions.RemoveEmptyEntries).Count(w => char.IsLower(w[0]));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>What the running blocks hold: prose (characters, sentences, paragraphs with some), lines of names and numbers, other lines.</summary>
    private readonly record struct ProseMeasure(int Chars, int Sentences, int Paragraphs, int DataLines, int DataChars, int OtherLines, bool EndsCut);

    [GeneratedRegex(@"(?<=[.!?。！？…])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\{\{[^{}\n]{1,120}\}\}")]
    private static partial Regex TemplateExpression();
}
