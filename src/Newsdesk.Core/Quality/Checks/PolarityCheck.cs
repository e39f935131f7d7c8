using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Newsdesk.Quality.Checks;

/// <summary>
/// A negated sentence of the original whose aligned translation has no negation at all ("Nous ne laisserons aucun enfant"
/// -> "Wir werden jedes Kind … lassen"; "ne dépassera pas" -> "superará"). The original's negation is read strictly
/// (a clear negation, not "ne … que", "non seulement", "no later than"); the translation's loosely (any negative word,
/// prefix or restriction counts), so that a rephrased negation ("höchstens", "erst", "sin", "unmöglich") is not reported.
/// Needs a source and an alignment.
/// </summary>
public sealed partial class PolarityCheck : IQualityCheck
{
    private const int MinimumLetters = 20;

    public FindingCategory Category => FindingCategory.Omission;

    public void Check(CheckContext context, ICollection<Finding> findings)
    {
        if (context.Alignment is not { } alignment || context.Source is not { } source
            || !Strict.TryGetValue(context.SourceLanguage, out var strict) || !Loose.TryGetValue(context.TargetLanguage, out var loose))
        {
            return;
        }
        var target = context.Target;
        foreach (var bead in alignment.Beads)
        {
            if (bead.SourceCount == 0 || bead.TargetCount == 0)
            {
                continue;
            }
            var sourceSpan = new TextSpan(source.Sentences[bead.SourceStart].Start, source.Sentences[bead.SourceStart + bead.SourceCount - 1].End);
            var targetSpan = new TextSpan(target.Sentences[bead.TargetStart].Start, target.Sentences[bead.TargetStart + bead.TargetCount - 1].End);
            var original = source[sourceSpan];
            var translation = target[targetSpan];
            if (translation.Count(char.IsLetter) < MinimumLetters || BoilerplateCheck.IsPageFurniture(original))
            {
                continue;
            }
            var negation = strict(original);
            if (negation is null || loose.IsMatch(translation) || strict(translation) is not null)
            {
                continue; // negated in the translation too, or the original's language left in (the untranslated check's case)
            }
            findings.Add(new Finding(FindingCategory.Omission, Severity.Major, targetSpan, "meaning.negation-dropped",
                $"The original says \"{negation}\", but this translation has no negation: its meaning may be reversed.",
                SourceSpan: sourceSpan, Suggestion: "Compare with the original and restore the negation."));
        }
    }

