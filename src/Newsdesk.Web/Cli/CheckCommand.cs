using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Newsdesk.Model;
using Newsdesk.Quality;

namespace Newsdesk.Web.Cli;

/// <summary>
/// <c>newsdesk check</c>: runs the quality gate on one translation (exit 0 publish, 1 hold or reject, 2 usage or I/O
/// error) or on a JSONL batch (one output line per input line; bad lines get an error line, the rest are processed).
/// </summary>
public static class CheckCommand
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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
                WriteJsonLine(stdout, w => WriteReport(w, null, report, fixResult));
            }
            else
            {
                WriteHuman(stdout, input, report, fixResult);
            }
            return report.Verdict == Verdict.Publish ? 0 : 1;
        }
        catch (Exception e) when (e is QualityInputException or IOException or UnauthorizedAccessException or ArgumentException)
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
            var lineNumber = 0;
            var errors = 0;
            while (reader.ReadLine() is { } line)
            {
                cancellationToken.ThrowIfCancellationRequested();
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }
                string? id = null;
                try
                {
                    var (caseId, input) = ParseCase(line, lineNumber);
                    id = caseId;
                    if (fix)
                    {
                        var result = gate.Fix(input);
                        WriteJsonLine(stdout, w => WriteReport(w, id, result.Report, result));
                    }
                    else
                    {
                        var report = gate.Check(input);
                        WriteJsonLine(stdout, w => WriteReport(w, id, report, null));
                    }
                }
                catch (Exception e) when (e is QualityInputException or JsonException or ArgumentException or FormatException or InvalidOperationException)
                {
                    errors++;
                    var message = e is JsonException ? $"invalid JSON: {e.Message}" : e.Message;
                    id ??= TryReadId(line);
                    WriteJsonLine(stdout, w =>
                    {
                        w.WriteStartObject();
                        if (id is null)
                        {
                            w.WriteNull("id");
                        }
                        else
                        {
                            w.WriteString("id", id);
                        }
                        w.WriteNumber("line", lineNumber);
                        w.WriteString("error", message);
                        w.WriteStartArray("findings");
                        w.WriteEndArray();
                        w.WriteEndObject();
                    });
                    stderr.WriteLine($"newsdesk check: line {lineNumber}{(id is null ? "" : $" (id {id})")}: {message}");
                }
            }
            if (errors > 0)
            {
                stderr.WriteLine($"newsdesk check: {errors} of the input lines had errors; the others were checked");
            }
        }
        return 0;
    }

    private static (string Id, QualityInput Input) ParseCase(string line, int lineNumber)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("expected a JSON object");
        }
        string? Field(string name, bool required)
        {
            if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return required ? throw new FormatException($"missing field '{name}'") : null;
            }
            return value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number when name == "id" => value.GetRawText(),
                _ => throw new FormatException($"field '{name}' must be a string"),
            };
        }
        var id = Field("id", required: false) ?? $"line-{lineNumber}";
        try
        {
            var input = new QualityInput(
                Field("target", required: true)!,
                ParseLanguage(Field("src_lang", required: true)!, "src_lang"),
                ParseLanguage(Field("tgt_lang", required: true)!, "tgt_lang"),
                Field("tgt_locale", required: false) is { } locale ? ParseLanguage(locale, "tgt_locale") : null,
                Field("source", required: false));
            return (id, input);
        }
        catch (FormatException e)
        {
            throw new FormatException(e.Message + (root.TryGetProperty("id", out _) ? "" : $" (line {lineNumber})"), e);
        }
    }

    private static string? TryReadId(string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("id", out var id)
                ? id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static LanguageTag ParseLanguage(string value, string what)
    {
        if (!LanguageTag.TryParse(value, out var tag))
        {
            throw new FormatException($"unknown {what} '{value}': not a language tag such as 'de' or 'de-CH'");
        }
        if (!QualityGate.SupportedLanguages.Contains(tag.Language))
        {
            throw new FormatException($"unknown {what} '{value}'; supported: {string.Join(", ", QualityGate.SupportedLanguages.Order())}");
        }
        return tag;
    }

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

    private static void WriteJsonLine(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }
        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static void WriteReport(Utf8JsonWriter w, string? id, QualityReport report, FixResult? fix)
    {
        w.WriteStartObject();
        if (id is not null)
        {
            w.WriteString("id", id);
        }
        w.WriteString("verdict", report.Verdict.ToContractName());
        w.WriteStartArray("findings");
        foreach (var f in report.Findings)
        {
            w.WriteStartObject();
            w.WriteString("category", f.Category.ToContractName());
            w.WriteString("severity", f.Severity.ToContractName());
            WriteSpan(w, "span", f.Span);
            if (f.SourceSpan is { } s)
            {
                WriteSpan(w, "source_span", s);
            }
            w.WriteString("rule", f.Rule);
            w.WriteString("message", f.Message);
            if (f.Suggestion is not null)
            {
                w.WriteString("suggestion", f.Suggestion);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (report.Notices.Count > 0)
        {
            w.WriteStartArray("notices");
            foreach (var n in report.Notices)
            {
                w.WriteStringValue(n);
            }
            w.WriteEndArray();
        }
        if (fix is not null)
        {
            w.WriteString("fixed", fix.Text);
            w.WriteStartArray("fixes");
            foreach (var a in fix.Applied)
            {
                w.WriteStartObject();
                w.WriteString("rule", a.Rule);
                WriteSpan(w, "span", a.Span);
                w.WriteString("before", a.Before);
                w.WriteString("after", a.After);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter w, string name, TextSpan span)
    {
        w.WriteStartArray(name);
        w.WriteNumberValue(span.Start);
        w.WriteNumberValue(span.End);
        w.WriteEndArray();
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
