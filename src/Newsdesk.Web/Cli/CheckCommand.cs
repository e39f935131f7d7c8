using System.CommandLine;
using System.Text;
using Newsdesk.Model;
using Newsdesk.Quality;
using Newsdesk.Quality.Contract;

namespace Newsdesk.Web.Cli;

/// <summary>
/// <c>newsdesk check</c>: runs the quality gate on one translation (exit 0 publish, 1 hold or reject, 2 usage or I/O
/// error) or on a JSONL batch (one output line per input line; bad lines get an error line, the rest are processed).
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var sourceLang = new Option<string>("--source-lang") { Description = "Language of the original (fr, en, de, …)" };
        var targetLang = new Option<string>("--target-lang") { Description = "Language of the translation" };
        var targetLocale = new Option<string>("--target-locale") { Description = "Locale whose conventions apply (de-DE, de-CH, fr-FR); default: the language's main locale" };
        var source = new Option<FileInfo>("--source") { Description = "File with the original text (UTF-8); without it only target-only checks run" };
        var target = new Option<FileInfo>("--target") { Description = "File with the translated text (UTF-8); paragraphs separated by newlines" };
        var batch = new Option<FileInfo>("--batch") { Description = "JSONL file with one case per line: id, src_lang, tgt_lang, tgt_locale, source, target" };
        var json = new Option<bool>("--json") { Description = "Write JSON (one object; one line per case with --batch)" };
        var fix = new Option<bool>("--fix") { Description = "Apply the safe fixes and report on the fixed text (adds \"fixed\" and \"fixes\")" };
        var noSpelling = new Option<bool>("--no-spelling") { Description = "Skip the Hunspell spelling check" };

        var cmd = new Command("check", "Check a translation with the quality gate: findings, verdict, safe fixes.");
        foreach (var option in new Option[] { sourceLang, targetLang, targetLocale, source, target, batch, json, fix, noSpelling })
        {
            cmd.Options.Add(option);
        }
        cmd.SetAction((parseResult, cancellationToken) =>
        {
            var stdout = Console.Out;
            var stderr = Console.Error;
            var options = QualityGateOptions.Default with { Spelling = !parseResult.GetValue(noSpelling) };
            if (parseResult.GetValue(batch) is { } batchFile)
            {
                if (parseResult.GetValue(target) is not null || parseResult.GetValue(source) is not null)
                {
                    stderr.WriteLine("newsdesk check: --batch cannot be combined with --source or --target");
                    return Task.FromResult(2);
                }
                using var gate = QualityGate.CreateDefault(options);
                return Task.FromResult(RunBatch(gate, batchFile, parseResult.GetValue(fix), stdout, stderr, cancellationToken));
            }
            var single = new SingleArguments(parseResult.GetValue(sourceLang), parseResult.GetValue(targetLang), parseResult.GetValue(targetLocale),
                parseResult.GetValue(source), parseResult.GetValue(target), parseResult.GetValue(json), parseResult.GetValue(fix));
            using var singleGate = QualityGate.CreateDefault(options);
            return Task.FromResult(RunSingle(singleGate, single, stdout, stderr));
        });
        return cmd;
    }

    /// <summary>Prefixes each line written to it (batch error details on stderr).</summary>
    private sealed class PrefixWriter(TextWriter inner, string prefix) : TextWriter
    {
        public override Encoding Encoding => inner.Encoding;

        public override void WriteLine(string? value) => inner.WriteLine(prefix + value);

        public override void Write(char value) => inner.Write(value);
    }

    private sealed record SingleArguments(string? SourceLang, string? TargetLang, string? TargetLocale, FileInfo? Source, FileInfo? Target, bool Json, bool Fix);

    private static int RunSingle(QualityGate gate, SingleArguments a, TextWriter stdout, TextWriter stderr)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(a.SourceLang))
        {
            missing.Add("--source-lang");
        }
        if (string.IsNullOrWhiteSpace(a.TargetLang))
        {
            missing.Add("--target-lang");
        }
        if (a.Target is null)
        {
            missing.Add("--target");
        }
        if (missing.Count > 0)
        {
            stderr.WriteLine($"newsdesk check: missing {string.Join(", ", missing)} (or use --batch FILE)");
            return 2;
        }
        try
        {
            var input = new QualityInput(
                ReadText(a.Target!, "target"),
                ParseLanguage(a.SourceLang!, "source language"),
                ParseLanguage(a.TargetLang!, "target language"),
                a.TargetLocale is null ? null : ParseLanguage(a.TargetLocale, "target locale"),
                a.Source is null ? null : ReadText(a.Source, "source"));
            QualityReport report;
            FixResult? fixResult = null;
            if (a.Fix)
            {
                fixResult = gate.Fix(input);
                report = fixResult.Report;
            }
            else
            {
                report = gate.Check(input);
            }
            foreach (var notice in report.Notices)
            {
                stderr.WriteLine($"newsdesk check: {notice}");
            }
            if (a.Json)
            {
                stdout.WriteLine(QualityJson.Serialize(report, fix: fixResult));
            }
            else
            {
                WriteHuman(stdout, input, report, fixResult);
            }
            return report.Verdict == Verdict.Publish ? 0 : 1;
        }
        catch (Exception e) when (e is QualityInputException or IOException or UnauthorizedAccessException or ArgumentException or FormatException)
        {
            stderr.WriteLine($"newsdesk check: {e.Message}");
            return 2;
        }
    }

    private static int RunBatch(QualityGate gate, FileInfo file, bool fix, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        StreamReader reader;
        try
        {
            reader = new StreamReader(file.FullName, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"newsdesk check: cannot read {file.FullName}: {e.Message}");
            return 2;
        }
        using (reader)
        {
            var log = new PrefixWriter(stderr, "newsdesk check: ");
            var errors = new QualityBatchRunner(gate).Run(reader, stdout, log, fix, cancellationToken);
            if (errors > 0)
            {
                stderr.WriteLine($"newsdesk check: {errors} of the input lines had errors; the others were checked");
            }
        }
        return 0;
    }

    private static LanguageTag ParseLanguage(string value, string what) => QualityBatchRunner.ParseLanguage(value, what);

    private static string ReadText(FileInfo file, string what)
    {
        if (!file.Exists)
        {
            throw new IOException($"{what} file not found: {file.FullName}");
        }
        var bytes = File.ReadAllBytes(file.FullName);
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new QualityInputException($"the {what} file {file.Name} is binary (it contains NUL bytes); expected UTF-8 text");
        }
        try
        {
            var text = new UTF8Encoding(false, true).GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            throw new QualityInputException($"the {what} file {file.Name} is not valid UTF-8");
        }
    }

    private static void WriteHuman(TextWriter o, QualityInput input, QualityReport report, FixResult? fix)
    {
        o.WriteLine($"verdict: {report.Verdict.ToContractName()} ({report.Count(Severity.Critical)} critical, {report.Count(Severity.Major)} major, {report.Count(Severity.Minor)} minor)");
        var text = fix?.Text ?? input.Target;
        foreach (var f in report.Findings)
        {
            var excerpt = f.Span.Length == 0 ? "" : text[f.Span.Start..Math.Min(f.Span.End, f.Span.Start + 60)].ReplaceLineEndings(" ");
            o.WriteLine($"  {f.Severity.ToContractName(),-8} {f.Category.ToContractName(),-13} {f.Span,-14} {f.Rule}: {f.Message}");
            if (excerpt.Length > 0)
            {
                o.WriteLine($"           \"{excerpt}\"");
            }
            if (f.Suggestion is not null)
            {
                o.WriteLine($"           suggestion: {f.Suggestion}");
            }
        }
        if (fix is not null)
        {
            o.WriteLine($"fixes applied: {fix.Applied.Count}");
            foreach (var a in fix.Applied)
            {
                o.WriteLine($"  {a.Rule} {a.Span}: \"{a.Before.ReplaceLineEndings("\\n")}\" -> \"{a.After}\"");
            }
        }
    }
}
