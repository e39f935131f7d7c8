using System.Text.RegularExpressions;
using Newsdesk.Translation;

namespace Newsdesk.Translation.Apertium;

/// <summary>
/// French puts the subject pronoun after the verb in questions and after quoted speech ("a-t-il déclaré", "« Non »,
/// dit-elle", "Y a-t-il", "N'est-il pas"). Apertium's French analysers take the hyphenated group as one unknown form and
/// glue the rest together: "hadeclarado", "dice-", "Vaa". Before the text goes to Apertium, the pronoun is put before the
/// verb and its clitics ("il a déclaré", "elle dit", "il y a", "il n'est pas"), which every pair translates well; the
/// meaning is the same, and a question keeps its question mark.
/// </summary>
public static partial class FrenchInversion
{
    /// <summary>The segments with inverted subject pronouns put back before their verb (French sources only).</summary>
    public static IReadOnlyList<string> Prepare(TranslationBatch batch) =>
        batch.Pair.Source.Language == "fr" ? batch.Segments.Select(Undo).ToList() : batch.Segments;

    /// <summary>Puts each inverted subject pronoun before its verb and the verb's clitics.</summary>
    public static string Undo(string text) =>
        !text.Contains('-', StringComparison.Ordinal) ? text : Inverted().Replace(text, m =>
        {
            var clitics = m.Groups["clitics"].Value;
            var verb = m.Groups["verb"].Value;
            var pronoun = m.Groups["pronoun"].Value;
            var lead = clitics.Length > 0 ? clitics : verb;
            if (char.IsUpper(lead[0]) && !(lead.Length > 1 && char.IsUpper(lead[1])))
            {
                // The group opened the sentence: the pronoun now does.
                pronoun = char.ToUpperInvariant(pronoun[0]) + pronoun[1..];
                if (clitics.Length > 0)
                {
                    clitics = char.ToLowerInvariant(clitics[0]) + clitics[1..];
                }
                else
                {
                    verb = char.ToLowerInvariant(verb[0]) + verb[1..];
                }
            }
            return pronoun + " " + clitics + verb;
        });

    // Clitics before the verb ("n'", "y ", "l'", "ne le "), the verb, an optional euphonic "-t", and a subject pronoun
    // that ends the group (not "-il-" of a longer compound).
    [GeneratedRegex(@"(?<![\p{L}'’-])(?<clitics>(?:(?:[nN]['’]|[nN]e |[yY] |[eE]n |[lL]['’]|[lL]e |[lL]a |[lL]es |[lL]ui |[lL]eur |[sS]['’]|[sS]e |[mM]['’]|[mM]e |[tT]['’]|[tT]e |[nN]ous |[vV]ous ))*)(?<verb>\p{L}+)(?:-t)?-(?<pronoun>il|elle|on|ils|elles)(?![\p{L}'’-])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Inverted();
}
