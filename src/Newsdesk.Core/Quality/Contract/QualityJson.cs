using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Newsdesk.Quality.Contract;

/// <summary>Writes reports in the check contract's JSON shape: {"verdict", "findings": [{category, severity, span, source_span?, rule, message}]}.</summary>
public static class QualityJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One report as a single JSON line (no trailing newline); with an id for batch output, with the fix when given.</summary>
    public static string Serialize(QualityReport report, string? id = null, FixResult? fix = null) =>
        Write(w => WriteReport(w, id, report, fix));

    /// <summary>The error line of a batch input line that could not be checked.</summary>
    public static string SerializeError(string? id, int lineNumber, string message) => Write(w =>
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

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteReport(Utf8JsonWriter w, string? id, QualityReport report, FixResult? fix)
    {
        w.WriteStartObject();
        if (id is not null)
        {
            w.WriteString("id", id);
        }
        w.WriteString("verdict", report.Verdict.ToContractName());
        w.WritePropertyName("findings");
        WriteFindings(w, report.Findings);
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
            w.WritePropertyName("fixes");
            WriteFixes(w, fix.Applied);
        }
        w.WriteEndObject();
    }

    /// <summary>Findings alone, as the JSON array the contract uses (kept with a stored translation).</summary>
    public static string SerializeFindings(IReadOnlyList<Finding> findings) => Write(w => WriteFindings(w, findings));

    /// <summary>Applied fixes as a JSON array of {rule, span, before, after}.</summary>
    public static string SerializeFixes(IReadOnlyList<AppliedFix> fixes) => Write(w => WriteFixes(w, fixes));

    private static void WriteFindings(Utf8JsonWriter w, IReadOnlyList<Finding> findings)
    {
        w.WriteStartArray();
        foreach (var f in findings)
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
    }

    private static void WriteFixes(Utf8JsonWriter w, IReadOnlyList<AppliedFix> fixes)
    {
        w.WriteStartArray();
        foreach (var a in fixes)
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

    private static void WriteSpan(Utf8JsonWriter w, string name, TextSpan span)
    {
        w.WriteStartArray(name);
        w.WriteNumberValue(span.Start);
        w.WriteNumberValue(span.End);
        w.WriteEndArray();
    }
}
