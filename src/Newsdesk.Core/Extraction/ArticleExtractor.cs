using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Newsdesk.Model;
using Newsdesk.Sanitizing;
using Newsdesk.Text;

namespace Newsdesk.Extraction;

/// <summary>
/// Turns raw page bytes and the page URL into a clean, structured, sanitised article.
/// Build once and share: it holds only immutable rules and is safe to call from many threads.
/// It never touches the network.
/// </summary>
public sealed class ArticleExtractor
{
    private static readonly HtmlParserOptions ParserOptions = new()
    {
        // Parse as a browser with scripting on does: <noscript> content is raw text, so a stray
        // "<noscript><div></noscript>" cannot swallow the rest of the page. No script ever runs.
        IsScripting = true,
        IsNotConsumingCharacterReferences = false,
        IsKeepingSourceReferences = false,
    };

    private static readonly string[] LeadNames = ["lead", "standfirst", "intro", "chapo", "chapeau", "summary", "teaser", "excerpt", "abstract", "deck", "dek", "subtitle", "subline", "subhead", "sub-head", "lede", "article-intro", "vorspann", "einleitung", "anriss", "accroche", "entradilla", "bajada", "sumario", "description", "kicker-text", "header-text"];

    private readonly Lexicon _lexicon;
    private readonly AttributeRules _rules;
    private readonly DomCleaner _cleaner;
    private readonly ContentFinder _finder;
    private readonly BlockFilter _filter;
    private readonly HtmlSanitizing _sanitizer;
    private readonly PageClassifier _classifier;

    /// <summary>Builds the extractor; <paramref name="logger"/> receives body-finding decisions at Trace level.</summary>
    public ArticleExtractor(HtmlSanitizing? sanitizer = null, ILogger<ArticleExtractor>? logger = null)
    {
        var log = (ILogger?)logger ?? NullLogger.Instance;
        _lexicon = Lexicon.Default;
        _rules = new AttributeRules(_lexicon);
        _cleaner = new DomCleaner(_rules, _lexicon, log);
        _finder = new ContentFinder(_rules, log);
        _filter = new BlockFilter(_lexicon);
        _sanitizer = sanitizer ?? HtmlSanitizing.Default;
        _classifier = new PageClassifier(_lexicon);
    }

    /// <summary>Below this many characters of prose the main rules found too little, and the fallbacks are tried.</summary>
    private const int ThinProseChars = 400;

    /// <summary>A body the rules found with at least this much prose in two paragraphs is short, not missing.</summary>
    private const int ShortBodyChars = 200;

    /// <summary>Extracts an article from the page's raw bytes; <paramref name="httpCharset"/> is the Content-Type charset when known.</summary>
    public ExtractedArticle Extract(byte[] page, Uri url, string? httpCharset = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Extract(CharsetDecoder.Decode(page, httpCharset).Text, url);
    }

    /// <summary>Extracts an article from already decoded HTML.</summary>
    public ExtractedArticle Extract(string html, Uri url)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(url);
        var document = new HtmlParser(ParserOptions).ParseDocument(Shortcodes.Render(html));
        if (document.QuerySelector("base[href]")?.GetAttribute("href") is { } baseHref && Uri.TryCreate(url, baseHref.Trim(), out var baseUrl)
            && baseUrl.Scheme is "http" or "https")
        {
            // Relative links in the page resolve against its <base href>, as in a browser.
            url = baseUrl;
        }
        var meta = MetadataReader.Read(document, url);
        var evidence = PageEvidence.Read(document, meta);
        var h1 = document.Body?.QuerySelector("h1") is { } heading ? MetadataReader.Normalize(heading.TextContent) : null;
        var paywallHint = HasPaywallMarkup(document);
        var liveHint = HasLiveBlogMarkup(document);
        var title = ChooseTitle(meta, h1);

