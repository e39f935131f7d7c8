using Newsdesk.Locales;
using Newsdesk.Model;

namespace Newsdesk.Tests.Locales;

public sealed class NumberReaderTests
{
    private static Locale L(string tag) => Locale.For(LanguageTag.Parse(tag));

    private static ValueMention Single(string tag, string text) => Assert.Single(NumberReader.Read(text, L(tag)));

    private static NumberValue First(string tag, string text) => Single(tag, text).Values[0];

    [Theory]
    [InlineData("fr", "Rendez-vous à 8h30.", 510)]
    [InlineData("fr", "Rendez-vous à 8 h 30.", 510)]
    [InlineData("fr", "Rendez-vous à 20h.", 1200)]
    [InlineData("fr", "Rendez-vous à 20 heures.", 1200)]
    [InlineData("fr", "Le couvre-feu commence à 0h30.", 30)]
    [InlineData("de", "Treffen um 8:30 Uhr.", 510)]
    [InlineData("de", "Treffen um 8.30 Uhr.", 510)]
    [InlineData("de", "Die Sperrstunde beginnt um 0.30 Uhr.", 30)]
    [InlineData("de", "Treffen um 20 Uhr.", 1200)]
    [InlineData("de", "Treffen um 14:45.", 885)]
    [InlineData("en", "The meeting is at 8:30 pm.", 1230)]
    [InlineData("en", "The meeting is at 8.30am.", 510)]
    [InlineData("en", "The meeting is at 8 p.m. sharp.", 1200)]
    [InlineData("en", "The meeting is at 20:30.", 1230)]
    [InlineData("es", "La reunión es a las 8:30.", 510)]
    [InlineData("es", "La reunión es a las 20.30 h.", 1230)]
    [InlineData("es", "La reunión es a las 17 horas.", 1020)]
    [InlineData("ca", "La reunió és a les 8.30 h.", 510)]
    [InlineData("ca", "La reunió és a les 20 hores.", 1200)]
    [InlineData("it", "La riunione è alle 20:30.", 1230)]
    [InlineData("it", "La riunione è alle 8.30 h.", 510)]
    [InlineData("pt", "A reunião é às 8h30.", 510)]
    [InlineData("pt", "A reunião é às 20 horas.", 1200)]
    [InlineData("nl", "De vergadering is om 8.30 uur.", 510)]
    public void Read_TimeOfDay_InMinutesAfterMidnight(string tag, string text, int minutes)
    {
        var value = First(tag, text);

        Assert.Equal(NumberValueKind.TimeOfDay, value.Kind);
        Assert.Equal(minutes, value.First);
    }

    [Fact]
    public void Read_EnglishTimeWithoutAmOrPm_IsEitherHalfOfTheDay()
    {
        var value = First("en", "The vote closes at 8:30.");

        Assert.Equal(510, value.First);
        Assert.Equal(1230, value.Second);
    }

    [Theory]
    [InlineData("fr", "Le 05/05/2016, il pleuvait.", 5, 5, 2016)]
    [InlineData("fr", "Le 13/05/16, il pleuvait.", 13, 5, 16)]
    [InlineData("de", "Am 05.05.2016 regnete es.", 5, 5, 2016)]
    [InlineData("de", "Am 13.5.2016 regnete es.", 13, 5, 2016)]
    [InlineData("en", "On 5/13/2016 it rained.", 13, 5, 2016)]
    [InlineData("en", "On 05/06/2016 it rained.", 6, 5, 2016)]
    [InlineData("en-GB", "On 05/06/2016 it rained.", 5, 6, 2016)]
    [InlineData("es", "El 13/5/2016 llovía.", 13, 5, 2016)]
    [InlineData("ca", "El 13/5/2016 plovia.", 13, 5, 2016)]
    [InlineData("it", "Il 13/05/2016 pioveva.", 13, 5, 2016)]
    [InlineData("pt", "Em 13/05/2016 chovia.", 13, 5, 2016)]
    [InlineData("nl", "Op 13-5-2016 regende het.", 13, 5, 2016)]
    [InlineData("de", "Am 2016-05-13 regnete es.", 13, 5, 2016)]
    [InlineData("fr", "Le 1er mars 2025, il pleuvait.", 1, 3, 2025)]
    [InlineData("de", "Am 1. März 2025 regnete es.", 1, 3, 2025)]
    [InlineData("en", "On March 1, 2025 it rained.", 1, 3, 2025)]
    [InlineData("en-GB", "On 1 March 2025 it rained.", 1, 3, 2025)]
    [InlineData("es", "El 1 de marzo de 2025 llovía.", 1, 3, 2025)]
    [InlineData("ca", "El 2 d'abril de 2025 plovia.", 2, 4, 2025)]
    [InlineData("it", "Il 1 marzo 2025 pioveva.", 1, 3, 2025)]
    [InlineData("pt", "Em 1 de março de 2025 chovia.", 1, 3, 2025)]
    [InlineData("nl", "Op 1 maart 2025 regende het.", 1, 3, 2025)]
    public void Read_Date_DayMonthAndYear(string tag, string text, int day, int month, int year)
    {
        var value = First(tag, text);

        Assert.Equal(new NumberValue(NumberValueKind.Date, day, month, year), value);
    }

