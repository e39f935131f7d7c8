using System.Text.RegularExpressions;

namespace Newsdesk.Translation;

/// <summary>
/// Finds names of people and organisations by capitalisation: CamelCase brands (SoftBank, OpenAI) and runs of two
/// or more capitalised words (Sam Altman, Jean-Luc Mélenchon). Conservative on purpose: a protected word is never
/// translated, so place and institution words that engines must translate (Maison Blanche, United States) are
/// excluded, and languages that capitalise every noun (German) only get the CamelCase rule. Engines also mangle names standing
/// alone: initials ("M-A. Pioerron" became "M-Tiene. Pioerron"), hyphenated given names, and single capitalised words they
/// take for something else ("Lorient" became "An Oriant"). Those are kept too: initials with a surname, hyphenated capitalised
/// words, and, with the desk's dictionaries (<see cref="INameEvidence"/>), any capitalised word inside a sentence whose
/// lower-case form is not a common word, unless a dictionary renders it differently (an exonym the engine should write).
/// </summary>
internal static partial class NameDetector
{
    private static readonly Dictionary<string, HashSet<string>> NotNames = new(StringComparer.Ordinal)
    {
        ["fr"] = Set("maison", "blanche", "états", "unis", "union", "nations", "unies", "européenne", "européen", "assemblée", "nationale",
            "conseil", "république", "royaume", "uni", "premier", "ministre", "président", "présidente", "banque", "centrale", "mer", "parti",
            "cour", "saint", "sainte", "moyen", "proche", "orient", "arabie", "saoudite", "émirats", "arabes", "golfe", "commission", "parlement",
            "sénat", "gouvernement", "ministère", "nouvelle", "nouveau", "grande", "bretagne", "pays", "bas", "côte", "afrique", "amérique",
            "asie", "europe", "nord", "sud", "est", "ouest", "océan", "guerre", "mondiale", "coupe", "monde", "jeux", "olympiques", "église",
            "état", "etat", "etats", "conférence", "organisation", "fonds", "monétaire", "international", "internationale", "santé", "bourse",
            "palais", "elysée", "élysée", "hôtel", "ville", "place", "rue", "avenue", "boulevard", "pont", "tour", "île", "îles", "lac", "mont"),
        ["en"] = Set("white", "house", "united", "states", "kingdom", "nations", "union", "european", "commission", "parliament", "senate",
            "congress", "supreme", "court", "prime", "minister", "president", "middle", "east", "north", "south", "west", "new", "great",
            "britain", "bank", "federal", "reserve", "department", "ministry", "party", "sea", "ocean", "republic", "democratic", "gulf",
            "coast", "state", "world", "war", "cup", "olympic", "games", "church", "city", "hall", "street", "avenue", "river", "lake",
            "mount", "island", "islands", "national", "international", "monetary", "fund", "health", "organization", "organisation",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        ["es"] = Set("casa", "blanca", "estados", "unidos", "unión", "naciones", "unidas", "europea", "comisión", "parlamento", "senado",
            "congreso", "tribunal", "supremo", "primer", "ministro", "presidente", "banco", "central", "partido", "mar", "océano",
            "república", "reino", "unido", "gobierno", "ministerio", "nueva", "nuevo", "oriente", "medio", "norte", "sur", "este", "oeste",
            "guerra", "mundial", "copa", "mundo", "juegos", "olímpicos", "iglesia", "estado", "ciudad", "calle", "plaza", "río"),
        ["ca"] = Set("casa", "blanca", "estats", "units", "unió", "nacions", "unides", "europea", "comissió", "parlament", "senat",
            "congrés", "tribunal", "suprem", "primer", "ministre", "president", "presidenta", "banc", "central", "partit", "mar",
            "república", "regne", "unit", "govern", "ministeri", "nova", "nou", "orient", "mitjà", "nord", "sud", "est", "oest",
            "guerra", "mundial", "copa", "món", "jocs", "olímpics", "església", "estat", "ciutat", "carrer", "plaça", "riu", "generalitat"),
    };

    // Capitalised words that start sentences or follow quotes without being names ("Selon Elon Musk" keeps "Elon Musk").
    private static readonly Dictionary<string, HashSet<string>> Starters = new(StringComparer.Ordinal)
    {
        ["fr"] = Set("le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "ce", "cet", "cette", "ces", "selon", "pour", "dans", "en",
            "au", "aux", "mais", "et", "ou", "si", "quand", "lorsque", "après", "avant", "depuis", "lors", "chez", "sur", "sous", "avec",
            "sans", "contre", "pendant", "par", "pourtant", "ainsi", "alors", "car", "comme", "il", "elle", "ils", "elles", "on", "nous",
            "vous", "je", "son", "sa", "ses", "leur", "leurs", "notre", "votre", "mon", "ma", "mes", "à", "a", "outre", "face", "entre",
            "vers", "dès", "jusqu", "tandis", "puis", "enfin", "aussi", "déjà", "encore", "toutefois", "cependant", "néanmoins", "même",
            "tous", "toutes", "tout", "toute", "chaque", "plusieurs", "certains", "certaines", "autre", "autres", "quelques", "monsieur",
            "madame", "m", "mme", "dr", "pr", "me", "général", "président", "présidente", "ministre", "patron", "patronne", "directeur"),
        ["en"] = Set("the", "a", "an", "in", "on", "at", "for", "according", "but", "and", "or", "when", "after", "before", "since", "with",
            "without", "from", "by", "as", "if", "while", "this", "that", "these", "those", "he", "she", "they", "we", "you", "i", "it",
            "his", "her", "their", "our", "my", "your", "its", "to", "of", "during", "under", "over", "between", "among", "also", "then",
            "yet", "still", "however", "meanwhile", "although", "though", "because", "so", "every", "each", "some", "many", "most", "all",
            "mr", "mrs", "ms", "dr", "prof", "president", "minister", "chief", "ceo", "former", "both", "neither", "there", "here", "what",
            "why", "how", "who", "where", "which", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        ["es"] = Set("el", "la", "los", "las", "un", "una", "unos", "unas", "del", "de", "al", "según", "para", "en", "pero", "y", "o", "si",
            "cuando", "después", "antes", "desde", "con", "sin", "contra", "durante", "por", "este", "esta", "estos", "estas", "ese", "esa",
            "él", "ella", "ellos", "ellas", "su", "sus", "nuestro", "nuestra", "también", "sin", "embargo", "además", "presidente",
            "ministro", "señor", "señora", "don", "doña"),
        ["ca"] = Set("el", "la", "els", "les", "un", "una", "uns", "unes", "del", "de", "al", "segons", "per", "a", "en", "però", "i", "o", "si",
            "quan", "després", "abans", "des", "amb", "sense", "contra", "durant", "aquest", "aquesta", "aquests", "aquestes", "ell", "ella",
            "ells", "elles", "seu", "seva", "seus", "seves", "també", "president", "presidenta", "ministre", "senyor", "senyora"),
    };

    // The words that put a bare place name after them in languages that do not capitalise common nouns: a capitalised
    // word there is a town even when it is also a common word ("à Tours", "près de Vannes", "cerca de Orange").
    private static readonly Dictionary<string, Regex> PlacePrepositions = new(StringComparer.Ordinal)
    {
        ["fr"] = PlaceBefore(@"(?:à|près\sde|près\sd'|près\sd’|jusqu'à|jusqu’à|depuis)"),
        ["es"] = PlaceBefore(@"(?:cerca\sde|hasta)"),
        ["ca"] = PlaceBefore(@"(?:a\sprop\sde|fins\sa)"),
    };

    private static readonly HashSet<string> Feasts = Set("noël", "pâques", "toussaint", "pentecôte", "carnaval", "navidad", "pascua", "nadal", "pasqua");

    private static Regex PlaceBefore(string prepositions) =>
        new(@"(?<![\p{L}\p{N}])" + prepositions + @"[ \u00A0]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // Abbreviated titles that look like an initial ("M. Dupont" is Monsieur Dupont): the engine translates them.
    private static readonly Dictionary<string, HashSet<string>> TitleInitials = new(StringComparer.Ordinal)
    {
        ["fr"] = Set("m"),
    };

    /// <summary>Spans of names in <paramref name="text"/>; <paramref name="startsSentence"/> says whether the text begins a sentence.</summary>
    /// <param name="text">Plain text of one segment part.</param>
    /// <param name="sourceLanguage">Its language.</param>
    /// <param name="startsSentence">Whether the text begins a sentence.</param>
    /// <param name="evidence">The desk's dictionaries, for single capitalised words; without them only the other rules apply.</param>
    public static IEnumerable<(int Start, int Length)> Find(string text, string sourceLanguage, bool startsSentence, INameEvidence? evidence = null)
    {
        foreach (Match match in CamelCaseWord().Matches(text))
        {
            yield return (match.Index, match.Length);
        }
        if (!NotNames.TryGetValue(sourceLanguage, out var notNames))
        {
            // Languages without word lists (and German, which capitalises every noun) get no run-of-capitals rule.
            yield break;
        }
        var starters = Starters.GetValueOrDefault(sourceLanguage) ?? [];
        var titles = TitleInitials.GetValueOrDefault(sourceLanguage) ?? [];
        foreach (Match match in InitialsAndSurname().Matches(text))
        {
            var initials = match.Groups["i"].Value;
            var surname = match.Groups["s"].Value;
            var letters = initials.Count(char.IsUpper);
            if (letters == 1 && (titles.Contains(initials.TrimEnd('.', ' ', '\u00A0').ToLowerInvariant())
                || evidence?.IsCommonWord(sourceLanguage, surname.ToLowerInvariant()) == true))
            {
                // "M. Dupont" is a title; "équipe B. Puis" is a letter ending a sentence.
                continue;
            }
            yield return (match.Index, match.Length);
        }
        foreach (Match match in CapitalisedRun().Matches(text))
        {
            var words = new List<(int Index, string Value)>();
            foreach (Capture capture in match.Groups["w"].Captures)
            {
                words.Add((capture.Index, capture.Value));
            }
            // Drop leading words that are sentence starters or titles ("Selon", "Le", "Président"); at a sentence start a
            // run of three or more capitals most likely begins with an ordinary word ("Hier Elon Musk").
            while (words.Count > 0 && starters.Contains(Core(words[0].Value)))
            {
                words.RemoveAt(0);
            }
            if (words.Count > 0 && IsSentenceStart(text, words[0].Index, startsSentence)
                && (words.Count > 2 || IsOrdinaryOpeningWord(words[0].Value, sourceLanguage, evidence)))
            {
                words.RemoveAt(0);
            }
            if (words.Count < 2 || words.Any(w => w.Value.Split('-').Any(part => notNames.Contains(Core(part)))))
            {
                continue;
            }
            var start = words[0].Index;
            var end = words[^1].Index + words[^1].Value.Length;
            yield return (start, end - start);
        }
        foreach (Match match in HyphenatedCapitals().Matches(text))
        {
            // "Jean-Baptiste", "Marie-Anne": never a common word; "États-Unis", "Saint-Denis" and "Marseille-Fos" (Marsella) are
            // left to the engine.
            if (!match.Value.Split('-').Any(part => notNames.Contains(Core(part)) || starters.Contains(Core(part))
                || evidence?.HasExonym(sourceLanguage, part) == true))
            {
                yield return (match.Index, match.Length);
            }
        }
        if (evidence is null)
        {
            yield break;
        }
        var places = PlacePrepositions.GetValueOrDefault(sourceLanguage);
        foreach (Match match in CapitalisedWord().Matches(text))
        {
            var word = match.Value;
            var lower = word.ToLowerInvariant();
            if (IsSentenceStart(text, match.Index, startsSentence) || notNames.Contains(lower) || starters.Contains(lower)
                || evidence.HasExonym(sourceLanguage, word))
            {
                continue;
            }
            // A common word written with a capital right after "à" or "près de" is a town ("à Tours", "près de Vannes"): a
            // common noun there would take an article. Feasts ("à Noël") are not places.
            if (evidence.IsCommonWord(sourceLanguage, lower)
                && (places is null || Feasts.Contains(lower) || !places.IsMatch(text.AsSpan(Math.Max(0, match.Index - 20), Math.Min(20, match.Index)))))
            {
                continue;
            }
            yield return (match.Index, match.Length);
        }
    }

    /// <summary>
    /// A word opening a sentence that the dictionary knows only as a common word, not as a name ("Tempête Ombeline": the
    /// storm is named Ombeline; "Pierre Martin" keeps "Pierre", which the dictionary lists as a first name).
    /// </summary>
    private static bool IsOrdinaryOpeningWord(string word, string language, INameEvidence? evidence) =>
        evidence is not null && !word.Contains('-', StringComparison.Ordinal)
        && evidence.IsCommonWord(language, word.ToLowerInvariant()) && !evidence.IsKnownName(language, word);

    private static bool IsSentenceStart(string text, int index, bool startsSentence)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '«' or '"' or '“' or '„' or '(' or '\'' or '‘')
            {
                continue;
            }
            return c is '.' or '!' or '?' or ':' or '…';
        }
        return startsSentence;
    }

