using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Newsdesk.Locales;
using Newsdesk.Model;
using Newsdesk.Sanitizing;

namespace Newsdesk.Translation;

/// <summary>
/// The translation pipeline, in one place:
/// segment by blocks -> translation memory -> protect -> batch -> engine (retry, split) -> restore -> glossary
/// check -> target typography -> result with provenance, cost, failures and the memory candidates (which enter the
/// memory only when the translation is accepted; see Processing/TranslationDecisions).
/// Built once at start-up; safe to share between jobs.
/// </summary>
public sealed class ArticleTranslator
{
    private readonly TranslationEngineRegistry _registry;
    private readonly ITranslationMemory _memory;
    private readonly TimeProvider _time;
    private readonly ArticleTranslatorOptions _options;
    private readonly ILogger _logger;
    private readonly IUnknownWordResolver _unknownWords;
    private readonly INameEvidence? _names;

    public ArticleTranslator(
        TranslationEngineRegistry registry,
        ITranslationMemory memory,
        TimeProvider time,
        ArticleTranslatorOptions? options = null,
        ILogger<ArticleTranslator>? logger = null,
        IUnknownWordResolver? unknownWords = null,
        INameEvidence? names = null)
    {
        _names = names;
        _registry = registry;
        _memory = memory;
        _time = time;
        _options = options ?? new ArticleTranslatorOptions();
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _unknownWords = unknownWords ?? NullUnknownWordResolver.Instance;
    }

