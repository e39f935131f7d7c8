using System.Text.Json;
using Newsdesk.Model;

namespace Newsdesk.Quality.Contract;

/// <summary>
/// Checks a JSONL batch (one case per line: id, src_lang, tgt_lang, tgt_locale?, source?, target) and writes one
/// output line per input line. A line that cannot be checked (invalid JSON, missing field, unknown language) gets
/// an error line naming its id or line number; the other lines are processed.
/// </summary>
public sealed class QualityBatchRunner
{
    private readonly QualityGate _gate;

    public QualityBatchRunner(QualityGate gate)
    {
        _gate = gate;
    }

    /// <summary>Processes every line; returns how many lines were errors. Error details also go to <paramref name="log"/>.</summary>
    public int Run(TextReader input, TextWriter output, TextWriter log, bool fix, CancellationToken cancellationToken)
    {
        var lineNumber = 0;
        var errors = 0;
        while (input.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            string? id = null;
            try
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    throw new FormatException("empty line");
                }
                (id, var qualityInput) = ParseCase(line);
                if (fix)
                {
                    var result = _gate.Fix(qualityInput);
                    output.WriteLine(QualityJson.Serialize(result.Report, id, result));
                }
                else
                {
                    output.WriteLine(QualityJson.Serialize(_gate.Check(qualityInput), id));
                }
            }
            catch (Exception e) when (e is QualityInputException or JsonException or FormatException)
            {
                errors++;
                var message = e is JsonException ? $"invalid JSON: {e.Message}" : e.Message;
                id ??= TryReadId(line);
                output.WriteLine(QualityJson.SerializeError(id, lineNumber, message));
                log.WriteLine($"line {lineNumber}{(id is null ? "" : $" (id {id})")}: {message}");
            }
        }
        return errors;
    }

    /// <summary>Reads one case; throws FormatException naming the missing or bad field.</summary>
    public static (string Id, QualityInput Input) ParseCase(string line)
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
        var id = Field("id", required: true)!;
        var input = new QualityInput(
            Field("target", required: true)!,
            ParseLanguage(Field("src_lang", required: true)!, "src_lang"),
            ParseLanguage(Field("tgt_lang", required: true)!, "tgt_lang"),
            Field("tgt_locale", required: false) is { } locale ? ParseLanguage(locale, "tgt_locale") : null,
            Field("source", required: false));
        return (id, input);
    }

    /// <summary>A language tag the gate supports; FormatException naming the field otherwise.</summary>
    public static LanguageTag ParseLanguage(string value, string what)
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
}