    [Fact]
    public void Read_DateWithoutYear_HasNone() => Assert.Equal(new NumberValue(NumberValueKind.Date, 23, 1), First("fr", "Le 23 janvier, il pleuvait."));

    [Theory]
    [InlineData("fr", "Lyon gagne 2-1.", 2, 1)]
    [InlineData("fr", "Lyon gagne 2 à 1.", 2, 1)]
    [InlineData("de", "Lyon gewinnt 1:2 in Köln.", 1, 2)]
    [InlineData("de", "Lyon gewinnt 2 zu 1.", 2, 1)]
    [InlineData("en", "Lyon won 2–1.", 2, 1)]
    [InlineData("en", "Lyon won 3 to 1.", 3, 1)]
    [InlineData("es", "El Lyon gana 2 a 1.", 2, 1)]
    [InlineData("ca", "El Lió guanya 2 a 1.", 2, 1)]
    [InlineData("it", "Il Lione vince 2 a 1.", 2, 1)]
    [InlineData("pt", "O Lyon vence por 2 a 1.", 2, 1)]
    [InlineData("nl", "Lyon wint met 2 tegen 1.", 2, 1)]
    public void Read_Score_BothFigures(string tag, string text, int first, int second)
    {
        var mention = Single(tag, text);

        Assert.Contains(new NumberValue(NumberValueKind.Score, first, second), mention.Values);
    }

    [Theory]
    [InlineData("fr", "Il faut entre 10 et 15 jours.")]
    [InlineData("fr", "Il faut de 10 à 15 jours.")]
    [InlineData("fr", "Il faut 10 à 15 jours.")]
    [InlineData("fr", "Il faut 10-15 jours.")]
    [InlineData("de", "Es braucht zwischen 10 und 15 Tage.")]
    [InlineData("de", "Es braucht 10 bis 15 Tage.")]
    [InlineData("de", "Es braucht von 10 bis 15 Tagen.")]
    [InlineData("de", "Es braucht 10–15 Tage.")]
    [InlineData("en", "It takes between 10 and 15 days.")]
    [InlineData("en", "It takes from 10 to 15 days.")]
    [InlineData("es", "Hacen falta entre 10 y 15 días.")]
    [InlineData("es", "Hacen falta de 10 a 15 días.")]
    [InlineData("ca", "Calen entre 10 i 15 dies.")]
    [InlineData("it", "Servono tra 10 e 15 giorni.")]
    [InlineData("it", "Servono da 10 a 15 giorni.")]
    [InlineData("pt", "São precisos entre 10 e 15 dias.")]
    [InlineData("nl", "Het duurt tussen 10 en 15 dagen.")]
    [InlineData("nl", "Het duurt 10 tot 15 dagen.")]
    public void Read_Range_FromTheFirstFigureToTheSecond(string tag, string text) =>
        Assert.Equal(new NumberValue(NumberValueKind.Range, 10, 15), First(tag, text));

    [Theory]
    [InlineData("fr", "Il faut entre 10 et 15 jours.")]
    [InlineData("de", "Es braucht 10 bis 15 Tage.")]
    public void Read_RangeWithRangeWords_IsNoScore(string tag, string text) =>
        Assert.DoesNotContain(Single(tag, text).Values, v => v.Kind == NumberValueKind.Score);

