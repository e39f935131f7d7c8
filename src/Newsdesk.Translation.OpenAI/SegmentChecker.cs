using System.Globalization;
using System.Text.RegularExpressions;
using Newsdesk.Model;
using Newsdesk.Quality.Language;

namespace Newsdesk.Translation.OpenAI;

/// <summary>
/// Checks one translated segment against its original before the answer is used: no refusal, no note from the
/// model, the placeholders (each once, none invented, none moved across the markup it sat in), the markup well
/// nested, the target language, and not cut to less than half. The first fault found is reported; a clean segment
/// gives null. The thresholds only fire on clear cases: a fault here fails the batch.
/// </summary>
internal sealed partial class SegmentChecker
{
    /// <summary>Below this many characters of text a length ratio means little ("Non." -> "Nein.").</summary>
    internal const int MinimumLengthForRatio = 40;

    /// <summary>Below this many letters (outside placeholders) the language of a segment is not decided.</summary>
    internal const int MinimumLettersForLanguage = 25;

    private readonly LanguageIdentifier _languages;

    public SegmentChecker(LanguageIdentifier languages)
    {
        _languages = languages;
    }

    public SegmentFault? Check(LanguagePair pair, string source, string answer)
    {
        var sourceText = InlineHtml.ToText(source);
        var answerText = InlineHtml.ToText(answer);
        // A refusal or a note explains the rest (a refusal has no placeholders either), so they are named first.
        return Refusal(sourceText, answerText)
            ?? Note(sourceText, answerText)
            ?? Placeholders(source, answer)
            ?? Language(pair, sourceText, answerText)
            ?? Length(sourceText, answerText);
    }

    // --- placeholders and markup