        var blocks = new List<RawBlock>();
        string? lead = null;
        var liveAroundBody = false;
        if (document.Body is { } body)
        {
            ReadDatelineNearHeadline(body, meta);
            _cleaner.Clean(document);
            var stats = ElementStats.Compute(body);
            var roots = _finder.Find(body, stats);
            if (roots.Count > 0)
            {
                liveAroundBody = liveHint && LiveMarkupAroundBody(roots, stats);
                blocks = new BlockCollector(url, stats).Collect(roots);
                TakeDatelines(blocks, meta);
                blocks = _filter.Filter(blocks, title);
                var descriptionKey = BlockFilter.Key(meta.Description);
                var leadBlock = FindLead(roots, stats, url, descriptionKey);
                lead = LeadInsideBody(blocks, descriptionKey);
                if (leadBlock is not null && !_filter.IsBoilerplatePhrase(leadBlock.Text))
                {
                    var key = BlockFilter.Key(leadBlock.Text);
                    if (!blocks.Any(b => BlockFilter.Key(b.Text).Contains(key, StringComparison.Ordinal)))
                    {
                        blocks.Insert(0, leadBlock);
                    }
                    lead = leadBlock.Text;
                }
            }
        }
        var ruled = blocks;
        blocks = UseStructuredBodyWhenRicher(blocks, meta.ArticleBody, lead);
        var path = ReferenceEquals(blocks, ruled) ? ExtractionPath.Rules : ExtractionPath.StructuredData;
        var proseLanguage = ProseLanguage(meta.Language, blocks, title);
        if (_classifier.ProseChars(blocks, proseLanguage) < ThinProseChars)
        {
            (blocks, path) = Fallback(html, url, meta, title, blocks, path, proseLanguage);
        }
        if (blocks.Count == 0)
        {
            path = ExtractionPath.None;
        }