    /// <summary>A clear negation in the original, by language: the words found, or null.</summary>
    private static readonly FrozenDictionary<string, Func<string, string?>> Strict = new Dictionary<string, Func<string, string?>>
    {
        ["fr"] = s => FirstMatch(FrenchNegation(), s),
        ["en"] = s => FirstMatch(EnglishNegation(), s, EnglishNotNegation()),
        ["de"] = s => FirstMatch(GermanNegation(), s, GermanNotNegation()),
        ["es"] = s => FirstMatch(SpanishNegation(), s),
        ["ca"] = s => FirstMatch(CatalanNegation(), s),
        ["it"] = s => FirstMatch(ItalianNegation(), s),
        ["pt"] = s => FirstMatch(PortugueseNegation(), s),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Anything that may carry a negation or a restriction in a translation, by language.</summary>
    private static readonly FrozenDictionary<string, Regex> Loose = new Dictionary<string, Regex>
    {
        ["de"] = GermanLoose(),
        ["en"] = EnglishLoose(),
        ["fr"] = FrenchLoose(),
        ["es"] = SpanishLoose(),
        ["ca"] = CatalanLoose(),
        ["it"] = ItalianLoose(),
        ["pt"] = PortugueseLoose(),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static string? FirstMatch(Regex negation, string text, Regex? notNegation = null)
    {
        var cleaned = notNegation is null ? text : notNegation.Replace(text, " ");
        return negation.Match(cleaned) is { Success: true } m ? m.Value : null;
    }

    // French: "ne"/"n'" (a word of its own, not the start of "nettement") followed closely by a negative word ("ne … que" is a restriction, "ne" alone is expletive), or a
    // negative determiner or adverb that negates on its own.
    [GeneratedRegex(@"\b(?:ne\b|n['’])\s*(?:\S+\s+){0,3}?(?:pas(?!\s+mal\b|\s+seulement\b|\s+moins\b)|jamais|rien|personne|aucune?|plus\s+(?!que\b|de\b|d['’]|tard\b)|guère|nullement|point)\b|\baucune?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FrenchNegation();

    [GeneratedRegex(@"\b(?:not|never|nobody|nothing|none|neither|nor|cannot)\b|n['’]t\b|\bno\s+(?!(?:more|less|later|sooner|fewer|longer|doubt|matter)\b)\w+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishNegation();

    /// <summary>English negations that translate as something else: "not only", "not until", "nothing but", "not least".</summary>
    [GeneratedRegex(@"\bnot\s+(?:only|just|merely|until|least|yet|far|bad|unlike|uncommon|unusual|without|infrequently)\b|\bnothing\s+but\b|\bnever\s+before\b|\bwhether\s+or\s+not\b|\bif\s+not\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishNotNegation();

    [GeneratedRegex(@"\b(?:nicht|kein\w*|nie|niemals|niemand\w*|nichts|weder)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GermanNegation();

    [GeneratedRegex(@"\bnicht\s+nur\b|\bnicht\s+zuletzt\b|\bnicht\s+erst\b|\bnichts\s+als\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GermanNotNegation();

    [GeneratedRegex(@"\b(?:no(?!\s+sólo|\s+solo|\s+obstante)|nunca|jamás|ningun[oa]?|nadie|nada)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpanishNegation();

    [GeneratedRegex(@"\b(?:no(?!\s+només|\s+obstant)|mai|ningú|res)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CatalanNegation();

    [GeneratedRegex(@"\b(?:non(?!\s+solo)|mai|nessun[oa]?|niente|nulla)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ItalianNegation();

    [GeneratedRegex(@"\b(?:não(?!\s+só)|nunca|jamais|nenhum[a]?|ninguém|nada)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PortugueseNegation();

    [GeneratedRegex(@"\b(?:nicht|kein\w*|nie|niemals|nirgend\w*|niemand\w*|nichts|ohne|weder|noch|nur|erst|kaum|höchstens|spätestens|lediglich|statt|anstatt|un(?!d\b|ter|s\b|ser|gefähr|iv|ion)\w{4,}|\w+los\b|\w+lose[nrms]?\b|verweiger\w*|verbiet\w*|verbot\w*|verhinder\w*|fehl\w*|mangel\w*|ablehn\w*|ausgeschlossen|vermied\w*|vermeid\w*|nein|gegen|ausbleib\w*|versäum\w*|aufgeh\w*|beend\w*|stopp\w*|verzicht\w*|verlor\w*|weniger|wenig|unter)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GermanLoose();

    [GeneratedRegex(@"\b(?:not|never|no|none|nobody|nothing|nowhere|neither|nor|without|only|just|until|hardly|barely|scarcely|rather|instead|un(?!der|til|it|ion|iv)\w{3,}|non\w*|\w+less|fail\w*|refus\w*|lack\w*|den\w+|avoid\w*|prevent\w*|stop\w*|ban\w*|against|cannot|unable|few|little|less)\b|n['’]t\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishLoose();

    [GeneratedRegex(@"\b(?:ne|n|pas|jamais|rien|personne|aucune?|sans|ni|non|seulement|que|guère|plus|moins|impossible|refus\w*|manqu\w*|emp[eê]ch\w*|évit\w*|interdi\w*|contre|faute)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FrenchLoose();

    [GeneratedRegex(@"\b(?:no|ni|nunca|jamás|ningun[oa]?|nadie|nada|sin|tampoco|sólo|solo|solamente|apenas|sino|menos|imposible|rechaz\w*|neg\w*|evit\w*|imped\w*|prohib\w*|falt\w*|contra|hasta)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpanishLoose();

    [GeneratedRegex(@"\b(?:no|ni|mai|cap|ningú|res|sense|tampoc|només|sols|gens|sinó|menys|impossible|rebutj\w*|neg\w*|evit\w*|imped\w*|prohib\w*|falt\w*|contra|fins)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CatalanLoose();

    [GeneratedRegex(@"\b(?:non|né|mai|nessun[oa]?|niente|nulla|senza|solo|soltanto|appena|meno|impossibile|rifiut\w*|neg\w*|evit\w*|impedi\w*|viet\w*|manc\w*|contro|fino)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ItalianLoose();

    [GeneratedRegex(@"\b(?:não|nem|nunca|jamais|nenhum[a]?|ninguém|nada|sem|só|somente|apenas|menos|impossível|recus\w*|neg\w*|evit\w*|imped\w*|proib\w*|falt\w*|contra|até)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PortugueseLoose();
}