    /// <summary>Translates an article; engine failures are in the result, only an unavailable pair or engine throws.</summary>
    /// <exception cref="TranslationUnavailableException">No engine (or not the named one) translates the pair.</exception>
    public async Task<ArticleTranslationResult> TranslateAsync(ArticleTranslationRequest request, CancellationToken cancellationToken)
    {
        var article = request.Article;
        var source = request.Source ?? article.Language
            ?? throw new ArgumentException("The article has no language; give the source language explicitly.", nameof(request));
        var pair = new LanguagePair(source, request.Target);
        var engine = await _registry.ResolveAsync(pair, request.Engine, cancellationToken);
        var capabilities = engine.Capabilities;
        var glossary = request.Glossary;
        var target = Locale.For(pair.Target);

        // 1. Segment: title, lead (when it is not the first block already), then every body block that is in the article's
        //    language (a passage in another language, such as an embedded post, is kept as it is).
        var segments = Segment(article, capabilities.SupportsMarkup, source);
        var outcomes = new SegmentOutcome?[segments.Count];

        // 2. Translation memory: exact matches per pair, engine and glossary version; an editor's approved rendering
        //    of the same source segment wins over any engine's.
        var keys = segments.Select(s => new TranslationMemoryKey(pair.Source, pair.Target, engine.Name, glossary.Version,
            TranslationMemoryKey.Hash(s.Html))).ToList();
        var editorKeys = segments.Select(s => EditorKey(pair, glossary.Version, s.OriginalHtml)).ToList();
        var hits = await _memory.GetManyAsync(keys.Concat(editorKeys).Distinct().ToList(), cancellationToken);
        var pending = new Dictionary<TranslationMemoryKey, List<int>>();
        for (var i = 0; i < segments.Count; i++)
        {
            if ((hits.TryGetValue(editorKeys[i], out var edited) || hits.TryGetValue(keys[i], out edited))
                && PlaceholderAudit.ExtraMarker(segments[i].Html, edited.TargetHtml) is null)
            {
                outcomes[i] = new SegmentOutcome(segments[i].Role, segments[i].BlockIndex, segments[i].Html, edited.TargetHtml,
                    SegmentProvenance.Memory, edited.Key.Engine, [], []);
            }
            else if (pending.TryGetValue(keys[i], out var same))
            {
                same.Add(i); // the same text twice in one article is translated once
            }
            else
            {
                pending[keys[i]] = [i];
            }
        }

        // 3. Protect what must not change; preferred renderings go to the engine when it applies glossaries itself.
        List<Work> work = [];
        if (pending.Count > 0)
        {
            var protector = new SegmentProtector(pair, glossary, _options.Protection, capabilities.Placeholders, capabilities.SupportsGlossary, _names);
            work = [.. pending.Select(p => new Work(p.Key, p.Value, protector.Protect(segments[p.Value[0]].Html)))];
        }
        if (work.Count > 0 && capabilities.MarksUnknownWords)
        {
            // The mending's dictionaries and programs get ready while the engine translates.
            _unknownWords.Prepare(pair);
        }

        // 4. Batch into as few engine calls as the engine allows; 5. translate, splitting batches that are too large.
        var costs = new Dictionary<string, TranslationCost>(StringComparer.Ordinal);
        var failures = new List<EngineFailure>();
        var candidates = new List<TranslationMemoryEntry>();
        var queue = new LinkedList<List<Work>>(Batch(work, capabilities));
        EngineFailure? stopped = null;
        while (queue.First is { } node)
        {
            queue.RemoveFirst();
            var batch = node.Value;
            if (stopped is not null)
            {
                Fail(batch, stopped);
                continue;
            }
            var engineBatch = new TranslationBatch(pair, batch.Select(w => w.Protected.Html).ToList(),
                capabilities.SupportsGlossary ? glossary : null, request.Formality);
            var (result, cost) = await CallAsync(engine, engineBatch, cancellationToken);
            costs[engine.Name] = costs.GetValueOrDefault(engine.Name) + cost;
            if (result.Failure is { } failure)
            {
                if (failure.Kind == FailureKind.TooLarge && batch.Count > 1)
                {
                    var half = batch.Count / 2;
                    queue.AddFirst(batch[half..]);
                    queue.AddFirst(batch[..half]);
                    continue;
                }
                failures.Add(failure);
                _logger.LogWarning("Translation {Pair} with {Engine} failed for {Count} segment(s): {Message}",
                    pair, engine.Name, batch.Count, failure.Message);
                if (failure.Kind == FailureKind.Permanent)
                {
                    stopped = failure; // quota, auth, unknown pair: do not call the engine again for this article
                }
                Fail(batch, failure);
                continue;
            }

            // 6. Check the placeholders and markers of each segment; a faulty segment is asked again once, alone with the
            //    others that failed, and fails visibly when it comes back wrong again: nothing of it is stored.
            var faulty = new List<(Work Item, SegmentIssue Fault)>();
            for (var j = 0; j < batch.Count; j++)
            {
                if (Accept(batch[j], result.Segments[j], j < result.Unknown.Count ? result.Unknown[j] : null) is { } fault)
                {
                    faulty.Add((batch[j], fault));
                }
            }
            if (faulty.Count == 0)
            {
                continue;
            }
            _logger.LogInformation("{Engine}: asking again for {Count} segment(s) of {Pair}: {Faults}",
                engine.Name, faulty.Count, pair, string.Join("; ", faulty.Select(f => f.Fault.Message)));
            var again = engineBatch with { Segments = faulty.Select(f => f.Item.Protected.Html).ToList() };
            var (second, secondCost) = await CallAsync(engine, again, cancellationToken);
            costs[engine.Name] = costs.GetValueOrDefault(engine.Name) + secondCost;
            if (second.Failure is { } retryFailure)
            {
                failures.Add(retryFailure);
                if (retryFailure.Kind == FailureKind.Permanent)
                {
                    stopped = retryFailure;
                }
                Fail(faulty.Select(f => f.Item).ToList(), retryFailure);
                continue;
            }
            for (var k = 0; k < faulty.Count; k++)
            {
                if (Accept(faulty[k].Item, second.Segments[k], k < second.Unknown.Count ? second.Unknown[k] : null) is { } fault)
                {
                    var original = InlineHtml.ToText(segments[faulty[k].Item.Indexes[0]].Html);
                    var wrong = new EngineFailure(engine.Name, FailureKind.Permanent,
                        $"{engine.Name}: the translation of \"{(original.Length <= 60 ? original : original[..60] + "…")}\" is still wrong after a retry, "
                        + $"nothing of it is used: {fault.Message} [{fault.Code}]", InlineHtml.ToText(second.Segments[k]));
                    failures.Add(wrong);
                    _logger.LogWarning("Translation {Pair} with {Engine}: {Message}", pair, engine.Name, wrong.Message);
                    Fail([faulty[k].Item], wrong);
                }
            }
        }

        // Restores one segment as the engine returned it, or gives the fault that keeps it from being used.
        SegmentIssue? Accept(Work item, string translated, IReadOnlyList<string>? unknown)
        {
            if (PlaceholderAudit.Check(item.Protected, translated) is { } fault)
            {
                return fault;
            }
            var issues = new List<SegmentIssue>();
            if (!capabilities.SupportsMarkup && InlineHtml.TagPattern().IsMatch(segments[item.Indexes[0]].OriginalHtml))
            {
                issues.Add(new SegmentIssue("markup-dropped", $"{engine.Name} cannot carry inline markup; links and emphasis were dropped."));
            }
            var typeset = TargetTypography.Apply(translated, target);
            var restored = SegmentProtector.Restore(typeset, item.Protected.Spans, out var lost,
                undoCapitalisation: target.Language is not ("de" or "lb"));
            if (lost.Count > 0)
            {
                return new SegmentIssue("placeholder-missing", $"the protected {lost[0].Kind.ToString().ToLowerInvariant()} '{lost[0].Source}' was lost");
            }
            if (PlaceholderAudit.ExtraMarker(segments[item.Indexes[0]].Html, restored) is { } marker)
            {
                return new SegmentIssue("mask-remnant", $"it contains '{marker}', a broken or stray placeholder");
            }
            if (unknown is { Count: > 0 })
            {
                restored = MendUnknownWords(restored, unknown, pair, engine.Name, issues);
            }
            if (capabilities.SupportsGlossary)
            {
                restored = ReplaceAvoided(glossary, segments[item.Indexes[0]].Html, restored, issues);
            }
            issues.AddRange(CheckGlossary(glossary, segments[item.Indexes[0]].Html, restored));
            candidates.Add(new TranslationMemoryEntry(item.Key, segments[item.Indexes[0]].Html, restored));
            foreach (var index in item.Indexes)
            {
                outcomes[index] = new SegmentOutcome(segments[index].Role, segments[index].BlockIndex, segments[index].Html, restored,
                    SegmentProvenance.Engine, engine.Name, item.Protected.Spans, issues);
            }
            return null;
        }

        void Fail(List<Work> batch, EngineFailure failure)
        {
            foreach (var item in batch)
            {
                foreach (var index in item.Indexes)
                {
                    outcomes[index] = new SegmentOutcome(segments[index].Role, segments[index].BlockIndex, segments[index].Html, null,
                        SegmentProvenance.Failed, engine.Name, item.Protected.Spans, [], failure);
                }
            }
        }

        var final = outcomes.Select(o => o!).ToList();
        return new ArticleTranslationResult
        {
            Pair = pair,
            Engine = engine.Name,
            Article = Assemble(article, pair.Target, final),
            Segments = final,
            Costs = costs,
            Failures = failures,
            MemoryCandidates = candidates,
        };
    }

