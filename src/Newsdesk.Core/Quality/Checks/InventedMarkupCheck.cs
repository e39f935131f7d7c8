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
        foreach (Match m in Placeholder().Matches(target))
        {
            if (original.Contains(m.Value, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            findings.Add(new Finding(FindingCategory.Addition, Severity.Major, new TextSpan(m.Index, m.Index + m.Length), "addition.placeholder",
                $"The translation has \"{BoilerplateCheck.Shorten(m.Value)}\", a placeholder or template marker the original does not have: an engine or a template left it, and what it stood for may be missing.",
                Suggestion: "Put back what the marker stood for (a number, a name, a link) from the original."));
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

    /// <summary>
    /// Markers that never belong in prose: the desk's own masks and what an engine makes of them ("zq3z", "ZQ 3 Z",
    /// x-k), and the placeholder styles of other tools and templates ("{{title}}", "{0}", "%s", "__PH1__", "[[1]]",
    /// "⟦1⟧", "@@1@@", "&lt;x1/&gt;").
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])zq\s?\d+(?:\s?z)?(?![\p{L}])|(?<![\p{L}\p{N}])(?:x-k|data-k)(?![\p{L}\p{N}])|\{\{[^{}\n]{1,60}\}\}|\{\d{1,2}\}|(?<![\p{L}\p{N}])%\d?\$?[sd](?![\p{L}])|__[A-Z]{1,12}_?\d{1,3}__|\[\[\d{1,3}\]\]|⟦[^⟧\n]{0,12}⟧|@@\d{1,3}@@|</?x\d{1,3}\s*/?>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    /// <summary>A bracketed note or a leading label in the languages the desk serves.</summary>
    [GeneratedRegex(@"[(\[]\s*(?:Note|Notes|NB|N\.B\.|Anm\.|Anmerkung|Hinweis|Nota|Remarque|Translator['’]s note|N\.\s?d\.\s?T\.|N\.\s?del\s?T\.)\s*:[^)\]\n]*[)\]]|(?m)^\s*(?:Translation|Translated text|Übersetzung|Traducción|Traduction|Traducció|Traduzione|Tradução)\s*:",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Note();
}
