using System.Collections.Immutable;
using System.Text;
using Newsdesk.Quality.Language;

namespace Newsdesk.Quality;

/// <summary>
/// The quality gate: runs every registered check on a translation, derives the verdict, and applies the
/// safe fixes. Built once at start-up by <see cref="QualityGateBuilder"/>; immutable and thread-safe.
/// </summary>
public sealed class QualityGate : IDisposable
{
    private readonly ImmutableArray<IQualityCheck> _checks;
    private readonly QualityServices _services;

    internal QualityGate(ImmutableArray<IQualityCheck> checks, QualityGateOptions options)
    {
        _checks = checks;
        Options = options;
        _services = new QualityServices(options);
    }

    public QualityGateOptions Options { get; }

    /// <summary>The gate's dictionaries (Hunspell, FreeDict), loaded once; the translator's unknown-word mending reads the same ones.</summary>
    public QualityServices Services => _services;

    public IReadOnlyList<IQualityCheck> Checks => _checks;

    /// <summary>A gate with every built-in check and default options.</summary>
    public static QualityGate CreateDefault(QualityGateOptions? options = null) =>
        new QualityGateBuilder().AddDefaultChecks().WithOptions(options ?? QualityGateOptions.Default).Build();

    /// <summary>Languages the gate has lexicons and language models for.</summary>
    public static IReadOnlyCollection<string> SupportedLanguages => LanguageIdentifier.SupportedLanguages;

    /// <summary>Starts loading the gate's language models in the background (see <see cref="LanguageIdentifier.Prepare"/>); returns at once.</summary>
    public void Prepare() => _services.Languages.Prepare();

    /// <summary>Checks a translation. Throws <see cref="QualityInputException"/> for input that cannot be checked at all.</summary>
    public QualityReport Check(QualityInput input)
    {
        Validate(input);
        if (string.IsNullOrWhiteSpace(input.Target))
        {
            var empty = new Finding(FindingCategory.Omission, Severity.Critical, new TextSpan(0, input.Target.Length), "omission.empty-target",
                "The translation is empty.");
            return new QualityReport(Verdict.Reject, [empty], []);
        }
        var context = new CheckContext(input, Options, _services);
        var findings = new List<Finding>();
        foreach (var check in _checks)
        {
            var own = new List<Finding>();
            try
            {
                check.Check(context, own);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One broken check must not take the others down; the editor sees what was not checked.
                context.AddNotice($"{check.GetType().Name} failed and was skipped: {e.Message}");
            }
            // A passage kept in its own language on purpose is the original's text, not a translation to judge.
            findings.AddRange(own.Where(f => IsValid(f, input.Target.Length) && !context.IsKept(f.Span)));
        }
        var final = Consolidate(findings);
        return new QualityReport(DecideVerdict(final), final, [.. context.Notices]);
    }

    /// <summary>Applies every safe fix, then checks the fixed text again.</summary>
    public FixResult Fix(QualityInput input)
    {
        var report = Check(input);
        var applied = SafeFixes(report, input.Target);
        if (applied.Count == 0)
        {
            return new FixResult(input.Target, [], report);
        }
        var fixedText = ApplyFixes(input.Target, applied);
        return new FixResult(fixedText, applied, Check(input with { Target = fixedText }));
    }

    /// <summary>
    /// The safe fixes a report offers on <paramref name="text"/>, in text order, leaving out any that overlaps one before it.
    /// Pure: nothing is checked again (the caller checks the text it will actually keep).
    /// </summary>
    public static IReadOnlyList<AppliedFix> SafeFixes(QualityReport report, string text)
    {
        var edits = report.Findings
            .Where(f => f.Fix is not null)
            .Select(f => (f.Rule, Edit: f.Fix!))
            .OrderBy(e => e.Edit.Span.Start)
            .ThenByDescending(e => e.Edit.Span.Length)
            .ToList();
        var applied = new List<AppliedFix>();
        var position = 0;
        foreach (var (rule, edit) in edits)
        {
            if (edit.Span.Start < position || edit.Span.End > text.Length)
            {
                continue; // overlaps an edit already taken
            }
            applied.Add(new AppliedFix(rule, edit.Span, text[edit.Span.Start..edit.Span.End], edit.Replacement));
            position = edit.Span.End;
        }
        return applied;
    }

    /// <summary>Applies fixes from <see cref="SafeFixes"/> (in text order, not overlapping) to the text they were made on.</summary>
    public static string ApplyFixes(string text, IReadOnlyList<AppliedFix> fixes)
    {
        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var fix in fixes)
        {
            builder.Append(text, position, fix.Span.Start - position);
            builder.Append(fix.After);
            position = fix.Span.End;
        }
        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    public Verdict DecideVerdict(IReadOnlyList<Finding> findings)
    {
        var critical = findings.Count(f => f.Severity == Severity.Critical);
        var major = findings.Count(f => f.Severity == Severity.Major);
        var minor = findings.Count(f => f.Severity == Severity.Minor);
        if (critical >= Options.RejectAtCritical || major >= Options.RejectAtMajor)
        {
            return Verdict.Reject;
        }
        return major >= Options.HoldAtMajor || minor >= Options.HoldAtMinor ? Verdict.Hold : Verdict.Publish;
    }

