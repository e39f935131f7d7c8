using System.Text.RegularExpressions;
using Newsdesk.Model;
using Newsdesk.Locales;
using Newsdesk.Quality.Language;
using Newsdesk.Quality.Text;

namespace Newsdesk.Quality.Checks;

/// <summary>
/// Blocks, headings and sentences left in the source language (or any language but the target's). A function-word
/// lexicon decides the clear cases cheaply and flags short headings made mostly of names ("Passe d’Armes
/// Musk-Altman"); Lingua confirms the suspects. With a source, a target sentence copied from it verbatim is caught too.
/// </summary>
public sealed partial class UntranslatedCheck : IQualityCheck
{
    public FindingCategory Category => FindingCategory.Untranslated;

    public void Check(CheckContext context, ICollection<Finding> findings)
    {
        var target = context.Target;
        var text = target.Text;
        if (context.Source is { } src && Normalize(src.Text) == Normalize(text) && target.Words.Count >= 2)
        {
            findings.Add(new Finding(Category, Severity.Critical, new TextSpan(0, text.Length), "untranslated.identical",
                "The translation is identical to the original: nothing was translated.", SourceSpan: new TextSpan(0, src.Text.Length)));
            return;
        }
        var flagged = new List<(TextSegment Sentence, string Language, string Rule, TextSpan? SourceSpan)>();
        var leftWords = LeftWordTest.For(context);
        var wordIndex = 0;
        for (var si = 0; si < target.Sentences.Count; si++)
        {
            var s = target.Sentences[si];
            var firstWord = wordIndex;
            while (wordIndex < target.Words.Count && target.Words[wordIndex].Sentence == si)
            {
                wordIndex++;
            }
            if ((Classify(context, s) ?? ShortLine(context, s, firstWord, wordIndex) ?? GluedLabel(context, s, firstWord, wordIndex)) is { } hit)
            {
                flagged.Add((s, hit.Language, hit.Rule, hit.SourceSpan));
            }
            else if (ForeignRun(context, firstWord, wordIndex) is { } run)
            {
                findings.Add(new Finding(Category, Severity.Major, run, "untranslated.fragment",
                    $"\"{BoilerplateCheck.Shorten(text[run.Start..run.End])}\" is in {LanguageNames.English(context.SourceLanguage)} inside a {LanguageNames.English(context.TargetLanguage)} sentence: part of it was left untranslated (often a heading of the original run into the next sentence).",
                    Suggestion: $"Translate it into {LanguageNames.English(context.TargetLanguage)}, or separate the heading from the sentence."));
            }
            else
            {
                for (var w = firstWord; w < wordIndex; w++)
                {
                    if (ForeignCalendarWord(context, firstWord, wordIndex, w) is { } calendar)
                    {
                        var word = text[target.Words[w].Start..target.Words[w].End];
                        findings.Add(new Finding(Category, Severity.Minor, target.Words[w].Span, "untranslated.calendar-word",
                            $"\"{word}\" is {LanguageNames.English(calendar.Language)}: a weekday or month name left untranslated.",
                            Suggestion: calendar.Translation is { } t ? Capitalised(context.TargetLanguage, target.Words[w].SentenceInitial, t) : $"Translate \"{word}\" into {LanguageNames.English(context.TargetLanguage)}."));
                    }
                    else if ((EngineLeft(context, text, target.Words[w]) is var engineLeft && engineLeft
                              || (leftWords is not null && leftWords.IsLeft(text, target.Words[w])))
                             && leftWords?.InName(context, text, target.Words, firstWord, w) != true)
                    {
                        var word = text[target.Words[w].Start..target.Words[w].End];
                        // Minor each: one word is quickly fixed; several hold the translation (QualityGateOptions.HoldAtMinor).
                        // Only the engine's own mark says it did not know the word; otherwise the word of the original was kept.
                        findings.Add(new Finding(Category, Severity.Minor, target.Words[w].Span, "untranslated.word",
                            $"\"{word}\" is {LanguageNames.English(context.SourceLanguage)}, not {LanguageNames.English(context.TargetLanguage)}: "
                            + (engineLeft ? "the engine did not know the word and left it as it was." : "the word of the original was left as it was."),
                            Suggestion: $"Translate \"{word}\" into {LanguageNames.English(context.TargetLanguage)}."));
                    }
                }
            }
        }
        if (flagged.Count == 0)
        {
            return;
        }
        var flaggedLetters = flagged.Sum(f => Letters(text, f.Sentence.Start, f.Sentence.End));
        var allLetters = Letters(text, 0, text.Length);
        if (flaggedLetters * 2 > allLetters && allLetters > 200)
        {
            var main = flagged.GroupBy(f => f.Language).MaxBy(g => g.Count())!.Key;
            findings.Add(new Finding(Category, Severity.Critical, new TextSpan(0, text.Length), "untranslated.wrong-language",
                $"Most of the text is in {LanguageNames.English(main)}, not {LanguageNames.English(context.TargetLanguage)}: the translation failed or the languages are wrong."));
        }
        // Neighbouring sentences of one paragraph in the same language make one finding.
        var i = 0;
        while (i < flagged.Count)
        {
            var j = i;
            while (j + 1 < flagged.Count && flagged[j + 1].Sentence.Paragraph == flagged[i].Sentence.Paragraph
                && flagged[j + 1].Language == flagged[i].Language && flagged[j + 1].Rule == flagged[i].Rule)
            {
                j++;
            }
            var span = new TextSpan(flagged[i].Sentence.Start, flagged[j].Sentence.End);
            var isHeading = flagged[i].Sentence.Paragraph == flagged[j].Sentence.Paragraph
                && target.Paragraphs[flagged[i].Sentence.Paragraph].Span == span && span.Length < 120 && !EndsLikeSentence(text, span);
            var what = isHeading ? "This heading" : j > i ? "These sentences" : "This sentence";
            TextSpan? sourceSpan = flagged[i].SourceSpan is { } a && flagged[j].SourceSpan is { } b ? new TextSpan(a.Start, b.End) : flagged[i].SourceSpan;
            findings.Add(new Finding(Category, Severity.Major, span, flagged[i].Rule,
                flagged[i].Rule == "untranslated.copied-from-source"
                    ? $"{what} is copied from the original without translation."
                    : $"{what} is in {LanguageNames.English(flagged[i].Language)}, not {LanguageNames.English(context.TargetLanguage)}: it was left untranslated.",
                SourceSpan: sourceSpan, Suggestion: $"Translate it into {LanguageNames.English(context.TargetLanguage)}."));
            i = j + 1;
        }
    }