    [Theory]
    [InlineData("fr", "Une hausse de 3,5 %.")]
    [InlineData("fr", "Une hausse de 3,5 pour cent.")]
    [InlineData("de", "Ein Anstieg um 3,5 Prozent.")]
    [InlineData("de", "Ein Anstieg um 3,5\u00A0%.")]
    [InlineData("en", "A rise of 3.5%.")]
    [InlineData("en", "A rise of 3.5 percent.")]
    [InlineData("en", "A rise of 3.5 per cent.")]
    [InlineData("es", "Una subida del 3,5 por ciento.")]
    [InlineData("ca", "Una pujada del 3,5 per cent.")]
    [InlineData("it", "Un aumento del 3,5 per cento.")]
    [InlineData("pt", "Uma subida de 3,5 por cento.")]
    [InlineData("nl", "Een stijging van 3,5 procent.")]
    public void Read_Percentage_WithSignOrWords(string tag, string text) =>
        Assert.Equal(new NumberValue(NumberValueKind.Percentage, 3.5), First(tag, text));

    [Theory]
    [InlineData("de", "Die 30-jährige Lehrerin.", 30)]
    [InlineData("de", "Der 30-Jährige sagte.", 30)]
    [InlineData("en", "The 30-year-old teacher.", 30)]
    [InlineData("nl", "De 30-jarige lerares.", 30)]
    public void Read_AgeWithSuffix_IsAnAge(string tag, string text, int years) =>
        Assert.Equal(new NumberValue(NumberValueKind.Age, years), First(tag, text));

    [Theory]
    [InlineData("fr", "Une trentenaire lyonnaise.", 30)]
    [InlineData("fr", "Un octogénaire a été blessé.", 80)]
    [InlineData("es", "Un treintañero de Lyon.", 30)]
    [InlineData("es", "Una octogenaria herida.", 80)]
    [InlineData("ca", "Una octogenària ferida.", 80)]
    [InlineData("it", "Una trentenne di Lione.", 30)]
    [InlineData("pt", "Um trintão de Lyon.", 30)]
    public void Read_AgeWord_IsADecadeOfAge(string tag, string text, int decade) =>
        Assert.Equal(new NumberValue(NumberValueKind.Age, decade, decade + 9), First(tag, text));

    [Theory]
    [InlineData("fr", "Il finit 3e.", 3)]
    [InlineData("fr", "Il finit 3ème.", 3)]
    [InlineData("fr", "Le 1er arrivé.", 1)]
    [InlineData("fr", "Il finit troisième.", 3)]
    [InlineData("de", "Er wurde der 3. Sieger.", 3)]
    [InlineData("de", "Zum 5. Mal gewann er.", 5)]
    [InlineData("de", "Er wurde Dritter.", 3)]
    [InlineData("en", "He finished 3rd.", 3)]
    [InlineData("en", "He finished third.", 3)]
    [InlineData("es", "Terminó 3.º en la carrera.", 3)]
    [InlineData("es", "Terminó tercero.", 3)]
    [InlineData("ca", "Va acabar 3r.", 3)]
    [InlineData("ca", "Va acabar tercer.", 3)]
    [InlineData("it", "È arrivato 3º.", 3)]
    [InlineData("it", "È arrivato terzo.", 3)]
    [InlineData("pt", "Terminou em 3.º lugar.", 3)]
    [InlineData("pt", "Terminou em terceiro.", 3)]
    [InlineData("nl", "Hij werd 3e.", 3)]
    [InlineData("nl", "Hij werd derde.", 3)]
    public void Read_Ordinal_FiguresWithSuffixOrWord(string tag, string text, int place) =>
        Assert.Equal(new NumberValue(NumberValueKind.Ordinal, place), First(tag, text));

    [Fact]
    public void Read_GermanFullStopAfterAFigureAtASentenceEnd_IsNoOrdinal() =>
        Assert.Equal(NumberValueKind.Count, First("de", "Er kam 1990. Danach blieb er.").Kind);

    [Theory]
    [InlineData("fr", "Le COVID-19 et le G7 à bord d'un A380.")]
    [InlineData("de", "Die Zahlen ٣ und ٤ sind arabisch-indisch.")]
    [InlineData("en", "Roman numerals such as XXI are not read.")]
    public void Read_CodesNamesAndOtherScripts_HaveNoValues(string tag, string text) => Assert.Empty(NumberReader.Read(text, L(tag)));