    private void Validate(QualityInput input)
    {
        foreach (var (name, tag) in new[] { ("source", input.SourceLanguage), ("target", input.TargetLanguage) })
        {
            if (!LanguageIdentifier.Supports(tag.Language))
            {
                throw new QualityInputException(
                    $"unknown {name} language '{tag.Value}'; the gate supports {string.Join(", ", SupportedLanguages.Order())}");
            }
        }
        if (input.TargetLocale is { } locale && locale.Language != input.TargetLanguage.Language)
        {
            throw new QualityInputException($"target locale '{locale.Value}' is not a locale of the target language '{input.TargetLanguage.Value}'");
        }
        CheckText("target", input.Target);
        if (input.Source is not null)
        {
            CheckText("source", input.Source);
        }
    }

    private void CheckText(string name, string text)
    {
        if (text.Length > Options.MaxTextLength)
        {
            throw new QualityInputException(
                $"the {name} text is {text.Length:N0} characters long; the gate checks at most {Options.MaxTextLength:N0} (split the article)");
        }
        var control = 0;
        foreach (var c in text)
        {
            if (c == '\0' || c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            {
                control++;
            }
        }
        if (control > 0 && control * 100 > text.Length)
        {
            throw new QualityInputException($"the {name} text looks binary ({control:N0} control or undecodable characters); expected UTF-8 text");
        }
    }

    private static bool IsValid(Finding f, int length) =>
        f.Span.Start >= 0 && f.Span.End <= length && f.Span.Start <= f.Span.End;

    /// <summary>Drops duplicates and findings inside boilerplate (a leaked widget label is one defect, not five).</summary>
    private static List<Finding> Consolidate(List<Finding> findings)
    {
        var boilerplate = new SpanIndex(findings.Where(f => f.Category == FindingCategory.Boilerplate).Select(f => f.Span));
        // A line judged furniture by its shape alone may as well be a heading, kicker or caption left in the source
        // language: its untranslated finding stays beside it, so that the editor learns which language it is in.
        var listedBoilerplate = new SpanIndex(findings.Where(f => f.Category == FindingCategory.Boilerplate && f.Rule != "boilerplate.shape").Select(f => f.Span));
        // Inside a passage left in another language, its typography and wording are not separate defects.
        var untranslated = new SpanIndex(findings.Where(f => f.Category == FindingCategory.Untranslated).Select(f => f.Span));
        findings = findings.Where(f => f.Category is not (FindingCategory.Punctuation or FindingCategory.Fluency or FindingCategory.Spelling
            or FindingCategory.FalseFriend or FindingCategory.LocaleFormat) || !untranslated.AnyOverlapping(f.Span)).ToList();
        // The numbers and names of an omitted passage are part of that omission, not separate defects.
        // (A partial omission's source span is the whole aligned passage, so it does not take the numbers with it.)
        var omitted = new SpanIndex(findings.Where(f => f.Rule is "omission.sentence" or "omission.heading" && f.SourceSpan is { Length: > 0 }).Select(f => f.SourceSpan!.Value));
        findings = findings.Where(f => f.Category is not (FindingCategory.Number or FindingCategory.Names) || f.SourceSpan is not { } s
            || !omitted.AnyContaining(s)).ToList();
        var result = new List<Finding>(findings.Count);
        // One finding per rule and place: a later one overlapping a kept one of the same rule is dropped. Kept findings
        // come in order of start, so the largest end so far answers for all of them (an empty span needs a kept one
        // starting strictly before it).
        var kept = new Dictionary<(FindingCategory, string), (int LastStart, int MaxEndBefore, int MaxEnd)>();
        foreach (var f in findings.OrderBy(f => f.Span.Start).ThenByDescending(f => f.Severity))
        {
            // An empty span (a missing mark) inside a boilerplate passage goes with it.
            var inside = f.Category == FindingCategory.Untranslated ? listedBoilerplate : boilerplate;
            if (f.Category != FindingCategory.Boilerplate && inside.AnyOverlapping(f.Span.Length == 0 ? new TextSpan(f.Span.Start, f.Span.Start + 1) : f.Span))
            {
                continue;
            }
            var key = (f.Category, f.Rule);
            if (kept.TryGetValue(key, out var k))
            {
                var maxEnd = f.Span.Length > 0 || f.Span.Start > k.LastStart ? k.MaxEnd : k.MaxEndBefore;
                if (maxEnd > f.Span.Start)
                {
                    continue;
                }
                kept[key] = f.Span.Start > k.LastStart ? (f.Span.Start, k.MaxEnd, Math.Max(k.MaxEnd, f.Span.End)) : (k.LastStart, k.MaxEndBefore, Math.Max(k.MaxEnd, f.Span.End));
            }
            else
            {
                kept[key] = (f.Span.Start, int.MinValue, f.Span.End);
            }
            result.Add(f);
        }
        return result;
    }

    public void Dispose() => _services.Dispose();
}