        var articleBlocks = blocks.Select(ToArticleBlock).ToList();
        var text = string.Join("\n\n", articleBlocks.Select(b => b.Text));
        var language = ChooseLanguage(meta.Language, text.Length > 0 ? text : title);
        var (kind, reason) = _classifier.Classify(evidence, meta, blocks, language?.Language ?? proseLanguage, liveAroundBody);
        var passages = PassageLanguages.Mark(blocks, language, _lexicon);
        for (var i = 0; i < articleBlocks.Count; i++)
        {
            if (passages[i] is { } other)
            {
                articleBlocks[i] = articleBlocks[i] with { Language = other };
            }
        }
        return new ExtractedArticle
        {
            Title = title,
            Lead = lead,
            Blocks = articleBlocks,
            Byline = meta.Byline,
            Published = meta.Published,
            Modified = meta.Modified,
            CanonicalUrl = meta.Canonical,
            Language = language,
            Section = meta.Section,
            Tags = meta.Tags.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            MainImage = meta.Image,
            SiteName = meta.SiteName,
            IsLiveBlog = meta.IsLiveBlog || liveHint,
            IsPaywalled = meta.IsPaywalled || paywallHint,
            Kind = kind,
            KindReason = reason,
            Path = path,
        };
    }

    private static bool MonthFirst(PageMetadata meta) =>
        LanguageTag.TryParse(meta.Language, out var tag) && Locales.Locale.For(tag).WritesMonthFirst;

    /// <summary>How many blocks from each end of the body a dateline line is looked for in.</summary>
    private const int DatelineReach = 6;

    /// <summary>
    /// Dateline lines near the top or the end of the body ("Le Courrier | 04.05.2015 à 13h36 • Mis à jour … | Par …") leave
    /// the text; their date, update and author fill the metadata where the page's own metadata says nothing.
    /// </summary>
    private static void TakeDatelines(List<RawBlock> blocks, PageMetadata meta)
    {
        var found = new List<(int Index, Dateline Dateline)>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if ((i < DatelineReach || i >= blocks.Count - DatelineReach)
                && blocks[i].Type is BlockType.Paragraph or BlockType.Heading2 or BlockType.Heading3
                && Datelines.Read(blocks[i].Text, meta.SiteName, MonthFirst(meta)) is { } dateline)
            {
                found.Add((i, dateline));
            }
        }
        // A line that is only a date is the story's dateline when it is the only one; several are a schedule's days.
        var bareLines = found.Count(f => f.Dateline.Bare);
        for (var f = found.Count - 1; f >= 0; f--)
        {
            var (i, dateline) = found[f];
            if (dateline.Bare && bareLines > 1)
            {
                continue;
            }
            blocks.RemoveAt(i);
            meta.Published ??= dateline.Published;
            meta.Modified ??= dateline.Modified;
            meta.Byline ??= dateline.Byline;
        }
    }

    /// <summary>
    /// Pages often print the dateline in an element named "meta" or "date" next to the headline, which the cleaner
    /// removes with the rest of the page furniture. Its facts are read first, from the headline's surroundings only
    /// (a dateline of another story in a side list must not date this one), and only above the first paragraph of text.
    /// </summary>
    private static void ReadDatelineNearHeadline(IElement body, PageMetadata meta)
    {
        if (meta.Published is not null && meta.Modified is not null && meta.Byline is not null
            || body.QuerySelector("h1") is not { } h1)
        {
            return;
        }
        var scope = h1;
        for (var up = 0; up < 3 && scope.ParentElement is { } parent && parent != body; up++)
        {
            scope = parent;
        }
        foreach (var element in scope.QuerySelectorAll("p, div, span, li, time, header, footer"))
        {
            if (element.Children.Any(c => c.LocalName is "p" or "div" or "li" or "header" or "footer" or "section" or "article"))
            {
                continue;
            }
            var text = MetadataReader.Normalize(element.TextContent);
            if (element.LocalName == "p" && text?.Length >= 150)
            {
                // The body has begun: dates further down are the story's own (a schedule, a chronology).
                return;
            }
            if (text is not null && Datelines.Read(text, meta.SiteName, MonthFirst(meta)) is { } dateline)
            {
                meta.Published ??= dateline.Published;
                meta.Modified ??= dateline.Modified;
                meta.Byline ??= dateline.Byline;
                return;
            }
        }
    }

    /// <summary>The language whose function words measure prose: the declared one, or a guess from the text found.</summary>
    private string? ProseLanguage(string? declared, List<RawBlock> blocks, string title)
    {
        if (LanguageTag.TryParse(declared, out var tag) && _lexicon.Stopwords.ContainsKey(tag.Language))
        {
            return tag.Language;
        }
        var (guess, _) = LanguageGuesser.Guess(string.Join("\n", blocks.Select(b => b.Text).Prepend(title)), _lexicon);
        return guess;
    }

    /// <summary>
    /// The main rules found too little prose: try the page's JSON-LD articleBody, then readability-style scoring of the
    /// page with only code, navigation, forms and strongly named boilerplate removed, then the single container with the
    /// most paragraph prose. A fallback is taken only when it gives clearly more prose than the rules did.
    /// </summary>
    private (List<RawBlock> Blocks, ExtractionPath Path) Fallback(string html, Uri url, PageMetadata meta, string title, List<RawBlock> blocks,
        ExtractionPath path, string? language)
    {
        var have = _classifier.ProseChars(blocks, language);
        var needed = Math.Max(ThinProseChars, have * 2);
        bool Better(List<RawBlock> candidate) => _classifier.ProseChars(candidate, language) >= needed && Plausible(candidate, blocks, title, meta.Description);
        if (path != ExtractionPath.StructuredData && StructuredParagraphs(meta.ArticleBody) is { Count: > 0 } structured && Better(structured))
        {
            return (structured, ExtractionPath.StructuredData);
        }
        // The rules found a short body of its own (two paragraphs or more): what the page-wide fallbacks would add is what
        // the rules left out on purpose (teaser cards, related stories), so only the publisher's own articleBody may replace it.
        if (have >= ShortBodyChars && blocks.Count(b => b.Type == BlockType.Paragraph) >= 2)
        {
            return (blocks, path);
        }
        var document = new HtmlParser(ParserOptions).ParseDocument(Shortcodes.Render(html));
        if (document.Body is not { } body)
        {
            return (blocks, path);
        }
        _cleaner.CleanLightly(document);
        var stats = ElementStats.Compute(body);
        var roots = _finder.Find(body, stats);
        if (roots.Count > 0)
        {
            var scored = _filter.Filter(new BlockCollector(url, stats).Collect(roots), title);
            if (Better(scored))
            {
                return (scored, ExtractionPath.Scoring);
            }
        }
        if (LargestProseBlock(body, stats) is { } largest)
        {
            var prose = _filter.Filter(new BlockCollector(url, stats).Collect([largest]), title);
            if (Better(prose))
            {
                return (prose, ExtractionPath.LargestProse);
            }
        }
        return (blocks, path);
    }

    /// <summary>
    /// A fallback must be about the same story: it holds the longest block the rules found, or, when they found nearly
    /// nothing, words of the headline or the description. Validation messages of a login form are prose too.
    /// </summary>
    private static bool Plausible(List<RawBlock> candidate, List<RawBlock> found, string title, string? description)
    {
        var text = BlockFilter.Key(string.Join(" ", candidate.Select(b => b.Text)));
        if (found.Where(b => b.Type == BlockType.Paragraph).MaxBy(b => b.Text.Length) is { Text.Length: >= 80 } longest)
        {
            var key = BlockFilter.Key(longest.Text);
            return text.Contains(key[..Math.Min(key.Length, 60)], StringComparison.Ordinal);
        }
        var words = (title + " " + description).Split((char[])[' ', ',', '.', ':', ';', '!', '?', '«', '»', '"', '\'', '’', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 5).Select(w => BlockFilter.Key(w)).Where(w => w.Length >= 5).Distinct(StringComparer.Ordinal).ToList();
        return words.Count > 0 && words.Count(w => text.Contains(w, StringComparison.Ordinal)) * 3 >= Math.Min(words.Count, 9);
    }

    /// <summary>The element whose own paragraphs (p children, few links) hold the most text.</summary>
    private static IElement? LargestProseBlock(IElement body, ElementStats stats)
    {
        IElement? best = null;
        var bestChars = 0;
        foreach (var element in body.QuerySelectorAll("div, article, section, main, td, blockquote").Prepend(body))
        {
            var chars = 0;
            foreach (var child in element.Children)
            {
                if (child.LocalName == "p" && stats.LinkDensity(child) < 0.3)
                {
                    var m = stats.Get(child);
                    chars += m.TextChars - m.LinkChars;
                }
            }
            if (chars > bestChars)
            {
                (best, bestChars) = (element, chars);
            }
        }
        return best;
    }

    /// <summary>The JSON-LD articleBody as paragraphs, its markup (when it has any) reduced to text.</summary>
    private static List<RawBlock>? StructuredParagraphs(string? articleBody)
    {
        if (string.IsNullOrWhiteSpace(articleBody))
        {
            return null;
        }
        var text = WebUtility.HtmlDecode(articleBody);
        if (text.Contains('<', StringComparison.Ordinal))
        {
            var fragment = new HtmlParser(ParserOptions).ParseDocument("<body>" + text + "</body>");
            foreach (var br in fragment.QuerySelectorAll("br").ToList())
            {
                br.Replace(fragment.CreateTextNode("\n"));
            }
            foreach (var paragraph in fragment.QuerySelectorAll("p, div, li, h2, h3, blockquote"))
            {
                paragraph.AppendChild(fragment.CreateTextNode("\n"));
            }
            foreach (var code in fragment.QuerySelectorAll("script, style").ToList())
            {
                code.Remove();
            }
            text = fragment.Body?.TextContent ?? "";
        }
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(TextNormalizer.Collapse)
            .Where(p => p.Length > 0)
            .Select(p => new RawBlock { Type = BlockType.Paragraph, Text = p, Html = WebUtility.HtmlEncode(p) })
            .ToList();
    }

    /// <summary>Live-blog markup (class liveblog, live-ticker…) wraps the body or holds most of its text, not a widget beside it.</summary>
    private static bool LiveMarkupAroundBody(IReadOnlyList<IElement> roots, ElementStats stats)
    {
        for (var element = roots[0]; element is not null && element.LocalName != "body"; element = element.ParentElement)
        {
            if (IsLiveElement(element))
            {
                return true;
            }
        }
        var total = roots.Sum(stats.TextChars);
        var live = roots.SelectMany(r => r.QuerySelectorAll("*").Where(IsLiveElement)).Where(e => !e.Ancestors<IElement>().Any(IsLiveElement)).Sum(stats.TextChars);
        return total > 0 && live * 2 >= total;
    }

    private static bool IsLiveElement(IElement element) =>
        AttributeRules.Names(element) is { Length: > 0 } names
        && (names.Contains("liveblog", StringComparison.Ordinal) || names.Contains("live-blog", StringComparison.Ordinal)
            || names.Contains("liveticker", StringComparison.Ordinal) || names.Contains("live-ticker", StringComparison.Ordinal));

    private ArticleBlock ToArticleBlock(RawBlock block)
    {
        // Block HTML is built from an allow-list already; the sanitiser still sees anything with markup in it.
        var html = block.Html.Contains('<', StringComparison.Ordinal) ? _sanitizer.Sanitize(block.Html) : block.Html;
        return new ArticleBlock(block.Type, block.Text, html, block.ImageUrl);
    }

    private static string ChooseTitle(PageMetadata meta, string? h1)
    {
        var metaTitle = meta.Title;
        if (h1 is { Length: > 3 and < 300 })
        {
            // The visible headline wins when the metadata title is it plus a site name, or there is none.
            if (metaTitle is null || BlockFilter.Key(metaTitle).Contains(BlockFilter.Key(h1), StringComparison.Ordinal)
                || (meta.DocumentTitle is { } dt && BlockFilter.Key(dt).Contains(BlockFilter.Key(h1), StringComparison.Ordinal)))
            {
                return h1;
            }
        }
        if (metaTitle is not null)
        {
            return metaTitle;
        }
        if (meta.DocumentTitle is { } documentTitle)
        {
            foreach (var separator in (string[])[" | ", " - ", " – ", " — ", " :: ", " » "])
            {
                var at = documentTitle.LastIndexOf(separator, StringComparison.Ordinal);
                if (at > 15)
                {
                    return documentTitle[..at].Trim();
                }
            }
            return documentTitle;
        }
        return h1 ?? "";
    }

    private LanguageTag? ChooseLanguage(string? declared, string text)
    {
        var (guess, confident) = LanguageGuesser.Guess(text, _lexicon);
        LanguageTag? declaredTag = LanguageTag.TryParse(declared, out var tag) ? tag : null;
        if (declaredTag is { } d && (guess is null || !confident || d.Language == guess))
        {
            return d;
        }
        if (guess is not null && LanguageTag.TryParse(guess, out var guessed))
        {
            return guessed;
        }
        return declaredTag;
    }

    /// <summary>
    /// A standfirst placed above the body container (in the article header) belongs to the body; it is
    /// searched only near the chosen body and must be running text, not a link list. It is named as one
    /// (class chapo, standfirst, lead...) or repeats the page's own description.
    /// </summary>
    private RawBlock? FindLead(IReadOnlyList<IElement> roots, ElementStats stats, Uri url, string descriptionKey)
    {
        var first = roots[0];
        var scope = first;
        for (var i = 0; i < 3 && scope.ParentElement is { } parent && parent.LocalName != "body"; i++)
        {
            scope = parent;
        }
        foreach (var candidate in scope.QuerySelectorAll("p, div, span, h2, section"))
        {
            if (roots.Any(r => r.Contains(candidate)) || candidate.Contains(first))
            {
                continue;
            }
            if ((first.CompareDocumentPosition(candidate) & DocumentPositions.Preceding) == 0)
            {
                break;
            }
            if (!IsLeadElement(candidate) && !RepeatsDescription(candidate.TextContent, descriptionKey) && !IsSoleChildOfLead(candidate))
            {
                continue;
            }
            if (candidate.Children.Length == 1 && candidate.Children[0].LocalName is "h2" or "h3" && candidate.Children[0].TextContent.Length == candidate.TextContent.Length)
            {
                // "<div class=lead><h2>…</h2></div>": the standfirst set as a heading; the heading itself is the lead.
                continue;
            }
            var m = stats.Get(candidate);
            if (m.TextChars is < 40 or > 1200 || stats.LinkDensity(candidate) > 0.3
                || candidate.QuerySelector("li, h1, h2, h3, figure, table") is not null || candidate.QuerySelectorAll("p").Length > 3)
            {
                continue;
            }
            return LeadBlock(candidate, url);
        }
        return SubtitleAfterHeadline(first, roots, stats, url);
    }

    /// <summary>A sentence-long subtitle right after the headline (h1 + h2, or inside an hgroup) is the standfirst.</summary>
    private static RawBlock? SubtitleAfterHeadline(IElement first, IReadOnlyList<IElement> roots, ElementStats stats, Uri url)
    {
        var h1 = first.Owner?.QuerySelector("h1");
        if (h1 is null || roots.Any(r => r.Contains(h1)) || (first.CompareDocumentPosition(h1) & DocumentPositions.Preceding) == 0)
        {
            return null;
        }
        var sibling = h1.NextElementSibling;
        for (var i = 0; i < 2 && sibling is not null; i++, sibling = sibling.NextElementSibling)
        {
            if (sibling.LocalName is "h2" or "p" && !roots.Any(r => r.Contains(sibling)))
            {
                var m = stats.Get(sibling);
                var text = sibling.TextContent.Trim();
                if (m.TextChars is >= 50 and <= 600 && stats.LinkDensity(sibling) < 0.2 && text.Contains(' ', StringComparison.Ordinal))
                {
                    return LeadBlock(sibling, url);
                }
            }
        }
        return null;
    }

    private static RawBlock LeadBlock(IElement element, Uri url)
    {
        var builder = new InlineBuilder(url);
        builder.AppendElement(element);
        var (text, html, links) = builder.Take();
        return new RawBlock { Type = BlockType.Paragraph, Text = text, Html = html, LinkChars = links, Source = element, FromLead = true };
    }

    /// <summary>The first block, when the page marks it as the standfirst (class lead, intro, chapo...) or it repeats the page's description.</summary>
    private static string? LeadInsideBody(List<RawBlock> blocks, string descriptionKey)
    {
        if (blocks.Count == 0 || blocks[0].Type != BlockType.Paragraph || blocks[0].Source is not { } source)
        {
            return null;
        }
        if (RepeatsDescription(blocks[0].Text, descriptionKey))
        {
            return blocks[0].Text;
        }
        for (var element = source; element is not null && element.LocalName is not ("article" or "main" or "body"); element = element.ParentElement)
        {
            if (IsLeadElement(element))
            {
                return blocks[0].Text;
            }
            if (element.ParentElement?.Children.Length > 1 && element != source)
            {
                break;
            }
        }
        return null;
    }

    /// <summary>The text is the page's meta description (which sites often cut short with an ellipsis).</summary>
    private static bool RepeatsDescription(string text, string descriptionKey)
    {
        if (descriptionKey.Length < 40)
        {
            return false;
        }
        var key = BlockFilter.Key(text);
        return key == descriptionKey || (descriptionKey.Length >= 80 && key.Length < descriptionKey.Length * 2 && key.StartsWith(descriptionKey, StringComparison.Ordinal));
    }

    /// <summary>A paragraph or heading that is all of a lead-named wrapper ("div.Post__lead > h2").</summary>
    private static bool IsSoleChildOfLead(IElement element) =>
        element.LocalName is "p" or "h2" or "h3" && element.ParentElement is { } parent && parent.Children.Length == 1 && IsLeadElement(parent);

    private static bool IsLeadElement(IElement element)
    {
        var names = AttributeRules.Names(element);
        return (names.Length > 0 && LeadNames.Any(n => ContainsNamePart(names, n)))
            || element.GetAttribute("itemprop") == "description";
    }

    /// <summary>
    /// Whether a lead name is a part of the class or id names, not the inside of another word: "article__lead",
    /// "lead-text", "c-lead", "leadtext", "subheadline" and "articlelead" count; Tailwind's "leading-snug" does not.
    /// </summary>
    private static bool ContainsNamePart(string names, string name)
    {
        for (var at = names.IndexOf(name, StringComparison.Ordinal); at >= 0; at = names.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            var wordBefore = at > 0 && char.IsLetter(names[at - 1]);
            var wordAfter = end < names.Length && char.IsLetter(names[end]);
            // Glued compounds: a known lead name followed by "text"/"line"/"duction"/"paragraph" or preceded by
            // "article"/"post"/"story" ("leadtext", "subheadline", "introduction", "articlelead").
            if (wordAfter && !(names.AsSpan(end).StartsWith("text", StringComparison.Ordinal) || names.AsSpan(end).StartsWith("line", StringComparison.Ordinal)
                || names.AsSpan(end).StartsWith("duction", StringComparison.Ordinal) || names.AsSpan(end).StartsWith("paragraph", StringComparison.Ordinal)))
            {
                continue;
            }
            if (wordBefore && !(names.AsSpan(0, at).EndsWith("article", StringComparison.Ordinal) || names.AsSpan(0, at).EndsWith("post", StringComparison.Ordinal)
                || names.AsSpan(0, at).EndsWith("story", StringComparison.Ordinal)))
            {
                continue;
            }
            return true;
        }
        return false;
    }

    /// <summary>When the page's own JSON-LD articleBody is far richer than what the DOM gave, trust it (after the lead, which it often leaves out).</summary>
    private static List<RawBlock> UseStructuredBodyWhenRicher(List<RawBlock> blocks, string? articleBody, string? lead)
    {
        if (string.IsNullOrWhiteSpace(articleBody))
        {
            return blocks;
        }
        var structured = WebUtility.HtmlDecode(articleBody);
        if (structured.Contains('<', StringComparison.Ordinal))
        {
            return blocks;
        }
        var extractedChars = blocks.Sum(b => b.Text.Length);
        if (structured.Length < 400 || structured.Length < extractedChars * 2)
        {
            return blocks;
        }
        var paragraphs = structured.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(TextNormalizer.Collapse)
            .Where(p => p.Length > 0)
            .Select(p => new RawBlock { Type = BlockType.Paragraph, Text = p, Html = WebUtility.HtmlEncode(p) })
            .ToList();
        if (lead is not null && blocks.FirstOrDefault(b => b.Text == lead) is { } leadBlock
            && !BlockFilter.Key(structured).Contains(BlockFilter.Key(lead), StringComparison.Ordinal))
        {
            paragraphs.Insert(0, leadBlock);
        }
        return paragraphs;
    }

    private static bool HasPaywallMarkup(IHtmlDocument document) =>
        document.QuerySelector("[class*='paywall'], [id*='paywall'], [class*='regwall'], [class*='piano-offer'], [class*='subscriber-only'], [class*='premium-lock']") is not null;

    private static bool HasLiveBlogMarkup(IHtmlDocument document) =>
        document.QuerySelector("[class*='liveblog'], [class*='live-blog'], [class*='liveticker'], [class*='live-ticker'], [id*='liveblog']") is not null;
}
