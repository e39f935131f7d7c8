using Newsdesk.Locales;
using Newsdesk.Model;
using Newsdesk.Quality.Alignment;
using Newsdesk.Quality.Language;
using Newsdesk.Quality.Spelling;
using Newsdesk.Quality.Text;

namespace Newsdesk.Quality;

/// <summary>Everything a check needs about one translation, analysed once and shared by all checks of the request.</summary>
public sealed class CheckContext
{
    private readonly Lazy<SentenceAlignment?> _alignment;
    private readonly Lazy<LexicalEvidence?> _lexical;
    private readonly Lazy<HashSet<string>?> _sourceWords;
    private readonly Lazy<IReadOnlyList<TextSpan>> _kept;
    private readonly List<string> _notices = [];

    public CheckContext(QualityInput input, QualityGateOptions options, QualityServices services)
    {
        Input = input;
        Options = options;
        Services = services;
        SourceLanguage = input.SourceLanguage.Language;
        TargetLanguage = input.TargetLanguage.Language;
        Target = new TextAnalysis(input.Target, TargetLanguage);
        Source = string.IsNullOrWhiteSpace(input.Source) ? null : new TextAnalysis(input.Source, SourceLanguage);
        Locale = Locale.For(input.TargetLocale ?? input.TargetLanguage);
        Glossary = input.Glossary ?? [];
        _alignment = new Lazy<SentenceAlignment?>(() =>
        {
            if (Source is null)
            {
                return null;
            }
            if (Source.Sentences.Count > MaxAlignedSentences || Target.Sentences.Count > MaxAlignedSentences)
            {
                AddNotice($"sentence alignment skipped: the texts have {Source.Sentences.Count} and {Target.Sentences.Count} sentences, more than the {MaxAlignedSentences} it takes on; omissions, additions, missing names and numbers missing from the translation are not checked");
                return null;
            }
            return SentenceAlignment.Align(Source, Target, Checks.BoilerplateCheck.IsPageFurniture, Lexical);
        });
        _kept = new Lazy<IReadOnlyList<TextSpan>>(FindKeptPassages);
        _sourceWords = new Lazy<HashSet<string>?>(() =>
        {
            if (Source is null)
            {
                return null;
            }
            var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var w in Source.Words)
            {
                var word = Source.Text.AsSpan(w.Start, w.End - w.Start);
                set.Add(word.ToString());
                if (word.IndexOfAny(WordJoiners) >= 0)
                {
                    foreach (var range in word.SplitAny(WordJoiners))
                    {
                        set.Add(word[range].ToString());
                    }
                }
            }
            return set;
        });
        _lexical = new Lazy<LexicalEvidence?>(() =>
        {
            if (Source is null)
            {
                return null;
            }
            if (Services.Lexicons.Get(SourceLanguage, TargetLanguage, out var problem) is not { } lexicon)
            {
                AddNotice($"omissions judged without word evidence: {problem}");
                return null;
            }
            var stems = Options.Spelling ? Spelling.Get(SourceLanguage, out _) : null;
            return new LexicalEvidence(lexicon, stems, Lexicon, Source, Target);
        });
    }

    /// <summary>
    /// Most sentences per text the alignment takes on: its table grows with the product of the two counts (a
    /// thousand sentences, some 120,000 characters, is far beyond any article and costs about a second).
    /// </summary>
    public const int MaxAlignedSentences = 1_000;

    /// <summary>
    /// Lines of the target kept in a third language on purpose: those the caller names (<see cref="QualityInput.KeptPassages"/>)
    /// and, with a source, lines that are in the original word for word and read as neither the source nor the target
    /// language (an English post quoted in a French article, kept in the German translation). A line that reads as the
    /// source language is never kept: that is an untranslated passage.
    /// </summary>
    public IReadOnlyList<TextSpan> KeptPassages => _kept.Value;

    /// <summary>Whether a span lies inside a passage kept in its own language.</summary>
    public bool IsKept(TextSpan span) => KeptPassages.Any(k => span.Start >= k.Start && span.End <= k.End);

    /// <summary>Shortest line (in letters) whose language is judged; shorter ones say too little.</summary>
    private const int MinKeptLetters = 20;

    private IReadOnlyList<TextSpan> FindKeptPassages()
    {
        var named = new HashSet<string>((Input.KeptPassages ?? []).Select(p => p.Trim()).Where(p => p.Length > 0), StringComparer.Ordinal);
        HashSet<string>? sourceLines = null;
        if (Input.Source is { } source)
        {
            sourceLines = new HashSet<string>(source.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0), StringComparer.Ordinal);
        }
        if (named.Count == 0 && sourceLines is null)
        {
            return [];
        }
        var kept = new List<TextSpan>();
        var text = Input.Target;
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }
            var line = text[start..end].Trim();
            var isNamed = named.Contains(line);
            if (line.Length > 0 && (isNamed || (sourceLines?.Contains(line) == true && line.Count(char.IsLetter) >= MinKeptLetters))
                && ThirdLanguage(line, isNamed))
            {
                kept.Add(new TextSpan(start, end));
            }
            start = end + 1;
        }
        return kept;
    }

    /// <summary>
    /// Whether a line reads as a language other than the source's. A line the caller named as kept is taken at its word
    /// unless it clearly reads as the source language (a short post says little); a line found only by comparison must
    /// clearly read as a third language.
    /// </summary>
    private bool ThirdLanguage(string line, bool named)
    {
        if (Languages.Best(line) is not { } best)
        {
            return named;
        }
        if (named)
        {
            return best.Language != SourceLanguage || best.Confidence < 0.5;
        }
        return best.Language != SourceLanguage && best.Language != TargetLanguage && best.Confidence >= 0.6;
    }

    public QualityInput Input { get; }

    public QualityGateOptions Options { get; }

    public QualityServices Services { get; }

    public TextAnalysis Target { get; }

    /// <summary>The analysed source, or null in target-only mode.</summary>
    public TextAnalysis? Source { get; }

    public string SourceLanguage { get; }

    public string TargetLanguage { get; }

    public Locale Locale { get; }

    public IReadOnlyList<GlossaryEntry> Glossary { get; }

    public LanguageIdentifier Languages => Services.Languages;

    public FunctionWordLexicon Lexicon => Services.Lexicon;

    public SpellCheckerProvider Spelling => Services.Spelling;

    /// <summary>Source-target sentence alignment (null without a source), computed on first use.</summary>
    public SentenceAlignment? Alignment => _alignment.Value;

    /// <summary>
    /// Whether the original has the word (any case), alone or as part of a hyphenated or elided word ("économie" in
    /// "l'économie"): a word the translation shares with its original is a name or a term, not a slip. False without
    /// a source. A set, not a search of the text, so that long texts cost linear time.
    /// </summary>
    public bool SourceHasWord(string word) => _sourceWords.Value?.Contains(word) == true;

    private static readonly System.Buffers.SearchValues<char> WordJoiners = System.Buffers.SearchValues.Create("'’-‐");

    /// <summary>Dictionary evidence of which passages translate which (null without a source or a dictionary for the pair), on first use.</summary>
    public LexicalEvidence? Lexical => _lexical.Value;

    public IReadOnlyList<string> Notices => _notices;

    /// <summary>Records something the gate could not do, once per message.</summary>
    public void AddNotice(string notice)
    {
        lock (_notices)
        {
            if (!_notices.Contains(notice))
            {
                _notices.Add(notice);
            }
        }
    }
}
