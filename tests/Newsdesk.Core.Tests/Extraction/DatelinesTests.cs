using Newsdesk.Extraction;

namespace Newsdesk.Tests.Extraction;

/// <summary>Issue 20, point 5: dateline lines in the body are read into metadata, and only whole dateline lines are.</summary>
public sealed class DatelinesTests
{
    [Theory]
    [InlineData("La Gazette de l'Estuaire | 14.03.2024 à 07h45 • Mis à jour le 14.03.2024 à 18h10 | Par Odile Varenne",
        "2024-03-14T07:45:00+00:00", "2024-03-14T18:10:00+00:00", "Odile Varenne")]
    [InlineData("Publié le 3 février 2023 à 9 h 40, mis à jour à 11 h 05", "2023-02-03T09:40:00+00:00", "2023-02-03T11:05:00+00:00", null)]
    [InlineData("Publié le 1er mars 2022", "2022-03-01T00:00:00+00:00", null, null)]
    [InlineData("Par Hugo Lenoir et Maëlle Dupuis, publié le 12 janv. 2021 à 16:20", "2021-01-12T16:20:00+00:00", null, "Hugo Lenoir et Maëlle Dupuis")]
    [InlineData("Von Jonas Feldmann | 04.05.2015, 13:36 Uhr | Aktualisiert am 04.05.2015, 15:02 Uhr", "2015-05-04T13:36:00+00:00", "2015-05-04T15:02:00+00:00", "Jonas Feldmann")]
    [InlineData("Veröffentlicht am 4. Mai 2015 um 9.05 Uhr", "2015-05-04T09:05:00+00:00", null, null)]
    [InlineData("By Sam Okafor · Published March 4, 2024 at 10:30 a.m. · Updated March 5, 2024", "2024-03-04T10:30:00+00:00", "2024-03-05T00:00:00+00:00", "Sam Okafor")]
    [InlineData("Publicado el 7 de junio de 2019 a las 20:15", "2019-06-07T20:15:00+00:00", null, null)]
    [InlineData("Actualitzat el 9 de setembre de 2020 | Per Jordi Puig i Serra", null, "2020-09-09T00:00:00+00:00", "Jordi Puig i Serra")]
    [InlineData("Pubblicato il 2 aprile 2018 alle 8:00 — di Chiara Rossi", "2018-04-02T08:00:00+00:00", null, "Chiara Rossi")]
    [InlineData("2016-11-30 | Radio Littoral", "2016-11-30T00:00:00+00:00", null, null)]
    public void Read_DatelineLine_GivesItsFacts(string line, string? published, string? modified, string? byline)
    {
        var dateline = Datelines.Read(line, siteName: null);

        Assert.NotNull(dateline);
        Assert.Equal(published, ExtractionContractJson.Format(dateline.Published));
        Assert.Equal(modified, ExtractionContractJson.Format(dateline.Modified));
        Assert.Equal(byline, dateline.Byline);
    }

    [Theory]
    [InlineData("Le 4 mai 2015, le maire a inauguré le nouveau quai devant 300 personnes.")]
    [InlineData("Par 14 voix contre 3, le conseil a adopté le budget 2024.")]
    [InlineData("Mis à jour le règlement du concours, les inscriptions ouvrent le 3 mars 2024.")]
    [InlineData("Le chantier | 14.03.2024 | a pris du retard selon la mairie")]
    [InlineData("Rendez-vous le 12.05.2024 à 18h devant la gare")]
    [InlineData("Von 2015 bis 2019 leitete sie das Amt.")]
    [InlineData("Score final : 3-1 (2-0 à la mi-temps)")]
    [InlineData("answered Feb 6, 2014 at 23:35")]
    [InlineData("Vendu 12 mars 2024")]
    public void Read_SentenceOrOtherLine_IsNotADateline(string line)
    {
        Assert.Null(Datelines.Read(line, siteName: null));
    }

    [Theory]
    [InlineData("Donnerstag, 03. Februar 2022", true)]
    [InlineData("Mardi 5 mars 2024 à 18h30", true)]
    [InlineData("Radio Littoral · 5 mars 2024", false)]
    [InlineData("Mis à jour le 5 mars 2024", false)]
    public void Read_DateAlone_IsMarkedBare(string line, bool bare)
    {
        Assert.Equal(bare, Datelines.Read(line, siteName: null)?.Bare);
    }

    [Fact]
    public void Read_FiguresOfAnEnglishUsPage_AreMonthFirst()
    {
        Assert.Equal("2020-02-10T00:00:00+00:00", ExtractionContractJson.Format(Datelines.Read("Published 02/10/2020", null, monthFirst: true)?.Published));
        Assert.Equal("2020-10-02T00:00:00+00:00", ExtractionContractJson.Format(Datelines.Read("Publié le 02/10/2020", null)?.Published));
    }

    [Fact]
    public void Read_OutletNamedByThePage_CountsAsOutletEvenWhenLong()
    {
        var line = "Le Journal Quotidien de la Vallée du Haut-Rhône et des Alpes | 02/10/2023";

        Assert.Null(Datelines.Read(line, siteName: null));
        Assert.NotNull(Datelines.Read(line, siteName: "Le Journal Quotidien de la Vallée du Haut-Rhône et des Alpes"));
    }
}
