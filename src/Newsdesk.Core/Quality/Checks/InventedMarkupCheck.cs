using System.Text.RegularExpressions;

namespace Newsdesk.Quality.Checks;

/// <summary>
/// What a language model adds to a translation that the original does not have: Markdown emphasis (**x**, __x__),
/// inline code and code fences, "#" headings, and notes or labels of its own ("(Note: I kept the names)", "Translation:").
/// The markers are removed by a safe fix (the words stay); a note cannot be removed safely (it may hold translated
/// text), so it is held for an editor. Needs a source: what the original has is not invented.
/// </summary>
public sealed partial class InventedMarkupCheck : IQualityCheck
{
    public FindingCategory Category => FindingCategory.Addition;

    public void Check(CheckContext context, ICollection<Finding> findings)
    {
        if (context.Source is not { } source)
        {
            return;
        }
        var target = context.Target.Text;
        var original = source.Text;
        foreach (var (pattern, rule, what) in Markers)
        {
            if (pattern.IsMatch(original))
            {
                continue;
            }
            foreach (Match m in pattern.Matches(target))
            {
                var inner = m.Groups["inner"];
                var span = new TextSpan(m.Index, m.Index + m.Length);
                findings.Add(new Finding(FindingCategory.Addition, Severity.Major, span, rule,
                    $"The translation has {what} that the original does not: \"{BoilerplateCheck.Shorten(m.Value)}\".",
                    Suggestion: "Remove the marks; keep the words.",
                    Fix: new TextEdit(span, inner.Success ? inner.Value : "")));
            }
        }
        if (Note().IsMatch(original))
        {
            return;
        }
        foreach (Match m in Note().Matches(target))
        {
            findings.Add(new Finding(FindingCategory.Addition, Severity.Major, new TextSpan(m.Index, m.Index + m.Length), "addition.engine-note",
                $"The translation has a note or label the original does not: \"{BoilerplateCheck.Shorten(m.Value)}\". An engine added it.",
                Suggestion: "Remove the note; check that the translation around it is complete."));
        }
    }

    private static readonly (Regex Pattern, string Rule, string What)[] Markers =
    [
        (Fence(), "addition.markup-fence", "a code fence"),
        (Strong(), "addition.markup-emphasis", "Markdown emphasis"),
        (Underscores(), "addition.markup-emphasis", "Markdown emphasis"),
        (InlineCode(), "addition.markup-code", "Markdown code marks"),
        (Heading(), "addition.markup-heading", "a Markdown heading mark"),
    ];

    /// <summary>A fence line (removed with its line break), or a fence glued to text.</summary>
    [GeneratedRegex(@"(?m)^[ \t]*```[\w-]*[ \t]*(?:\n|$)|```[\w-]*")]
    private static partial Regex Fence();

    [GeneratedRegex(@"\*\*(?<inner>[^\s*](?:[^*\n]*?[^\s*])?)\*\*")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![\w_])__(?<inner>[^\s_](?:[^_\n]*?[^\s_])?)__(?![\w_])")]
    private static partial Regex Underscores();

    [GeneratedRegex(@"`(?<inner>[^`\n]{1,200})`")]
    private static partial Regex InlineCode();

    /// <summary>The "## " at the start of a line (the heading's words stay).</summary>
    [GeneratedRegex(@"(?m)^#{1,6}[ \t]+")]
    private static partial Regex Heading();

    /// <summary>A bracketed note or a leading label in the languages the desk serves.</summary>
    [GeneratedRegex(@"[(\[]\s*(?:Note|Notes|NB|N\.B\.|Anm\.|Anmerkung|Hinweis|Nota|Remarque|Translator['’]s note|N\.\s?d\.\s?T\.|N\.\s?del\s?T\.)\s*:[^)\]\n]*[)\]]|(?m)^\s*(?:Translation|Translated text|Übersetzung|Traducción|Traduction|Traducció|Traduzione|Tradução)\s*:",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Note();
}