    private static string Core(string word) => word.TrimEnd('\'', '’').ToLowerInvariant();

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{L}*\p{Ll}\p{Lu}[\p{L}\p{N}]*(?![\p{L}\p{N}])")]
    private static partial Regex CamelCaseWord();

    // Initials and a surname: "C.Turpin", "M-A. Pioerron", "J.-P. Martin", "J. K. Rowling".
    [GeneratedRegex(@"(?<![\p{L}\p{N}.'’-])(?<i>(?:\p{Lu}\.?-)?\p{Lu}\.(?:[ \u00A0]?-?\p{Lu}\.)*)[ \u00A0]?(?<s>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*)(?![\p{L}\p{N}'’-])")]
    private static partial Regex InitialsAndSurname();

    // One word of capitalised parts joined by hyphens: "Jean-Baptiste", "Rhône-Alpes".
    [GeneratedRegex(@"(?<![\p{L}\p{N}'’-])\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)+(?![\p{L}\p{N}'’-])")]
    private static partial Regex HyphenatedCapitals();

    // One capitalised word ("Lorient"); an elided article may stand before it ("d'Abilene").
    [GeneratedRegex(@"(?<![\p{L}\p{N}-])\p{Lu}[\p{Ll}\p{M}]{2,}(?![\p{L}\p{N}'’-])")]
    private static partial Regex CapitalisedWord();

    // Two or more capitalised words, possibly joined by lower-case particles (de, van, bin ...), on one line.
    [GeneratedRegex(@"(?<![\p{L}\p{N}'’-])(?<w>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*)(?:(?: (?:de|du|des|van|von|der|den|da|di|del|dos|bin|ben|al|ibn))? (?<w>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*))+(?![\p{L}\p{N}'’-])")]
    private static partial Regex CapitalisedRun();
}