    private static SegmentFault? Placeholders(string source, string answer)
    {
        var original = MarkupStructure.Of(source);
        var translated = MarkupStructure.Of(answer);
        if (translated.NestingError is { } nesting && original.NestingError is null)
        {
            return new SegmentFault("markup-nesting", $"its markup is not well nested ({nesting})");
        }
        foreach (var (index, _) in translated.Placeholders.Where(p => !original.Placeholders.ContainsKey(p.Key)))
        {
            return new SegmentFault("placeholder-unknown", $"it has a placeholder <x-k i=\"{N(index)}\"/> that the original does not have");
        }
        foreach (var (index, containers) in original.Placeholders)
        {
            if (!translated.Placeholders.TryGetValue(index, out var seen))
            {
                return new SegmentFault("placeholder-missing", $"the placeholder <x-k i=\"{N(index)}\"/> is missing (each one must be kept exactly once)");
            }
            if (seen.Count > 1)
            {
                return new SegmentFault("placeholder-doubled", $"the placeholder <x-k i=\"{N(index)}\"/> appears {N(seen.Count)} times (each one must be kept exactly once)");
            }
            // Only elements both sides have count: an engine may drop an emphasis, but must not move a placeholder
            // into or out of a link or an emphasis that it kept.
            var shared = original.Elements.Intersect(translated.Elements).ToHashSet(StringComparer.Ordinal);
            var before = containers[0].Where(shared.Contains).ToHashSet(StringComparer.Ordinal);
            var after = seen[0].Where(shared.Contains).ToHashSet(StringComparer.Ordinal);
            if (!before.SetEquals(after))
            {
                var element = before.Except(after).Select(e => (Inside: true, Element: e))
                    .Concat(after.Except(before).Select(e => (Inside: false, Element: e))).First();
                return new SegmentFault("placeholder-nesting", element.Inside
                    ? $"the placeholder <x-k i=\"{N(index)}\"/> was moved out of the element {element.Element} it is inside in the original"
                    : $"the placeholder <x-k i=\"{N(index)}\"/> was moved into the element {element.Element}, which it is outside of in the original");
            }
        }
        return null;
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    // --- refusals and notes

    private static SegmentFault? Refusal(string sourceText, string answerText)
    {
        if (Apology().Match(answerText) is { Success: true } apology && !ApologyWord().IsMatch(sourceText))
        {
            return new SegmentFault("refusal", $"it is a refusal or an apology from the model (\"{Shorten(apology.Value)}…\"), not a translation");
        }
        if (CannotHelp().Match(answerText) is { Success: true } cannot && !HelpWord().IsMatch(sourceText))
        {
            return new SegmentFault("refusal", $"it is a refusal from the model (\"{Shorten(cannot.Value)}…\"), not a translation");
        }
        if (AsAnAi().Match(answerText) is { Success: true } ai && !AiWord().IsMatch(sourceText))
        {
            return new SegmentFault("refusal", $"the model speaks about itself (\"{Shorten(ai.Value)}…\") instead of translating");
        }
        return null;
    }

    private static SegmentFault? Note(string sourceText, string answerText)
    {
        // The original's own notes ("(NDLR : …)", "Remarque : …") may come back as notes in the target language.
        var sourceHasNote = NoteInBrackets().IsMatch(sourceText) || NoteLabel().IsMatch(sourceText) || EditorsNote().IsMatch(sourceText);
        if (!sourceHasNote && NoteInBrackets().Match(answerText) is { Success: true } bracketed)
        {
            return new SegmentFault("note", $"it contains a note from the model (\"{Shorten(bracketed.Value)}\"), which is not in the original");
        }
        if (!sourceHasNote && NoteLabel().Match(answerText) is { Success: true } label)
        {
            return new SegmentFault("note", $"it contains a note from the model (\"{Shorten(answerText[label.Index..].Trim())}\"), which is not in the original");
        }
        if (AboutTheTranslation().Match(answerText) is { Success: true } about && !TranslationWord().IsMatch(sourceText))
        {
            return new SegmentFault("note", $"it talks about the translation (\"{Shorten(answerText[about.Index..].Trim())}\") instead of only translating");
        }
        return null;
    }

    // --- language and length

    private SegmentFault? Language(LanguagePair pair, string sourceText, string answerText)
    {
        var target = pair.Target.Language;
        if (!LanguageIdentifier.Supports(target) || Letters(answerText) < MinimumLettersForLanguage || Words(answerText) < 4)
        {
            return null;
        }
        var confidences = _languages.Confidences(answerText);
        if (confidences.Count == 0)
        {
            return null;
        }
        var best = confidences.MaxBy(c => c.Value);
        var inTarget = confidences.GetValueOrDefault(target);
        // Only a clear verdict: a wrong answer fails the batch, a missed one still meets the quality gate.
        if (best.Key == target || best.Value < 0.6 || inTarget * 4 > best.Value)
        {
            return null;
        }
        // A passage of the original in a third language (a quotation in English in a French article) may stay as it is.
        if (best.Key != pair.Source.Language && Letters(sourceText) >= MinimumLettersForLanguage
            && _languages.Best(sourceText) is { } original && original.Language == best.Key)
        {
            return null;
        }
        var left = best.Key == pair.Source.Language ? " (left untranslated)" : "";
        return new SegmentFault("wrong-language", $"it is in {LanguageNames.English(best.Key)}, not {LanguageNames.English(target)}{left}");
    }

    private static SegmentFault? Length(string sourceText, string answerText)
    {
        if (sourceText.Length < MinimumLengthForRatio || answerText.Length * 2 >= sourceText.Length)
        {
            return null;
        }
        return new SegmentFault("too-short",
            $"it is {N(answerText.Length)} characters long for an original of {N(sourceText.Length)}: less than half, so part of it is missing");
    }

    private static int Letters(string text) => text.Count(char.IsLetter);

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter));

    /// <summary>The segment's text for a message, placeholders shown as [1], [2] so an editor sees where they were.</summary>
    internal static string Readable(string html) => InlineHtml.ToText(PlaceholderTag().Replace(html, m => $"[{m.Groups["i"].Value}]"));

    [GeneratedRegex(@"<x-k\b[^>]*?\bi\s*=\s*[""']?(?<i>\d+)[""']?[^>]*?/?>(?:\s*</x-k\s*>)?", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceholderTag();

    internal static string Shorten(string text) => text.Length <= 60 ? text : text[..60].TrimEnd() + "…";

    // An apology at the start of the segment, in the languages the desk meets.
    [GeneratedRegex(@"^\W*(?:I'?m (?:so |very |really )?sorry|I am (?:so |very |really )?sorry|sorry\b|I apologi[sz]e|I'?m afraid I|unfortunately,? I (?:can|am|'m)|(?:je suis )?désolée?s?\b|malheureusement,? je ne|(?:es )?tut mir (?:sehr )?leid|leider kann ich|entschuldigung|lo siento|lo lamento|lamentablemente,? no puedo|ho sento|em sap greu|mi dispiace|purtroppo non posso|het spijt me|sinto muito|desculpe)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Apology();

    [GeneratedRegex(@"sorry|apologi|afraid|unfortunately|désolé|malheureusement|leid|entschuldig|siento|lament|sento|greu|dispiace|purtroppo|spijt|sinto|desculp|excus|pardon|perdón|perdon",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApologyWord();

    // "I can't help with that" anywhere, in the languages the desk meets.
    [GeneratedRegex(@"\b(?:I|we) (?:can(?:no|')t|cannot|won'?t|will not|am unable to|'m unable to|am not able to|'m not able to|must decline to) (?:\p{L}+ ){0,2}?(?:help|assist|translate|provide|comply|fulfil|fulfill|complete|do that)\b|\bje ne (?:peux|pourrai|suis pas en mesure d[e'’]|vais) (?:pas )?(?:vous )?(?:aider|traduire|répondre|fournir|accéder)|\bich kann (?:\p{L}+ ){0,3}?nicht (?:\p{L}+ ){0,2}?(?:helfen|übersetzen|behilflich|beantworten)|\bno (?:puedo|podemos|puc|podem) (?:\p{L}+ ){0,2}?(?:ayudar|traducir|cumplir|proporcionar|asistir|ajudar|traduir|complir)|\bnon (?:posso|possiamo) (?:\p{L}+ ){0,2}?(?:aiutare|tradurre)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CannotHelp();

    [GeneratedRegex(@"help|assist|translat|comply|fulfil|aide|aider|tradui|traduc|traduz|répond|helfen|hilf|übersetz|behilflich|beantwort|ayud|ajud|aiut|complir|cumplir",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HelpWord();

    [GeneratedRegex(@"\bas an? (?:AI|artificial intelligence|(?:large )?language model|AI (?:language model|assistant))\b|\bI(?:'m| am) (?:just )?an? AI\b|\ben tant qu['’e] ?(?:IA|intelligence artificielle|modèle de langage|assistant)|\bals (?:eine? )?(?:KI|künstliche Intelligenz|Sprachmodell|KI-Assistent)\b|\bcomo (?:una? )?(?:IA|inteligencia artificial|modelo de lenguaje|asistente de IA)\b|\bcom a (?:IA|intel·ligència artificial|model de llenguatge|assistent)\b|\bcome (?:una? )?(?:IA|intelligenza artificiale|modello linguistico)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsAnAi();

    [GeneratedRegex(@"\b(?:AI|IA|KI)\b|artificial|artificiel|künstlich|intel·ligència|language model|modèle de langage|Sprachmodell|modelo de lenguaje|model de llenguatge|modello linguistico|chatbot|GPT|assistant|asistente|assistent",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AiWord();

    // "(Note: I kept the names)", "[Anmerkung: …]", "(N.B. …)", "(Translator's note: …)"; not an editor's note ("Anm. d. Red.").
    [GeneratedRegex(@"[(\[]\s*(?:note|nb|n\.\s?b\.|nota|anmerkung|anm\.|hinweis|remarque|translator'?s note|note du traducteur|nota del traductor|nota del traductor|anmerkung de[rs] übersetzers?)\b(?!\s*(?:d(?:e|el|\.)?\s*(?:la\s*)?(?:red|rédaction|redacción|redacció)|der redaktion|from the editor))[^)\]]*[)\]]?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteInBrackets();

    // "Note:" at the start of the segment or of a sentence, "Translation:" inside the segment.
    [GeneratedRegex(@"(?:^|(?<=[.!?…»”""]\s*))(?:please note|note|nb|n\.\s?b\.|nota|anmerkung|hinweis|remarque|translation|übersetzung|traduction|traducción|traducció)\s*:",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteLabel();

    [GeneratedRegex(@"\bN\.?\s?D\.?\s?L\.?\s?R\b|N\. ?d\. ?(?:l\. ?)?R\.|Anm\. ?d\. ?Red|editor'?s note|note de la rédaction|nota de la redacci",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EditorsNote();

    // The model talking about its work: "Here is the translation", "I have translated …", "I kept the names".
    [GeneratedRegex(@"\b(?:here(?: is|'s| are) (?:the|your|my) (?:translation|translated)|(?:this|the above) (?:is|was) (?:the|a|my) translation|I (?:have |'ve )?translated (?:the|this|it|all)|I (?:have |'ve )?(?:kept|left|preserved|retained) (?:the |all )?(?:names|original|HTML|tags|placeholders|terms|proper nouns|formatting)|voici (?:la|votre|ma) traduction|j'ai (?:traduit|conservé|gardé|laissé) (?:les|le) (?:noms|termes|balises|texte|original)|hier (?:ist|sind) (?:die|deine|ihre|meine) übersetzung|ich habe (?:die |alle )?(?:Namen|Begriffe|Tags|Platzhalter|Original)\w* (?:\p{L}+ )?(?:übersetzt|beibehalten|belassen)|aquí (?:está|tienes|tiene) (?:la|tu|su) traducción|he (?:mantenido|conservado|dejado) (?:los|las) (?:nombres|términos|etiquetas)|aquí (?:tens|té|teniu) (?:la|la teva|la seva) traducció|he (?:mantingut|conservat|deixat) (?:els|les) (?:noms|termes|etiquetes))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutTheTranslation();

    [GeneratedRegex(@"translat|traduc|traduç|traduz|tradui|tradu|übersetz|vertaal|traduït|traduit",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TranslationWord();
}
