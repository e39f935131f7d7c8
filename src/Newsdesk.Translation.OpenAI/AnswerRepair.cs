using System.Text.RegularExpressions;

namespace Newsdesk.Translation.OpenAI;

/// <summary>
/// Repairs an LLM's segment where no meaning can be lost: Markdown the original did not have (code fences,
/// <c>**bold**</c>, <c>__bold__</c>, <c>`code`</c>, a leading <c>#</c> heading mark) loses its marks and keeps its
/// words, and a leading "Translation:" label is dropped. Anything the original has itself is left alone.
/// </summary>
internal static partial class AnswerRepair
{
    public static string Repair(string source, string answer)
    {
        var text = answer;
        if (!source.Contains("```", StringComparison.Ordinal) && text.Contains("```", StringComparison.Ordinal))
        {
            text = Whitespace().Replace(Fence().Replace(text, " "), " ").Trim();
        }
        if (!source.Contains("**", StringComparison.Ordinal) && text.Contains("**", StringComparison.Ordinal))
        {
            text = DoubleStar().Replace(text, "$1").Replace("**", "", StringComparison.Ordinal);
        }
        if (!source.Contains("__", StringComparison.Ordinal) && text.Contains("__", StringComparison.Ordinal))
        {
            text = DoubleUnderscore().Replace(text, "$1");
        }
        if (!source.Contains('`', StringComparison.Ordinal) && text.Contains('`', StringComparison.Ordinal))
        {
            text = Backticks().Replace(text, "$1");
        }
        if (!HeadingMark().IsMatch(source))
        {
            text = HeadingMark().Replace(text, "");
        }
        if (!Label().IsMatch(InlineHtml.ToText(source)))
        {
            text = Label().Replace(text, "");
        }
        return text;
    }

    // A fence with its optional language name ("```json" + line break); the words inside stay.
    [GeneratedRegex(@"[ \t]*```[A-Za-z0-9_+-]*[ \t]*(?:\r?\n)?")]
    private static partial Regex Fence();

    [GeneratedRegex(@"\s*[\r\n]\s*|[ \t]{2,}")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\*\*(?=\S)(.+?)(?<=\S)\*\*", RegexOptions.Singleline)]
    private static partial Regex DoubleStar();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])__(?=\S)(.+?)(?<=\S)__(?![\p{L}\p{N}_])", RegexOptions.Singleline)]
    private static partial Regex DoubleUnderscore();

    [GeneratedRegex(@"`(?=\S)([^`]+?)(?<=\S)`")]
    private static partial Regex Backticks();

    [GeneratedRegex(@"^\s*#{1,6}[ \t]+")]
    private static partial Regex HeadingMark();

    // "Translation:", "Übersetzung:", "Traduction :", "Traducción (es):", possibly in bold, at the very start.
    [GeneratedRegex(@"^\s*(?:\*\*)?(?:translation|translated text|übersetzung|traduction|traducción|traducció|tradução|traduzione|vertaling)(?:\s*\([^)]{0,20}\))?\s*:(?:\*\*)?\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