    private async Task<(EngineResult Result, TranslationCost Cost)> CallAsync(
        ITranslationEngine engine, TranslationBatch batch, CancellationToken cancellationToken)
    {
        var cost = TranslationCost.Zero;
        for (var attempt = 1; ; attempt++)
        {
            EngineResult result;
            try
            {
                result = await engine.TranslateAsync(batch, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                // Engines report failures as results; an exception is a bug or an unexpected condition, retried like a transient one.
                result = EngineResult.Failed(new EngineFailure(engine.Name, FailureKind.Transient, $"{engine.Name} threw {ex.GetType().Name}: {ex.Message}"));
            }
            // Every attempt counts as a call even when the engine reported no cost for a failure.
            cost += result.Cost with { Calls = Math.Max(1, result.Cost.Calls) };
            if (result.IsSuccess && result.Segments.Count != batch.Segments.Count)
            {
                result = EngineResult.Failed(new EngineFailure(engine.Name, FailureKind.Transient,
                    $"{engine.Name} returned {result.Segments.Count} segment(s) for {batch.Segments.Count}."));
            }
            if (result.Failure is not { Kind: FailureKind.Transient } failure || attempt >= _options.MaxAttempts)
            {
                return (result, cost);
            }
            var delay = failure.RetryAfter ?? Backoff(attempt);
            if (delay > _options.MaxRetryAfter)
            {
                return (EngineResult.Failed(failure with
                {
                    Message = $"{failure.Message} (asked to wait {delay.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s; left to the job retry)",
                }), cost);
            }
            _logger.LogInformation("{Engine}: {Message}; retrying in {Delay} (attempt {Attempt} of {Max})",
                engine.Name, failure.Message, delay, attempt + 1, _options.MaxAttempts);
            await Task.Delay(delay, _time, cancellationToken);
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        var delay = _options.BaseDelay * Math.Pow(2, attempt - 1);
        return delay > _options.MaxDelay ? _options.MaxDelay : delay;
    }

    /// <summary>The engine name under which editors' approved renderings are kept in the memory.</summary>
    public const string EditorEngine = "editor";

    /// <summary>The memory key of an editor's approved rendering of one source segment (its inline HTML), whatever engine made the draft.</summary>
    public static TranslationMemoryKey EditorKey(LanguagePair pair, string glossaryVersion, string sourceHtml) =>
        new(pair.Source, pair.Target, EditorEngine, glossaryVersion, TranslationMemoryKey.Hash(sourceHtml));

    /// <summary>
    /// The memory entries an editor's approval teaches: for the headline, the lead and each body block whose text the
    /// editor changed, the source segment (as the translator segments it) and the approved target HTML.
    /// Blocks are paired by position; when the editor added or removed blocks only the headline is learned.
    /// </summary>
    public static IReadOnlyList<TranslationMemoryEntry> EditorEntries(ExtractedArticle source, ExtractedArticle before, ExtractedArticle after,
        LanguagePair pair, string glossaryVersion)
    {
        var entries = new List<TranslationMemoryEntry>();
        void Learn(string sourceHtml, string? beforeText, string afterText, string? afterHtml)
        {
            if (InlineHtml.ToText(sourceHtml).Length > 0 && afterText.Trim().Length > 0 && !string.Equals(beforeText, afterText, StringComparison.Ordinal))
            {
                entries.Add(new TranslationMemoryEntry(EditorKey(pair, glossaryVersion, sourceHtml), sourceHtml,
                    afterHtml is { Length: > 0 } ? afterHtml : InlineHtml.Encode(afterText.Trim())));
            }
        }
        foreach (var segment in Segment(source, withMarkup: true, pair.Source))
        {
            switch (segment.Role)
            {
                case SegmentRole.Title:
                    Learn(segment.OriginalHtml, before.Title, after.Title, null);
                    break;
                case SegmentRole.Lead when after.Lead is not null:
                    Learn(segment.OriginalHtml, before.Lead, after.Lead, null);
                    break;
                case SegmentRole.Block when segment.BlockIndex is { } i && source.Blocks.Count == after.Blocks.Count && before.Blocks.Count == after.Blocks.Count:
                    Learn(segment.OriginalHtml, before.Blocks[i].Text, after.Blocks[i].Text,
                        string.Equals(after.Blocks[i].Text, InlineHtml.ToText(after.Blocks[i].Html ?? ""), StringComparison.Ordinal) ? after.Blocks[i].Html : null);
                    break;
                default:
                    break;
            }
        }
        return entries;
    }

    private static List<SourceSegment> Segment(ExtractedArticle article, bool withMarkup, LanguageTag source)
    {
        var segments = new List<SourceSegment>();
        if (article.Title.Trim().Length > 0)
        {
            segments.Add(new SourceSegment(SegmentRole.Title, null, InlineHtml.Encode(article.Title.Trim()), InlineHtml.Encode(article.Title.Trim())));
        }
        var firstBlockText = article.Blocks.Count > 0 ? article.Blocks[0].Text : null;
        if (article.Lead is { } lead && lead.Trim().Length > 0 && !string.Equals(lead.Trim(), firstBlockText?.Trim(), StringComparison.Ordinal))
        {
            segments.Add(new SourceSegment(SegmentRole.Lead, null, InlineHtml.Encode(lead.Trim()), InlineHtml.Encode(lead.Trim())));
        }
        for (var i = 0; i < article.Blocks.Count; i++)
        {
            var block = article.Blocks[i];
            if (IsKeptPassage(block, source))
            {
                continue;
            }
            var html = block.Html is { Length: > 0 } h ? h.Trim() : InlineHtml.Encode(block.Text.Trim());
            if (InlineHtml.ToText(html).Length == 0)
            {
                continue;
            }
            var sent = withMarkup ? html : InlineHtml.Encode(InlineHtml.ToText(html));
            segments.Add(new SourceSegment(SegmentRole.Block, i, sent, html));
        }
        return segments;
    }

    /// <summary>A block in another language than the one translated from: it stays in its language.</summary>
    public static bool IsKeptPassage(ArticleBlock block, LanguageTag source) =>
        block.Language is { } language && !string.Equals(language.Language, source.Language, StringComparison.Ordinal);

    private static List<List<Work>> Batch(List<Work> work, EngineCapabilities capabilities)
    {
        var batches = new List<List<Work>>();
        var current = new List<Work>();
        var characters = 0;
        foreach (var item in work)
        {
            var length = item.Protected.Html.Length;
            if (current.Count > 0 && (current.Count >= capabilities.MaxSegmentsPerCall || characters + length > capabilities.MaxCharactersPerCall))
            {
                batches.Add(current);
                current = [];
                characters = 0;
            }
            current.Add(item);
            characters += length;
        }
        if (current.Count > 0)
        {
            batches.Add(current);
        }
        return batches;
    }

    /// <summary>
    /// Replaces the words the engine left untranslated with the resolver's rendering, where it has a safe one; each change is
    /// recorded as an issue with what it replaced. A capitalised word is mended only where it opens a sentence: elsewhere it
    /// is most likely a name.
    /// </summary>
    private string MendUnknownWords(string html, IReadOnlyList<string> words, LanguagePair pair, string engineName, List<SegmentIssue> issues)
    {
        // First the words with one rendering alone, then, with those in place, the words whose form the word before
        // them decides (an adjective of either gender takes the gender and number of the noun it follows, which may
        // itself have been mended in the first round).
        var resolved = words.Distinct(StringComparer.Ordinal).Where(w => w.Length >= 2)
            .Select(w => (Word: w, Alone: _unknownWords.Resolve(pair, w))).ToList();
        foreach (var (word, alone) in resolved.Where(r => r.Alone is not null).Concat(resolved.Where(r => r.Alone is null)))
        {
            var capitalised = char.IsUpper(word[0]);
            var pattern = alone is { FeminineNoun: true } && FeminineArticles.TryGetValue(pair.Target.Language, out var articles)
                ? WordPattern(word, articles.Keys)
                : WordPattern(word, []);
            var mended = new List<UnknownWordRendering>();
            var agreed = new List<(string Before, string After)>();
            var kept = false;
            var output = new StringBuilder(html.Length + 16);
            var atSentenceStart = true;
            foreach (var (isTag, value) in InlineHtml.Tokenize(html))
            {
                if (isTag)
                {
                    output.Append(value);
                    continue;
                }
                var text = InlineHtml.Decode(value);
                var replaced = pattern.Replace(text, m =>
                {
                    var article = m.Groups["art"];
                    var wordStart = m.Groups["w"].Index;
                    var found = capitalised && !OpensSentence(text, wordStart, atSentenceStart && !article.Success)
                        ? null
                        : WordBefore(text, wordStart) is { } before ? _unknownWords.Resolve(pair, word, before) : alone;
                    if (found is null || string.Equals(found.Rendering, word, StringComparison.Ordinal))
                    {
                        kept = true;
                        return m.Value;
                    }
                    mended.Add(found);
                    var wordEnd = wordStart + m.Groups["w"].Length;
                    var tail = m.Value[(wordEnd - m.Index)..];
                    var next = m.Groups["next"];
                    if (found.FeminineNoun && next.Success && _unknownWords.FeminineOf(pair, next.Value) is { } agreeing)
                    {
                        // The engine made the adjective after a word it did not know masculine ("los *turbines hidráulicos").
                        tail = tail[..(next.Index - wordEnd)] + agreeing;
                        agreed.Add((next.Value, agreeing));
                    }
                    if (!article.Success)
                    {
                        return m.Value[..(wordStart - m.Index)] + found.Rendering + tail;
                    }
                    // The engine chose a masculine article for a word it did not know ("l'érosion" -> "el érosion").
                    var feminine = FeminineArticles[pair.Target.Language][article.Value.ToLowerInvariant()];
                    if (char.IsUpper(article.Value[0]))
                    {
                        feminine = char.ToUpperInvariant(feminine[0]) + feminine[1..];
                    }
                    return feminine + m.Value[(article.Index + article.Length - m.Index)..(wordStart - m.Index)] + found.Rendering + tail;
                });
                output.Append(InlineHtml.Encode(replaced));
                var trimmed = text.TrimEnd();
                if (trimmed.Length > 0)
                {
                    atSentenceStart = trimmed[^1] is '.' or '!' or '?' or ':' or '…';
                }
            }
            if (mended.Count > 0)
            {
                html = output.ToString();
                foreach (var found in mended.DistinctBy(f => f.Rendering))
                {
                    issues.Add(new SegmentIssue("unknown-word-mended",
                        $"{engineName} did not know '{word}'; rendered '{found.Rendering}' ({found.Evidence}).", word, found.Rendering));
                }
                foreach (var (before, after) in agreed.Distinct())
                {
                    issues.Add(new SegmentIssue("agreement-mended",
                        $"'{before}' after the mended feminine noun '{mended[0].Rendering}' made feminine: '{after}'.", before, after));
                }
            }
            // What stays unknown, and the engine's own dictionaries say is not a target-language word, is recorded, so that
            // the check reports it even where the target's spelling dictionary happens to know it ("ferré").
            if (kept && _unknownWords.IsTargetWord(pair, word) == false)
            {
                issues.Add(new SegmentIssue(SegmentIssue.UnknownWordLeft, $"{engineName} did not know '{word}' and the desk has no safe rendering of it.", word));
            }
        }
        return html;
    }

    /// <summary>The word right before a position, with only spaces between (not across punctuation), or null.</summary>
    private static string? WordBefore(string text, int index)
    {
        var end = index;
        while (end > 0 && text[end - 1] is ' ' or '\u00A0')
        {
            end--;
        }
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return end > start && end < index ? text[start..end] : null;
    }

    private static bool OpensSentence(string text, int index, bool atStart)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '«' or '"' or '“' or '(' or '\'' or '‘' or '—' or '–' or '-')
            {
                continue;
            }
            return c is '.' or '!' or '?' or ':' or '…';
        }
        return atStart;
    }

    // Masculine articles and contractions, singular and plural, an engine puts before a word it does not know, and their
    // feminine forms.
    private static readonly Dictionary<string, Dictionary<string, string>> FeminineArticles = new(StringComparer.Ordinal)
    {
        // French plural determiners show no gender ("ces", "plusieurs", "quelques"), so an engine that does not know the
        // noun makes them masculine: "Estos *turbines", "Varios *turbines".
        ["es"] = new(StringComparer.Ordinal)
        {
            ["el"] = "la", ["del"] = "de la", ["al"] = "a la", ["un"] = "una", ["los"] = "las", ["unos"] = "unas",
            ["estos"] = "estas", ["esos"] = "esas", ["aquellos"] = "aquellas", ["varios"] = "varias", ["algunos"] = "algunas",
            ["muchos"] = "muchas", ["pocos"] = "pocas", ["otros"] = "otras", ["numerosos"] = "numerosas", ["diversos"] = "diversas",
        },
        ["ca"] = new(StringComparer.Ordinal)
        {
            ["el"] = "la", ["del"] = "de la", ["al"] = "a la", ["pel"] = "per la", ["un"] = "una",
            ["els"] = "les", ["dels"] = "de les", ["als"] = "a les", ["pels"] = "per les", ["uns"] = "unes",
            ["aquests"] = "aquestes", ["aquells"] = "aquelles", ["alguns"] = "algunes", ["molts"] = "moltes", ["pocs"] = "poques",
            ["diversos"] = "diverses", ["nombrosos"] = "nombroses",
        },
    };

    private static System.Text.RegularExpressions.Regex WordPattern(string word, IEnumerable<string> articles)
    {
        var alternatives = string.Join('|', articles.Select(System.Text.RegularExpressions.Regex.Escape));
        var article = alternatives.Length == 0 ? "" : $@"(?:(?<![\p{{L}}\p{{M}}\p{{N}}])(?<art>(?i:{alternatives}))[ \u00A0]+)?";
        // With articles (a feminine noun), also the lower-case word right after it, which may be an adjective to agree.
        var next = alternatives.Length == 0 ? "" : @"(?:[ \u00A0]+(?<next>\p{Ll}[\p{L}\p{M}]*)(?![\p{L}\p{M}\p{N}]|['’-]\p{L}))?";
        return new(
            $@"{article}(?<![\p{{L}}\p{{M}}\p{{N}}'’-])(?<w>{System.Text.RegularExpressions.Regex.Escape(word)})(?![\p{{L}}\p{{M}}\p{{N}}]|['’-]\p{{L}}){next}",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    }

    /// <summary>
    /// A checked replacement after an engine that was given the glossary (rules marked <see cref="GlossaryEntry.ReplaceAvoided"/>):
    /// where the engine still wrote an avoided rendering, as many times as the term stands in the source and never the
    /// rendering, each one is replaced by the rendering, in text only, and recorded.
    /// </summary>
    private static string ReplaceAvoided(TranslationGlossary glossary, string sourceHtml, string targetHtml, List<SegmentIssue> issues)
    {
        if (glossary.Entries.Count == 0)
        {
            return targetHtml;
        }
        var sourceText = InlineHtml.ToText(sourceHtml);
        foreach (var entry in glossary.For(sourceText))
        {
            if (!entry.ReplaceAvoided || entry.Rendering is not { } rendering || entry.Avoid is not { Count: > 0 } avoid)
            {
                continue;
            }
            var terms = GlossaryMatcher.FindAll(sourceText, entry.Term).Count;
            var targetText = InlineHtml.ToText(targetHtml);
            if (terms == 0 || GlossaryMatcher.Contains(targetText, rendering))
            {
                continue;
            }
            foreach (var wrong in avoid.OrderByDescending(a => a.Length))
            {
                if (GlossaryMatcher.FindAll(targetText, wrong).Count != terms)
                {
                    continue;
                }
                var output = new StringBuilder(targetHtml.Length + 16);
                foreach (var (isTag, value) in InlineHtml.Tokenize(targetHtml))
                {
                    output.Append(isTag ? value : InlineHtml.Encode(GlossaryMatcher.Pattern(wrong).Replace(InlineHtml.Decode(value), rendering)));
                }
                targetHtml = output.ToString();
                issues.Add(new SegmentIssue("glossary-replaced",
                    $"Glossary: '{entry.Term}' was rendered '{wrong}', which the glossary rules out; replaced by '{rendering}'.", wrong, rendering));
                break;
            }
        }
        return targetHtml;
    }

    private static IEnumerable<SegmentIssue> CheckGlossary(TranslationGlossary glossary, string sourceHtml, string targetHtml)
    {
        if (glossary.Entries.Count == 0)
        {
            yield break;
        }
        var sourceText = InlineHtml.ToText(sourceHtml);
        var targetText = InlineHtml.ToText(targetHtml);
        foreach (var entry in glossary.For(sourceText))
        {
            if (!GlossaryMatcher.Contains(sourceText, entry.Term))
            {
                continue;
            }
            var expected = entry.Rendering ?? entry.Term;
            if (!GlossaryMatcher.Contains(targetText, expected))
            {
                yield return new SegmentIssue("glossary-missing", $"Glossary: '{entry.Term}' should appear as '{expected}'.");
            }
            foreach (var avoid in entry.Avoid ?? [])
            {
                if (GlossaryMatcher.Contains(targetText, avoid))
                {
                    yield return new SegmentIssue("glossary-avoided", $"Glossary: '{entry.Term}' was rendered '{avoid}', which the glossary rules out.");
                }
            }
        }
    }

    private static ExtractedArticle Assemble(ExtractedArticle article, LanguageTag target, IReadOnlyList<SegmentOutcome> outcomes)
    {
        string? Translated(SegmentRole role) => outcomes.FirstOrDefault(o => o.Role == role) is { TargetHtml: { } html } ? InlineHtml.ToText(html) : null;
        var blocks = article.Blocks.ToArray();
        foreach (var outcome in outcomes)
        {
            if (outcome is { Role: SegmentRole.Block, BlockIndex: { } index, TargetHtml: { } html })
            {
                // Engine output is HTML from outside like any other: it is sanitised before it is stored or shown.
                var safe = html.Contains('<', StringComparison.Ordinal) ? HtmlSanitizing.Default.Sanitize(html) : html;
                blocks[index] = blocks[index] with { Html = safe, Text = InlineHtml.ToText(safe) };
            }
        }
        var lead = article.Lead is null ? null
            : Translated(SegmentRole.Lead)
              ?? (blocks.Length > 0 && string.Equals(article.Lead.Trim(), article.Blocks[0].Text.Trim(), StringComparison.Ordinal) ? blocks[0].Text : article.Lead);
        return article with
        {
            Title = Translated(SegmentRole.Title) ?? article.Title,
            Lead = lead,
            Blocks = blocks,
            Language = target,
        };
    }

    private sealed record SourceSegment(SegmentRole Role, int? BlockIndex, string Html, string OriginalHtml);

    private sealed record Work(TranslationMemoryKey Key, List<int> Indexes, ProtectedSegment Protected);
}