    private static (string Language, string Rule, TextSpan? SourceSpan)? Classify(CheckContext context, TextSegment s)
    {
        var text = context.Target.Text;
        var tl = context.TargetLanguage;
        var counts = context.Lexicon.Count(text, s.Start, s.End, out var words);
        if (words == 0)
        {
            return null;
        }
        var inTarget = counts.GetValueOrDefault(tl);
        var (other, inOther) = counts.Where(kv => kv.Key != tl)
            .OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key == context.SourceLanguage)
            .Select(kv => (kv.Key, kv.Value)).FirstOrDefault();

        // Copied verbatim from the source: the surest sign, when there is a source.
        if (context.Source is { } source && words >= 3 && inTarget <= inOther && s.Length >= 15)
        {
            var sentence = text[s.Start..s.End];
            var at = source.Text.IndexOf(sentence, StringComparison.Ordinal);
            if (at >= 0 && (inOther >= 1 || IsLanguage(context, sentence, context.SourceLanguage)))
            {
                return (context.SourceLanguage, "untranslated.copied-from-source", new TextSpan(at, at + sentence.Length));
            }
        }
        if (inTarget >= 3 && inTarget * 2 >= inOther)
        {
            return null;
        }
        var sentenceText = text[s.Start..s.End];
        var lexicalSuspect = (inOther >= 2 && inOther > inTarget * 2) || (inOther >= 1 && inTarget == 0 && words <= 8);
        if (lexicalSuspect)
        {
            // The function words point away from the target language; Lingua picks among the languages they point
            // to and may veto, but names ("Musk-Altman") make short headings too close to call for Lingua alone.
            var confidence = context.Languages.Confidences(sentenceText);
            var targetConfidence = confidence.GetValueOrDefault(tl);
            var candidate = counts.Where(kv => kv.Key != tl && kv.Value == inOther)
                .MaxBy(kv => confidence.GetValueOrDefault(kv.Key)).Key;
            // One function word is thin evidence ("Mai" is a Catalan word too): it only counts for the source language.
            if (inOther < 2 && candidate != context.SourceLanguage)
            {
                return null;
            }
            var candidateConfidence = confidence.GetValueOrDefault(candidate);
            if (candidateConfidence * 2 < targetConfidence || (inTarget > 0 && candidateConfidence < targetConfidence))
            {
                return null;
            }
            return (candidate, "untranslated.sentence", null);
        }
        if (inTarget == 0 && words >= 4 && LowerCaseWords(context.Target, s) >= 2)
        {
            // No function words at all: only a clear verdict of the language model counts.
            var best = context.Languages.Best(sentenceText);
            if (best is { } b && b.Language != tl && b.Confidence >= 0.6
                && b.Confidence >= 3 * context.Languages.Confidences(sentenceText).GetValueOrDefault(tl))
            {
                return (b.Language, "untranslated.sentence", null);
            }
        }
        return null;
    }

    /// <summary>
    /// A heading, kicker or caption left in another language: a short line of its own whose function words are too few
    /// to tell ("La réponse du gouvernement" shares "la" and "du" with German and Spanish). Its words decide: the
    /// target's dictionary does not know at least half of them, another language's dictionary knows every one, and
    /// Lingua does not prefer the target. Names (capitalised inside the line, or with digits) are not counted; a German
    /// target counts its capitalised nouns, which its dictionary knows.
    /// </summary>
    private static (string Language, string Rule, TextSpan? SourceSpan)? ShortLine(CheckContext context, TextSegment s, int firstWord, int endWord)
    {
        var target = context.Target;
        var tl = context.TargetLanguage;
        if (s.Length < MinShortLine || s.Length > MaxShortLine || target.Paragraphs[s.Paragraph].Span != s.Span
            || endWord - firstWord < 3 || context.Spelling.Get(tl, out _) is not { } targetDictionary)
        {
            return null;
        }
        var text = target.Text;
        var counted = new List<string>(endWord - firstWord);
        for (var w = firstWord; w < endWord; w++)
        {
            var word = text[target.Words[w].Start..target.Words[w].End];
            if (word.Any(char.IsDigit) || (w > firstWord && char.IsUpper(word[0]) && !(tl == "de" && targetDictionary.IsCorrect(word))))
            {
                continue;
            }
            counted.Add(word);
        }
        var unknown = counted.Where(w => !KnownTo(targetDictionary, w) && !context.Lexicon.Contains(tl, w)).ToList();
        if (counted.Count < 3 || unknown.Count < 2 || unknown.Count * 2 < counted.Count)
        {
            return null;
        }
        var line = text[s.Start..s.End];
        var confidence = context.Languages.Confidences(line);
        var targetConfidence = confidence.GetValueOrDefault(tl);
        foreach (var (language, value) in confidence.Where(kv => kv.Key != tl).OrderByDescending(kv => kv.Value).Take(2))
        {
            if (value < targetConfidence || context.Spelling.Get(language, out _) is not { } other)
            {
                continue;
            }
            if (counted.All(w => KnownTo(other, w) || context.Lexicon.Contains(language, w)))
            {
                return (language, "untranslated.line", null);
            }
        }
        return null;
    }

    /// <summary>
    /// A section label or heading of the original glued to the end of a paragraph ("… 9.000 Doktoranden. Doctorants"):
    /// the paragraph's last "sentence" of one to three capitalised words without a full stop, written word for word in
    /// the original, every word a common word of the source language (its dictionary knows it in lower case, so not a
    /// name) that the target's dictionary does not know.
    /// </summary>
    private static (string Language, string Rule, TextSpan? SourceSpan)? GluedLabel(CheckContext context, TextSegment s, int firstWord, int endWord)
    {
        var target = context.Target;
        var words = endWord - firstWord;
        var paragraph = target.Paragraphs[s.Paragraph].Span;
        if (context.Source is not { } source || words is < 1 or > 3 || s.End != paragraph.End || s.Start == paragraph.Start
            || EndsLikeSentence(target.Text, s.Span) || context.SourceLanguage == context.TargetLanguage
            || context.Spelling.Get(context.TargetLanguage, out _) is not { } targetDictionary
            || context.Spelling.Get(context.SourceLanguage, out _) is not { } sourceDictionary)
        {
            return null;
        }
        var text = target.Text;
        for (var w = firstWord; w < endWord; w++)
        {
            var word = text[target.Words[w].Start..target.Words[w].End];
            if (word.Length < 4 || !char.IsUpper(word[0]) || word.Any(char.IsDigit) || KnownTo(targetDictionary, word)
                || context.Lexicon.Contains(context.TargetLanguage, word) || !sourceDictionary.IsCorrect(word.ToLowerInvariant()))
            {
                return null;
            }
        }
        var label = text[s.Start..s.End].Trim();
        var at = source.Text.IndexOf(label, StringComparison.Ordinal);
        return at < 0 ? null : (context.SourceLanguage, "untranslated.line", new TextSpan(at, at + label.Length));
    }

    private static bool KnownTo(Spelling.HunspellDictionary dictionary, string word) =>
        dictionary.Knows(word) || dictionary.IsCorrect(word.ToLowerInvariant()) || Elided(word) is { } rest && dictionary.Knows(rest);

    /// <summary>The word after an elided article or pronoun ("d'une" -> "une"), or null.</summary>
    private static string? Elided(string word)
    {
        var apostrophe = word.IndexOfAny(['\'', '’']);
        return apostrophe > 0 && apostrophe < word.Length - 1 ? word[(apostrophe + 1)..] : null;
    }

    private const int MinShortLine = 8;
    private const int MaxShortLine = 60;

    /// <summary>
    /// A run of words in the source language inside a sentence that is otherwise in the target language: no target
    /// function word in it, at least two source function words, and Lingua agreeing on the run alone. A heading of the
    /// original glued to the next sentence without a full stop is the usual cause; whole-sentence tests miss it because
    /// the target half of the sentence outvotes it.
    /// </summary>
    private static TextSpan? ForeignRun(CheckContext context, int firstWord, int endWord)
    {
        var sl = context.SourceLanguage;
        var tl = context.TargetLanguage;
        if (sl == tl || !context.Lexicon.Knows(sl) || endWord - firstWord < MinimumRunWords + 1)
        {
            return null;
        }
        var words = context.Target.Words;
        var text = context.Target.Text;
        // A source function word that is also a word of the target ("de", "a" in Spanish) is no evidence.
        var targetWords = context.Spelling.Get(tl, out _);
        var i = firstWord;
        while (i < endWord)
        {
            // One run: consecutive words without a target-language function word.
            while (i < endWord && IsFunctionWord(context.Lexicon, tl, text, words[i]))
            {
                i++;
            }
            var runStart = i;
            while (i < endWord && !IsFunctionWord(context.Lexicon, tl, text, words[i]))
            {
                i++;
            }
            int first = -1, last = -1, count = 0, content = 0;
            for (var k = runStart; k < i; k++)
            {
                var function = IsFunctionWord(context.Lexicon, sl, text, words[k])
                    && targetWords?.IsCorrect(text[words[k].Start..words[k].End].ToLowerInvariant()) != true;
                if (function || SourceOnlyWord(context, targetWords, text, words[k]))
                {
                    first = first < 0 ? k : first;
                    last = k;
                    count++;
                    content += function ? 0 : 1;
                }
            }
            // Content words are weaker evidence: with them, every word between the first and the last must be a word of
            // the source language, so a list half translated ("vénaux, hypocrites, egoístas, pijos") is left to the
            // single-word rule.
            if (count < 2 || (count - content < 2 && !AllSourceWords(context, text, words, first, last)))
            {
                continue;
            }
            // The run ends with the content word after its last function word ("… du Sahara").
            var end = Math.Min(last + 1, i - 1);
            if (end - first + 1 < MinimumRunWords || count * 3 < end - first + 1)
            {
                continue;
            }
            var span = new TextSpan(words[first].Start, words[end].End);
            if (IsKeptName(context, words, firstWord, first, end))
            {
                continue;
            }
            var confidence = context.Languages.Confidences(text[span.Start..span.End]);
            var source = confidence.GetValueOrDefault(sl);
            if (source >= 0.5 && source > 2 * confidence.GetValueOrDefault(tl) && confidence.All(kv => kv.Value <= source))
            {
                return span;
            }
        }
        return null;
    }

    private const int MinimumRunWords = 4;

    private static bool AllSourceWords(CheckContext context, string text, IReadOnlyList<WordToken> words, int first, int last)
    {
        if (context.Spelling.Get(context.SourceLanguage, out _) is not { } sourceWords)
        {
            return false;
        }
        for (var k = first; k <= last; k++)
        {
            if (!IsFunctionWord(context.Lexicon, context.SourceLanguage, text, words[k]) && !KnownTo(sourceWords, text[words[k].Start..words[k].End]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A lower-case content word of the source language in the translation ("fin" in "… Saison Première fin de
    /// non-recevoir à …"): in the original, known to the source's dictionary, unknown to the target's. Counted as
    /// evidence of a run left untranslated beside the source's function words, since the short ones ("de", "à") are
    /// often words of the target too. Capitalised words are names' words ("Banque Publique de l'Entreprise"); English
    /// words are borrowed by every language, so not for an English original.
    /// </summary>
    private static bool SourceOnlyWord(CheckContext context, Spelling.HunspellDictionary? targetWords, string text, WordToken token)
    {
        if (targetWords is null || context.Source is null || token.End - token.Start < 3 || context.SourceLanguage == "en"
            || !char.IsLower(text[token.Start]) || context.Spelling.Get(context.SourceLanguage, out _) is not { } sourceWords)
        {
            return false;
        }
        var word = text[token.Start..token.End];
        return !word.Any(char.IsDigit) && context.SourceHasWord(word) && sourceWords.IsCorrect(word.ToLowerInvariant())
            && !KnownTo(targetWords, word) && !context.Lexicon.Contains(context.TargetLanguage, word);
    }

    /// <summary>
    /// Whether a run of source-language words is the name of an organisation kept as written ("Groupement national des
    /// indépendants de l'hôtellerie (GNI-HCR)", "la Fédération de l'e-commerce et de la vente à distance"): an acronym in
    /// brackets right after it, or a capital inside the sentence opening it (at most three words before the run, with
    /// only spaces between) and the same words in the original.
    /// </summary>
    private static bool IsKeptName(CheckContext context, IReadOnlyList<WordToken> words, int sentenceFirstWord, int first, int last)
    {
        var text = context.Target.Text;
        var after = words[last].End;
        // The acronym may be the run's last word itself ("… aéronautiques et spatiales (Gifas)").
        foreach (var end in (ReadOnlySpan<int>)[after, words[Math.Max(first, last - 1)].End])
        {
            var tail = text.AsSpan(end, Math.Min(80, text.Length - end));
            var bracket = tail.IndexOf('(');
            if (bracket >= 0 && !tail[..bracket].ContainsAny(".!?;:") && AcronymInBrackets().IsMatch(tail[bracket..]))
            {
                return true;
            }
        }
        var start = first;
        while (start > sentenceFirstWord && first - start < 3 && !char.IsUpper(text[words[start].Start])
               && string.IsNullOrWhiteSpace(text[words[start - 1].End..words[start].Start]))
        {
            start--;
        }
        // A name inside a sentence, after an article or preposition of the translation ("der Fédération de …"), and
        // written so in the original. A heading run into a sentence follows a content word ("… am Ufer La piscine …").
        if (!char.IsUpper(text[words[start].Start]) || words[start].SentenceInitial || start == sentenceFirstWord
            || !IsFunctionWord(context.Lexicon, context.TargetLanguage, text, words[start - 1]))
        {
            return false;
        }
        var name = text[words[start].Start..after];
        return context.Source is { } source && source.Text.Contains(name, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\(\s*\p{Lu}[\p{L}\d&.\-]{1,14}\s*\)")]
    private static partial Regex AcronymInBrackets();

    private static bool IsFunctionWord(FunctionWordLexicon lexicon, string language, string text, WordToken word)
    {
        var span = text.AsSpan(word.Start, word.End - word.Start);
        if (lexicon.Contains(language, span))
        {
            return true;
        }
        // An elided article or pronoun ("l’animal", "d'Armes") counts by its elided part.
        var apostrophe = span.IndexOfAny('\'', '’');
        return apostrophe > 0 && lexicon.Contains(language, span[..apostrophe]);
    }

    private static bool IsLanguage(CheckContext context, string text, string language) =>
        context.Languages.Best(text) is { } b && b.Language == language;

    private static int LowerCaseWords(TextAnalysis analysis, TextSegment s)
    {
        var n = 0;
        foreach (var w in analysis.Words)
        {
            if (w.Start >= s.Start && w.End <= s.End && char.IsLower(analysis.Text[w.Start]))
            {
                n++;
            }
        }
        return n;
    }

    private static bool EndsLikeSentence(string text, TextSpan span) => span.Length > 0 && text[span.End - 1] is '.' or '!' or '?' or '…';

    private static int Letters(string text, int start, int end)
    {
        var n = 0;
        for (var i = start; i < end; i++)
        {
            if (char.IsLetter(text[i]))
            {
                n++;
            }
        }
        return n;
    }

    private static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// A weekday or month name of another language ("am Friday"), copied from the original when there is one. Only with
    /// the target's dictionary, which knows the target's ordinary words of the same spelling (Italian and Catalan
    /// "mai", Dutch "mars", German "Mars"). Not inside a name: a capitalised word next to it ("Black Friday", "Sunday
    /// Times", "Plácido Domingo", "Journal du dimanche"), nor a capitalised name of a language that writes months and
    /// weekdays in lower case ("sagte Domingo").
    /// </summary>
    private static (string Language, string? Translation)? ForeignCalendarWord(CheckContext context, int firstWord, int endWord, int w)
    {
        var target = context.Target;
        var text = target.Text;
        var token = target.Words[w];
        var word = text[token.Start..token.End];
        if (CalendarWords.Foreign(word, context.TargetLanguage, context.SourceLanguage) is not { } calendar
            || context.Source is not null && !context.SourceHasWord(word)
            || context.Spelling.Get(context.TargetLanguage, out _) is not { } dictionary || dictionary.Knows(word.ToLowerInvariant())
            || char.IsUpper(word[0]) && !token.SentenceInitial && calendar.Language is not ("de" or "en"))
        {
            return null;
        }
        var words = target.Words;
        bool Adjacent(int a, int b) => string.IsNullOrWhiteSpace(text[words[a].End..words[b].Start]);
        bool IsName(int k) => char.IsUpper(text[words[k].Start])
            && (!words[k].SentenceInitial || !context.Lexicon.Contains(context.TargetLanguage, text.AsSpan(words[k].Start, words[k].End - words[k].Start)));
        // Back over function words of the name's language: "Journal du dimanche" is a name.
        var before = w - 1;
        while (before >= firstWord && Adjacent(before, before + 1) && char.IsLower(text[words[before].Start])
            && context.Lexicon.Contains(calendar.Language, text.AsSpan(words[before].Start, words[before].End - words[before].Start)))
        {
            before--;
        }
        var nameBefore = before >= firstWord && Adjacent(before, before + 1) && IsName(before);
        var nameAfter = w + 1 < endWord && Adjacent(w, w + 1) && char.IsUpper(text[words[w + 1].Start]);
        return nameBefore || nameAfter ? null : calendar;
    }

    /// <summary>German and English write weekdays and months with a capital; the others only at a sentence start.</summary>
    private static string Capitalised(string language, bool sentenceInitial, string name) =>
        language is "de" or "en" || sentenceInitial ? string.Concat(char.ToUpperInvariant(name[0]).ToString(), name.AsSpan(1)) : name;

    /// <summary>A word that is part of an e-mail or web address: '@', '/' or a dot between letters next to it.</summary>
    /// <summary>
    /// A word the engine marked as unknown and the desk left as it was (<see cref="QualityInput.EngineUnknownWords"/>),
    /// written in lower case (a capitalised unknown word is most likely a name the engine did not know) and not part of
    /// an address.
    /// </summary>
    private static bool EngineLeft(CheckContext context, string text, WordToken token)
    {
        if (context.Input.EngineUnknownWords.Count == 0 || !char.IsLower(text[token.Start]) || IsAddressPart(text, token))
        {
            return false;
        }
        var word = text.AsSpan(token.Start, token.End - token.Start);
        foreach (var unknown in context.Input.EngineUnknownWords)
        {
            if (word.SequenceEqual(unknown))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsAddressPart(string text, WordToken token)
    {
        var before = token.Start > 0 ? text[token.Start - 1] : ' ';
        var next = token.End < text.Length ? text[token.End] : ' ';
        var afterNext = token.End + 1 < text.Length ? text[token.End + 1] : ' ';
        return before is '@' or '/' or '.' || next is '@' or '/' || (next == '.' && char.IsLetterOrDigit(afterNext));
    }

    /// <summary>
    /// Single words the engine left in the source language (rule-based engines pass unknown words through: French
    /// "pelleteuses" in a Spanish text). A lower-case word of five letters or more that the target's Hunspell dictionary
    /// does not know and the source's does, and that the source, when given, contains. Not for English sources: English
    /// words are borrowed into every language faster than dictionaries record them ("online", "Team").
    /// </summary>
    private sealed class LeftWordTest
    {
        private readonly Spelling.HunspellDictionary _target;
        private readonly Spelling.HunspellDictionary _source;
        private readonly CheckContext _context;

        private LeftWordTest(Spelling.HunspellDictionary target, Spelling.HunspellDictionary source, CheckContext context)
        {
            _target = target;
            _source = source;
            _context = context;
        }

        public static LeftWordTest? For(CheckContext context)
        {
            if (!context.Options.Spelling || context.SourceLanguage == "en" || context.SourceLanguage == context.TargetLanguage
                || context.Spelling.Get(context.TargetLanguage, out _) is not { } target || context.Spelling.Get(context.SourceLanguage, out _) is not { } source)
            {
                return null;
            }
            return new LeftWordTest(target, source, context);
        }

        /// <summary>
        /// Whether the word is a lower-case word of a name kept in the original ("Journal du dimanche", "Institut des
        /// hautes études", "La France insoumise"): walking back over source function words and other such words, with
        /// nothing but spaces between them, reaches a capitalised word inside the sentence.
        /// </summary>
        public bool InName(CheckContext context, string text, IReadOnlyList<WordToken> words, int firstWord, int w)
        {
            for (var k = w - 1; k >= firstWord && w - k <= MaxNameWords; k--)
            {
                if (!IsNameGap(text.AsSpan(words[k].End, words[k + 1].Start - words[k].End)))
                {
                    return false;
                }
                var span = text.AsSpan(words[k].Start, words[k].End - words[k].Start);
                if (char.IsUpper(span[0]))
                {
                    if (words[k].SentenceInitial)
                    {
                        return false;
                    }
                    // Function words and words left as they were lead back to the capital; any other words only when
                    // the whole name is written so in the original ("Groupement national des indépendants").
                    return context.Source is { } source && source.Text.Contains(text[words[k].Start..words[w].End], StringComparison.Ordinal)
                        || OnlyNameWords(context, text, words, k + 1, w);
                }
            }
            return false;
        }

        private bool OnlyNameWords(CheckContext context, string text, IReadOnlyList<WordToken> words, int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (!context.Lexicon.Contains(context.SourceLanguage, text.AsSpan(words[k].Start, words[k].End - words[k].Start)) && !IsLeft(text, words[k]))
                {
                    return false;
                }
            }
            return true;
        }

        private const int MaxNameWords = 8;

        /// <summary>Between two words of one name: spaces, or an elision or hyphen ("de l'e-commerce").</summary>
        private static bool IsNameGap(ReadOnlySpan<char> gap)
        {
            foreach (var c in gap)
            {
                if (!char.IsWhiteSpace(c) && c is not ('\'' or '’' or '-'))
                {
                    return false;
                }
            }
            return true;
        }

        public bool IsLeft(string text, WordToken token)
        {
            if (token.End - token.Start < 5)
            {
                return false;
            }
            if (IsAddressPart(text, token))
            {
                return false; // an e-mail address or a web address is not prose ("viticulture@…")
            }
            var span = text.AsSpan(token.Start, token.End - token.Start);
            foreach (var c in span)
            {
                if (!char.IsLower(c))
                {
                    return false; // names, acronyms, hyphenated and elided forms
                }
            }
            var word = span.ToString();
            if (_context.Source is not null && !_context.SourceHasWord(word))
            {
                return false;
            }
            return !_target.Knows(word) && _source.IsCorrect(word);
        }
    }
}