    [Theory]
    [InlineData("fr", "Un plan de 1,5 milliard.", 1.5e9)]
    [InlineData("fr", "Un plan de 500 milliards.", 500e9)]
    [InlineData("de", "Ein Plan über 1,5 Milliarden.", 1.5e9)]
    [InlineData("de", "Ein Plan über 3,5 Mio. Euro.", 3.5e6)]
    [InlineData("en", "A plan of 1.5 billion.", 1.5e9)]
    [InlineData("es", "Un plan de 1,5 mil millones.", 1.5e9)]
    [InlineData("ca", "Un pla de 1,5 mil milions.", 1.5e9)]
    [InlineData("it", "Un piano da 1,5 miliardi.", 1.5e9)]
    [InlineData("pt", "Um plano de 1,6 mil milhões.", 1.6e9)]
    [InlineData("nl", "Een plan van 1,5 miljard.", 1.5e9)]
    [InlineData("fr", "Ils sont 1 000,5.", 1000.5)]
    [InlineData("de", "Es sind 1.000,5.", 1000.5)]
    [InlineData("de-CH", "Es sind 1’000.5.", 1000.5)]
    [InlineData("en", "There are 1,000.5.", 1000.5)]
    [InlineData("es", "Son 1000 personas.", 1000)]
    public void Read_Count_WithTheLocaleSeparatorsAndScaleWords(string tag, string text, double expected) =>
        Assert.Equal(new NumberValue(NumberValueKind.Count, expected), First(tag, text));

    [Theory]
    [InlineData("de", "1.500", 1500, 1.5)]
    [InlineData("en", "1,500", 1500, 1.5)]
    [InlineData("fr", "1,500", 1.5, 1500)]
    [InlineData("de-CH", "1.500", 1.5, 1500)]
    public void Figures_OneSeparatorBeforeThreeDigits_IsAmbiguousTheLocaleReadingFirst(string tag, string figures, double first, double second) =>
        Assert.Equal([first, second], NumberReader.Figures(figures, L(tag)));

    [Theory]
    [InlineData("fr", "Rendez-vous à 8h30.", "de", "Treffen um 8:30 Uhr.")]
    [InlineData("fr", "Le couvre-feu commence à 0h30.", "de", "Die Sperrstunde beginnt um 0.30 Uhr.")]
    [InlineData("fr", "Le 05/05/2016, il pleuvait.", "de", "Am 05.05.2016 regnete es.")]
    [InlineData("en", "On 5/13/2016 it rained.", "de", "Am 13.05.2016 regnete es.")]
    [InlineData("fr", "Lyon gagne 2-1.", "de", "Lyon gewinnt 1:2 in Köln.")]
    [InlineData("fr", "Une trentenaire lyonnaise.", "de", "Die 30-jährige Lyonerin.")]
    [InlineData("fr", "Une octogénaire lyonnaise.", "de", "Die 84-jährige Lyonerin.")]
    [InlineData("fr", "Il faut de 10 à 15 jours.", "de", "Es braucht 10 bis 15 Tage.")]
    [InlineData("fr", "Une hausse de 3,5 %.", "de", "Ein Anstieg um 3,5 Prozent.")]
    [InlineData("fr", "Il finit troisième.", "de", "Er wurde der 3. Sieger.")]
    [InlineData("fr", "Un plan de 1,5 milliard.", "de", "Ein Plan über 1,5 Milliarden.")]
    [InlineData("en", "The meeting is at 8:30 pm.", "es", "La reunión es a las 20.30 h.")]
    [InlineData("es", "Son 30 años.", "it", "Una trentenne di Lione.")]
    [InlineData("pt", "Um trintão de Lyon.", "en", "The 34-year-old teacher.")]
    [InlineData("ca", "El Lió guanya 2 a 1.", "en", "Lyon won 1–2.")]
    public void Agrees_SameValueWrittenTheWayOfEachLanguage(string sourceTag, string source, string targetTag, string target) =>
        Assert.True(Single(sourceTag, source).Agrees(Single(targetTag, target)));

    [Theory]
    [InlineData("fr", "Rendez-vous à 8h30.", "de", "Treffen um 9:30 Uhr.")]
    [InlineData("fr", "Le 05/05/2016, il pleuvait.", "de", "Am 05.06.2016 regnete es.")]
    [InlineData("fr", "Lyon gagne 2-1.", "de", "Lyon gewinnt 2:2 in Köln.")]
    [InlineData("fr", "Une trentenaire lyonnaise.", "de", "Die 40-jährige Lyonerin.")]
    [InlineData("fr", "Il faut de 10 à 15 jours.", "de", "Es braucht 10 bis 16 Tage.")]
    [InlineData("fr", "Une hausse de 3,5 %.", "de", "Ein Anstieg um 3,5 Millionen.")]
    public void Agrees_DifferentValue_DoesNotAgree(string sourceTag, string source, string targetTag, string target) =>
        Assert.False(Single(sourceTag, source).Agrees(Single(targetTag, target)));
}
