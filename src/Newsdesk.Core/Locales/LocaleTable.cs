using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using Newsdesk.Model;

namespace Newsdesk.Locales;

/// <summary>
/// The locales the desk knows, one entry each, and the lookup by BCP-47 tag: the tag's own entry, else its language's
/// (de-AT reads as de), else one made from .NET culture data. A new locale is one more entry here and one more row in
/// the lookup below.
/// </summary>
internal static class LocaleTable
{
    private const string Nbsp = Locale.Nbsp;
    private const string NarrowNbsp = Locale.NarrowNbsp;
    private const int MaxCached = 1_000;

    private static readonly ConcurrentDictionary<LanguageTag, Locale> Cache = new();

    private static string Year(string before, int? year) => year is { } y ? before + y.ToString(CultureInfo.InvariantCulture) : "";

    private static string Digits(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Words with their values, every form of one value in one string ("premier première" = 1).</summary>
    private static FrozenDictionary<string, int> Words(params (string Forms, int Value)[] entries) =>
        entries.SelectMany(e => e.Forms.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(f => (Form: f, e.Value)))
            .ToFrozenDictionary(e => e.Form, e => e.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>German ordinals: each stem with the endings of its declension ("dritt" -> dritte, dritten, dritter, ...).</summary>
    private static FrozenDictionary<string, int> GermanOrdinals(params (string Stem, int Value)[] stems) =>
        Words([.. stems.Select(s => (string.Join(' ', new[] { "e", "en", "er", "es", "em" }.Select(e => s.Stem + e)), s.Value))]);

    public static Locale German { get; } = new()
    {
        Tag = LanguageTag.Parse("de"),
        DecimalSeparator = ",",
        GroupSeparator = ".",
        Quotes = new("\u201E", "\u201C", "\u201A", "\u2018"),
        AcceptedQuotePairs = [('„', '“'), ('‚', '‘'), ('»', '«'), ('›', '‹')],
        Magnitudes =
        [
            new(6, "Million", "Millionen", "Mio.", "Mio"),
            new(9, "Milliarde", "Milliarden", "Mrd.", "Mrd"),
            new(12, "Billion", "Billionen", "Bio."),
        ],
        Months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
        Weekdays = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        DateArticle = "am",
        DateReadingPattern = @"(?<d>\d{1,2})\.[ \u00A0]?(?<m>{months})(?: (?<y>\d{4}))?",
        DateWriter = (months, d, m, y) => $"{Digits(d)}. {months[m - 1]}{Year(" ", y)}",
        NumericDatePattern = "d.M.yyyy",
        TimePattern = "HH:mm",
        OrdinalWriter = n => Digits(n) + ".",
        Values = new()
        {
            Percent = ["Prozent", "v. H."],
            Hour = ["Uhr"],
            AgeSuffixes = ["jährige", "jährigen", "jähriger", "jähriges", "jährigem", "jährig"],
            Ranges = [("zwischen", "und"), ("von", "bis"), ("", "bis")],
            Score = ["zu"],
            OrdinalDeterminers = ["der", "die", "das", "den", "dem", "des", "am", "im", "zum", "zur", "vom", "beim", "ein", "eine", "einen",
                "einem", "einer", "sein", "seine", "seinem", "seinen", "ihr", "ihre", "ihrem", "ihren"],
            // "achte" is left out: it is also the verb "achten".
            OrdinalWords = GermanOrdinals(("erst", 1), ("zweit", 2), ("dritt", 3), ("viert", 4), ("fünft", 5), ("sechst", 6), ("siebt", 7),
                ("neunt", 9), ("zehnt", 10)),
        },
    };

    public static Locale GermanSwiss { get; } = German with
    {
        Tag = LanguageTag.Parse("de-CH"),
        DecimalSeparator = ".",
        GroupSeparator = "\u2019",
        OtherGroupSeparators = " " + Nbsp + NarrowNbsp + "\u2009'",
        Quotes = new("\u00AB", "\u00BB", "\u2039", "\u203A"),
        AcceptedQuotePairs = [('«', '»'), ('‹', '›')],
    };

    public static Locale French { get; } = new()
    {
        Tag = LanguageTag.Parse("fr"),
        DecimalSeparator = ",",
        GroupSeparator = NarrowNbsp,
        PercentSpace = NarrowNbsp,
        Quotes = new("\u00AB", "\u00BB", "\u201C", "\u201D", Nbsp),
        AcceptedQuotePairs = [('«', '»'), ('“', '”'), ('‹', '›')],
        HighPunctuation = HighPunctuationSpacing.Required,
        SingularBelowTwo = true,
        Magnitudes =
        [
            new(6, "million", "millions", "M"),
            new(9, "milliard", "milliards", "Md", "Mds", "Mrd", "Mrds"),
            new(12, "billion", "billions"),
        ],
        Months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        Weekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        DateArticle = "le",
        DateReadingPattern = @"(?<d>1er|\d{1,2})[ \u00A0](?<m>{months})(?:[ \u00A0](?<y>\d{4}))?",
        DateWriter = (months, d, m, y) => $"{(d == 1 ? "1er" : Digits(d))} {months[m - 1]}{Year(" ", y)}",
        NumericDatePattern = "dd/MM/yyyy",
        TimePattern = "HH:mm",
        OrdinalWriter = n => n == 1 ? "1er" : Digits(n) + "e",
        Values = new()
        {
            Percent = ["pour cent", "pourcent", "p. cent"],
            Hour = ["h", "heures", "heure"],
            AgeDecades = Words(("vingtenaire vingtenaires", 20), ("trentenaire trentenaires", 30), ("quadragénaire quadragénaires quadra quadras", 40),
                ("quinquagénaire quinquagénaires quinqua quinquas", 50), ("sexagénaire sexagénaires", 60), ("septuagénaire septuagénaires", 70),
                ("octogénaire octogénaires", 80), ("nonagénaire nonagénaires", 90), ("centenaire centenaires", 100)),
            Ranges = [("entre", "et"), ("de", "à"), ("", "à")],
            Score = ["à"],
            OrdinalSuffixes = ["er", "re", "ère", "e", "ème", "eme", "è", "ᵉ", "ᵉʳ", "nd", "nde"],
            OrdinalWords = Words(("premier première premiers premières", 1), ("deuxième deuxièmes second seconde seconds secondes", 2),
                ("troisième troisièmes", 3), ("quatrième quatrièmes", 4), ("cinquième cinquièmes", 5), ("sixième sixièmes", 6),
                ("septième septièmes", 7), ("huitième huitièmes", 8), ("neuvième neuvièmes", 9), ("dixième dixièmes", 10)),
        },
    };

    /// <summary>Swiss French: figures written dd.MM.yyyy; a space before ; ! ? is usage but not required.</summary>
    public static Locale FrenchSwiss { get; } = French with
    {
        Tag = LanguageTag.Parse("fr-CH"),
        HighPunctuation = HighPunctuationSpacing.Optional,
        NumericDatePattern = "dd.MM.yyyy",
    };

    /// <summary>Canadian French: no space required before ; ! ?, ISO dates in figures, "9 h 05".</summary>
    public static Locale FrenchCanadian { get; } = French with
    {
        Tag = LanguageTag.Parse("fr-CA"),
        HighPunctuation = HighPunctuationSpacing.Optional,
        NumericDatePattern = "yyyy-MM-dd",
        TimePattern = "H 'h' mm",
    };

    public static Locale English { get; } = new()
    {
        Tag = LanguageTag.Parse("en"),
        DecimalSeparator = ".",
        GroupSeparator = ",",
        OtherGroupSeparators = Nbsp + NarrowNbsp + "\u2009",
        PercentSpace = "",
        CurrencySymbolFirst = true,
        Quotes = new("\u201C", "\u201D", "\u2018", "\u2019"),
        AcceptedQuotePairs = [('“', '”'), ('‘', '’'), ('"', '"')],
        Magnitudes =
        [
            new(6, "million", "million", "mn"),
            new(9, "billion", "billion", "bn"),
            new(12, "trillion", "trillion", "tn"),
        ],
        Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        DateArticle = "on",
        DateReadingPattern = @"(?:(?<m>{months})\.? (?<d>\d{1,2})(?:st|nd|rd|th)?(?:,? (?<y>\d{4}))?|(?<d>\d{1,2})(?:st|nd|rd|th)? (?<m>{months})(?:,? (?<y>\d{4}))?)",
        DateWriter = (months, d, m, y) => $"{months[m - 1]} {Digits(d)}{Year(", ", y)}",
        NumericDatePattern = "M/d/yyyy",
        TimePattern = "h:mm tt",
        OrdinalWriter = EnglishOrdinal,
        Values = new()
        {
            Percent = ["percent", "per cent"],
            Hour = ["o'clock", "o’clock"],
            TwelveHourClock = true,
            AgeSuffixes = ["year-old", "year-olds", "years-old", "year old", "years old"],
            Ranges = [("between", "and"), ("from", "to"), ("", "to")],
            Score = ["to"],
            OrdinalSuffixes = ["st", "nd", "rd", "th"],
            OrdinalWords = Words(("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7),
                ("eighth", 8), ("ninth", 9), ("tenth", 10)),
        },
    };

    /// <summary>English outside North America: day first ("23 January 2025", "23/01/2025"), 24-hour clock.</summary>
    public static Locale BritishEnglish { get; } = English with
    {
        Tag = LanguageTag.Parse("en-GB"),
        DateWriter = (months, d, m, y) => $"{Digits(d)} {months[m - 1]}{Year(" ", y)}",
        NumericDatePattern = "dd/MM/yyyy",
        TimePattern = "HH:mm",
    };

    public static Locale Spanish { get; } = new()
    {
        Tag = LanguageTag.Parse("es"),
        DecimalSeparator = ",",
        GroupSeparator = ".",
        MinimumGroupingDigits = 5,
        Quotes = new("\u00AB", "\u00BB", "\u201C", "\u201D"),
        AcceptedQuotePairs = [('«', '»'), ('“', '”'), ('‘', '’')],
        Magnitudes =
        [
            new(6, "millón", "millones"),
            new(9, "mil millones", "mil millones", "millardo", "millardos"),
            new(12, "billón", "billones"),
        ],
        Months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        Weekdays = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        DateArticle = "el",
        DateReadingPattern = @"(?<d>\d{1,2}) de (?<m>{months})(?: de (?<y>\d{4}))?",
        DateWriter = (months, d, m, y) => $"{Digits(d)} de {months[m - 1]}{Year(" de ", y)}",
        NumericDatePattern = "d/M/yyyy",
        TimePattern = "H:mm",
        OrdinalWriter = n => Digits(n) + ".º",
        Values = new()
        {
            Percent = ["por ciento", "por cien"],
            Hour = ["h", "horas", "hrs", "hs"],
            AgeDecades = Words(("veinteañero veinteañera veinteañeros veinteañeras", 20), ("treintañero treintañera treintañeros treintañeras", 30),
                ("cuarentón cuarentona cuarentones cuarentonas cuadragenario cuadragenaria", 40),
                ("cincuentón cincuentona cincuentones cincuentonas quincuagenario quincuagenaria", 50),
                ("sesentón sesentona sexagenario sexagenaria sexagenarios sexagenarias", 60), ("septuagenario septuagenaria septuagenarios septuagenarias", 70),
                ("octogenario octogenaria octogenarios octogenarias", 80), ("nonagenario nonagenaria nonagenarios nonagenarias", 90),
                ("centenario centenaria centenarios centenarias", 100)),
            Ranges = [("entre", "y"), ("de", "a"), ("", "a")],
            Score = ["a"],
            OrdinalSuffixes = [".º", ".ª", "º", "ª", ".er", ".os", ".as"],
            OrdinalWords = Words(("primero primera primer primeros primeras", 1), ("segundo segunda segundos segundas", 2),
                ("tercero tercera tercer terceros terceras", 3), ("cuarto cuarta cuartos cuartas", 4), ("quinto quinta quintos quintas", 5),
                ("sexto sexta sextos sextas", 6), ("séptimo séptima séptimos séptimas", 7), ("octavo octava octavos octavas", 8),
                ("noveno novena novenos novenas", 9), ("décimo décima décimos décimas", 10)),
        },
    };

    /// <summary>Mexican Spanish: decimal point and comma grouping, the currency symbol first ("$1,500.50").</summary>
    public static Locale MexicanSpanish { get; } = Spanish with
    {
        Tag = LanguageTag.Parse("es-MX"),
        DecimalSeparator = ".",
        GroupSeparator = ",",
        OtherGroupSeparators = Nbsp + NarrowNbsp + "\u2009",
        MinimumGroupingDigits = 4,
        PercentSpace = "",
        CurrencySymbolFirst = true,
        NumericDatePattern = "dd/MM/yyyy",
        TimePattern = "HH:mm",
    };

    /// <summary>Spanish of the United States: written as in Mexico, with the 12-hour clock.</summary>
    public static Locale UsSpanish { get; } = MexicanSpanish with
    {
        Tag = LanguageTag.Parse("es-US"),
        NumericDatePattern = "d/M/yyyy",
        TimePattern = "h:mm tt",
    };

    public static Locale Catalan { get; } = new()
    {
        Tag = LanguageTag.Parse("ca"),
        DecimalSeparator = ",",
        GroupSeparator = ".",
        Quotes = new("\u00AB", "\u00BB", "\u201C", "\u201D"),
        AcceptedQuotePairs = [('«', '»'), ('“', '”'), ('‘', '’')],
        Magnitudes =
        [
            new(6, "milió", "milions"),
            new(9, "mil milions", "mil milions", "miliard", "miliards"),
            new(12, "bilió", "bilions"),
        ],
        Months = ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre", "desembre"],
        Weekdays = ["dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"],
        DateArticle = "el",
        DateReadingPattern = @"(?<d>\d{1,2}) (?:de |d'|d’)(?<m>{months})(?: de (?<y>\d{4}))?",
        DateWriter = (months, d, m, y) =>
        {
            var month = months[m - 1];
            var of = month[0] is 'a' or 'o' ? "d'" : "de ";
            return $"{Digits(d)} {of}{month}{Year(" de ", y)}";
        },
        NumericDatePattern = "d/M/yyyy",
        TimePattern = "H:mm",
        OrdinalWriter = n => Digits(n) + (n switch { 1 or 3 => "r", 2 => "n", 4 => "t", _ => "è" }),
        Values = new()
        {
            Percent = ["per cent"],
            Hour = ["h", "hores"],
            AgeDecades = Words(("quadragenari quadragenària", 40), ("quinquagenari quinquagenària", 50), ("sexagenari sexagenària sexagenaris sexagenàries", 60),
                ("septuagenari septuagenària septuagenaris septuagenàries", 70), ("octogenari octogenària octogenaris octogenàries", 80),
                ("nonagenari nonagenària nonagenaris nonagenàries", 90), ("centenari centenària centenaris centenàries", 100)),
            Ranges = [("entre", "i"), ("de", "a"), ("", "a")],
            Score = ["a"],
            OrdinalSuffixes = ["r", "n", "t", "è", "a", "rs", "ns", "ts", "ns", "es"],
            OrdinalWords = Words(("primer primera primers primeres", 1), ("segon segona segons segones", 2), ("tercer tercera tercers terceres", 3),
                ("quart quarta quarts quartes", 4), ("cinquè cinquena cinquens cinquenes", 5), ("sisè sisena sisens sisenes", 6),
                ("setè setena setens setenes", 7), ("vuitè vuitena vuitens vuitenes", 8), ("novè novena novens novenes", 9),
                ("desè desena desens desenes", 10)),
        },
    };

    public static Locale Italian { get; } = new()
    {
        Tag = LanguageTag.Parse("it"),
        DecimalSeparator = ",",
        GroupSeparator = ".",
        Quotes = new("\u00AB", "\u00BB", "\u201C", "\u201D"),
        AcceptedQuotePairs = [('«', '»'), ('“', '”'), ('‘', '’')],
        Magnitudes =
        [
            new(6, "milione", "milioni", "mln"),
            new(9, "miliardo", "miliardi", "mld"),
            new(12, "bilione", "bilioni"),
        ],
        Months = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
        Weekdays = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
        DateArticle = "il",
        DateReadingPattern = @"(?<d>\d{1,2}) (?<m>{months})(?: (?<y>\d{4}))?",
        DateWriter = (months, d, m, y) => $"{Digits(d)} {months[m - 1]}{Year(" ", y)}",
        NumericDatePattern = "dd/MM/yyyy",
        TimePattern = "HH:mm",
        OrdinalWriter = n => Digits(n) + "º",
        Values = new()
        {
            Percent = ["per cento", "percento"],
            Hour = ["h"],
            AgeDecades = Words(("ventenne ventenni", 20), ("trentenne trentenni", 30), ("quarantenne quarantenni", 40), ("cinquantenne cinquantenni", 50),
                ("sessantenne sessantenni", 60), ("settantenne settantenni", 70), ("ottantenne ottantenni", 80), ("novantenne novantenni", 90),
                ("centenario centenaria centenari centenarie", 100)),
            Ranges = [("tra", "e"), ("fra", "e"), ("da", "a"), ("", "a")],
            Score = ["a"],
            OrdinalSuffixes = ["º", "ª", "°"],
            OrdinalWords = Words(("primo prima primi prime", 1), ("secondo seconda secondi seconde", 2), ("terzo terza terzi terze", 3),
                ("quarto quarta quarti quarte", 4), ("quinto quinta quinti quinte", 5), ("sesto sesta sesti seste", 6),
                ("settimo settima settimi settime", 7), ("ottavo ottava ottavi ottave", 8), ("nono nona noni none", 9),
                ("decimo decima decimi decime", 10)),
        },
    };

    public static Locale Dutch { get; } = new()
    {
        Tag = LanguageTag.Parse("nl"),
        DecimalSeparator = ",",
        GroupSeparator = ".",
        CurrencySymbolFirst = true,
        Quotes = new("\u201C", "\u201D", "\u2018", "\u2019"),
        AcceptedQuotePairs = [('“', '”'), ('‘', '’'), ('„', '”')],
        Magnitudes =
        [
            new(6, "miljoen", "miljoen"),
            new(9, "miljard", "miljard"),
            new(12, "biljoen", "biljoen"),
        ],
        Months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        Weekdays = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
        DateArticle = "op",
        DateReadingPattern = @"(?<d>\d{1,2}) (?<m>{months})(?: (?<y>\d{4}))?",
        DateWriter = (months, d, m, y) => $"{Digits(d)} {months[m - 1]}{Year(" ", y)}",
        NumericDatePattern = "d-M-yyyy",
        TimePattern = "HH:mm",
        OrdinalWriter = n => Digits(n) + "e",
        Values = new()
        {
            Percent = ["procent"],
            Hour = ["uur"],
            AgeSuffixes = ["jarige", "jarigen", "jarig"],
            Ranges = [("tussen", "en"), ("van", "tot"), ("", "tot")],
            Score = ["tegen"],
            OrdinalSuffixes = ["e", "de", "ste"],
            OrdinalWords = Words(("eerste", 1), ("tweede", 2), ("derde", 3), ("vierde", 4), ("vijfde", 5), ("zesde", 6), ("zevende", 7),
                ("achtste", 8), ("negende", 9), ("tiende", 10)),
        },
    };

    public static Locale Portuguese { get; } = new()
    {
        Tag = LanguageTag.Parse("pt"),
        DecimalSeparator = ",",
        GroupSeparator = ".",
        Quotes = new("\u00AB", "\u00BB", "\u201C", "\u201D"),
        AcceptedQuotePairs = [('«', '»'), ('“', '”'), ('‘', '’')],
        Magnitudes =
        [
            new(6, "milhão", "milhões"),
            new(9, "mil milhões", "mil milhões"),
            new(12, "bilião", "biliões"),
        ],
        Months = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
        Weekdays = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
        DateArticle = "em",
        DateReadingPattern = @"(?<d>\d{1,2}) de (?<m>{months})(?: de (?<y>\d{4}))?",
        DateWriter = (months, d, m, y) => $"{Digits(d)} de {months[m - 1]}{Year(" de ", y)}",
        NumericDatePattern = "dd/MM/yyyy",
        TimePattern = "HH:mm",
        OrdinalWriter = n => Digits(n) + ".º",
        Values = new()
        {
            Percent = ["por cento"],
            Hour = ["h", "horas"],
            AgeDecades = Words(("trintão trintona trintões trintonas", 30), ("quarentão quarentona quarentões quarentonas", 40),
                ("cinquentão cinquentona cinquentões cinquentonas", 50), ("sexagenário sexagenária sexagenários sexagenárias", 60),
                ("septuagenário septuagenária septuagenários septuagenárias", 70), ("octogenário octogenária octogenários octogenárias", 80),
                ("nonagenário nonagenária nonagenários nonagenárias", 90), ("centenário centenária centenários centenárias", 100)),
            Ranges = [("entre", "e"), ("de", "a"), ("", "a")],
            Score = ["a"],
            OrdinalSuffixes = [".º", ".ª", "º", "ª", ".os", ".as"],
            OrdinalWords = Words(("primeiro primeira primeiros primeiras", 1), ("segundo segunda segundos segundas", 2),
                ("terceiro terceira terceiros terceiras", 3), ("quarto quarta quartos quartas", 4), ("quinto quinta quintos quintas", 5),
                ("sexto sexta sextos sextas", 6), ("sétimo sétima sétimos sétimas", 7), ("oitavo oitava oitavos oitavas", 8),
                ("nono nona nonos nonas", 9), ("décimo décima décimos décimas", 10)),
        },
    };

    /// <summary>Every entry by tag; a tag not listed falls back to its language's entry.</summary>
    private static readonly FrozenDictionary<string, Locale> Entries = new Dictionary<string, Locale>(StringComparer.Ordinal)
    {
        ["de"] = German,
        ["de-CH"] = GermanSwiss, ["de-LI"] = GermanSwiss,
        ["fr"] = French,
        ["fr-CH"] = FrenchSwiss,
        ["fr-CA"] = FrenchCanadian,
        ["en"] = English,
        ["en-GB"] = BritishEnglish, ["en-IE"] = BritishEnglish, ["en-AU"] = BritishEnglish, ["en-NZ"] = BritishEnglish,
        ["en-IN"] = BritishEnglish, ["en-ZA"] = BritishEnglish,
        ["es"] = Spanish,
        ["es-MX"] = MexicanSpanish,
        ["es-US"] = UsSpanish,
        ["ca"] = Catalan,
        ["it"] = Italian,
        ["nl"] = Dutch,
        ["pt"] = Portuguese,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The tags of the table's own entries.</summary>
    public static IReadOnlyCollection<string> Tags => Entries.Keys;

    public static Locale Find(LanguageTag tag)
    {
        if (Cache.TryGetValue(tag, out var cached))
        {
            return cached;
        }
        var locale = Entries.GetValueOrDefault(tag.Value) ?? Entries.GetValueOrDefault(tag.Language) ?? FromCulture(tag);
        if (locale.Tag != tag)
        {
            locale = locale with { Tag = tag };
        }
        if (Cache.Count >= MaxCached)
        {
            Cache.Clear();
        }
        Cache[tag] = locale;
        return locale;
    }

    /// <summary>
    /// A language the table does not know: separators and formats from .NET culture data (invariant when there are none),
    /// quotation marks left as they are, and no dates read; every quotation mark pair counts as correct.
    /// </summary>
    private static Locale FromCulture(LanguageTag tag)
    {
        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(tag.Value);
        }
        catch (CultureNotFoundException)
        {
            culture = CultureInfo.InvariantCulture;
        }
        var known = !culture.Equals(CultureInfo.InvariantCulture);
        var dates = culture.DateTimeFormat;
        var longDate = WithoutWeekday(dates.LongDatePattern);
        return new Locale
        {
            Tag = tag,
            IsWrittenOut = false,
            DecimalSeparator = known ? culture.NumberFormat.NumberDecimalSeparator : ".",
            GroupSeparator = known ? culture.NumberFormat.NumberGroupSeparator : ",",
            AcceptedQuotePairs = [('“', '”'), ('„', '“'), ('«', '»'), ('»', '«'), ('‘', '’'), ('"', '"')],
            DateWriter = (_, d, m, y) => new DateOnly(y ?? 2000, m, Math.Min(d, DateTime.DaysInMonth(y ?? 2000, m)))
                .ToString(y is null ? dates.MonthDayPattern : longDate, culture),
            NumericDatePattern = dates.ShortDatePattern,
            TimePattern = dates.ShortTimePattern,
            FormatCulture = culture,
        };
    }

    /// <summary>A long date pattern without its weekday ("dddd, d MMMM yyyy" -> "d MMMM yyyy").</summary>
    private static string WithoutWeekday(string pattern)
    {
        var at = pattern.IndexOf("dddd", StringComparison.Ordinal);
        if (at < 0)
        {
            return pattern;
        }
        var end = at + 4;
        while (end < pattern.Length && pattern[end] is ',' or ' ' or '\u060C')
        {
            end++;
        }
        var start = at;
        while (start > 0 && pattern[start - 1] is ',' or ' ' or '\u060C')
        {
            start--;
        }
        return (pattern[..start] + (start > 0 && end < pattern.Length ? " " : "") + pattern[end..]).Trim();
    }

    private static string EnglishOrdinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return Digits(n) + suffix;
    }
}
